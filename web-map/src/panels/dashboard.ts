import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import { graphql } from '../api/graphql';
import { userMessage } from '../api/errors';
import { STATISTICS } from '../api/queries';
import type { ClearanceProjectProgress, Statistics } from '../api/types';
import { t, tEnum, lang, locale } from '../i18n';
import { formatNumber, formatPercent } from '../format/number';
import { h } from '../ui/dom';
import { CONVERSION_STATUS_COLOURS, clearanceColour, safeColour } from '../layers/colours';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

type ZoneStats = { code: string; name: string; statistics: Statistics };

/** Per-zone statistics as charts (area by land use, occupancy, conversions) and clearance progress per project. */
export async function dashboardPanel(panel: HTMLElement): Promise<void> {
  panel.replaceChildren(h('h2', {}, t('dashboard.title')), h('p', { class: 'loading-inline' }, t('loading')));
  let data: { statistics: Statistics; zones: { nodes: ZoneStats[] }; clearanceProjects: { nodes: ClearanceProjectProgress[] } };
  try {
    data = await graphql(STATISTICS);
  } catch (error) {
    panel.replaceChildren(h('h2', {}, t('dashboard.title')), h('p', { class: 'error', role: 'alert' }, userMessage(error)));
    return;
  }
  const zones = data.zones.nodes;
  const whole = data.statistics;
  const labels = zones.map((z) => z.code);
  // Every project, also those outside any functional zone (GPMB-KPTQ-GD2); a zone without a project shows "—", not 0%.
  const projects = data.clearanceProjects.nodes;
  const zoneClearance = (z: ZoneStats) => z.statistics.clearance.projects === 0 ? t('dashboard.noProject') : formatPercent(z.statistics.clearance.rate);
  Chart.defaults.font.family = "'Noto Sans', system-ui, sans-serif";
  Chart.defaults.locale = locale();

  const canvas = (id: string, title: string, table: HTMLElement) => h('figure', { class: 'chart' },
    h('figcaption', {}, title), h('div', { class: 'chart-box' }, h('canvas', { id, role: 'img', 'aria-label': title })), h('details', {}, h('summary', {}, t('dashboard.table')), table));
  const table = (head: string[], rows: (string | number)[][]) => h('table', {},
    h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, String(c)))))));

  const landUseCodes = [...new Set(zones.flatMap((z) => z.statistics.areaByLandUse.map((a) => a.landUse.code)))].sort();
  const landUseMeta = new Map(zones.flatMap((z) => z.statistics.areaByLandUse.map((a) => [a.landUse.code, a.landUse] as const)));

  panel.replaceChildren(
    h('h2', {}, t('dashboard.title')),
    h('p', {}, `${t('dashboard.whole')}: ${t('dashboard.summary', { plots: formatNumber(whole.plots), available: formatNumber(whole.plotsAvailable), occupancy: formatPercent(whole.occupancyRate) })}`),
    canvas('chart-land-use', t('dashboard.areaByLandUse'), table([t('field.zone'), ...landUseCodes], zones.map((z) => [z.code, ...landUseCodes.map((c) => formatNumber(z.statistics.areaByLandUse.find((a) => a.landUse.code === c)?.areaHa ?? 0, 2))]))),
    canvas('chart-occupancy', t('dashboard.occupancy'), table([t('field.zone'), '%'], zones.map((z) => [z.code, formatPercent(z.statistics.occupancyRate)]))),
    canvas('chart-clearance', t('dashboard.clearance'), h('div', {},
      table([t('dashboard.project'), t('field.zone'), '%', t('field.parcels')], projects.map((p) => [p.code, p.zone?.code ?? '—', formatPercent(p.progress.rate), `${formatNumber(p.progress.parcelsHandedOver)}/${formatNumber(p.progress.parcels)}`])),
      table([t('field.zone'), '%', t('field.parcels')], zones.map((z) => [z.code, zoneClearance(z), z.statistics.clearance.parcels])))),
    canvas('chart-conversions', t('dashboard.conversions'), table([t('field.zone'), t('field.status'), 'ha'], zones.flatMap((z) => z.statistics.conversions.map((c) => [z.code, tEnum('conversionStatus', c.status), formatNumber(c.areaHa, 2)])))));

  const bar = (id: string, datasets: object[], stacked: boolean, max?: number, rows = labels) => new Chart(document.getElementById(id) as HTMLCanvasElement, {
    type: 'bar',
    data: { labels: rows, datasets: datasets as never },
    // Horizontal bars: one row per zone, so the zone codes stay readable in the narrow panel.
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      scales: { y: { stacked }, x: { stacked, beginAtZero: true, max } },
      plugins: { legend: { display: datasets.length > 1 && datasets.length <= 6, position: 'bottom', labels: { boxWidth: 12 } } },
    },
  });
  bar('chart-land-use', landUseCodes.map((code) => {
    const meta = landUseMeta.get(code);
    return {
      label: `${code}${meta ? ` – ${lang() === 'en' ? meta.nameEn : meta.nameVi}` : ''}`,
      backgroundColor: safeColour(meta?.colour), borderColor: '#555', borderWidth: 0.5,
      data: zones.map((z) => z.statistics.areaByLandUse.find((a) => a.landUse.code === code)?.areaHa ?? 0),
    };
  }), true);
  bar('chart-occupancy', [{ label: t('dashboard.occupancy'), backgroundColor: '#1565c0', data: zones.map((z) => Math.round(z.statistics.occupancyRate * 1000) / 10) }], false, 100);
  bar('chart-clearance', [{ label: t('dashboard.clearance'), backgroundColor: projects.map((p) => clearanceColour(p.progress.rate)), data: projects.map((p) => Math.round(p.progress.rate * 1000) / 10) }], false, 100,
    projects.map((p) => p.code));
  const statuses = Object.keys(CONVERSION_STATUS_COLOURS);
  bar('chart-conversions', statuses.map((s) => ({
    label: tEnum('conversionStatus', s), backgroundColor: CONVERSION_STATUS_COLOURS[s],
    data: zones.map((z) => z.statistics.conversions.find((c) => c.status === s)?.areaHa ?? 0),
  })), true);
}
