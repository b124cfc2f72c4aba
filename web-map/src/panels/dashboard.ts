import { graphql } from '../api/graphql';
import { userMessage } from '../api/errors';
import { STATISTICS } from '../api/queries';
import { t, tEnum } from '../i18n';
import { formatNumber, formatPercent } from '../format/number';
import { h } from '../ui/dom';
import { CONVERSION_STATUS_COLOURS, safeColour } from '../layers/colours';
import { chartBox, drawBars } from './dashboard/chart';
import { downloadButton, tableView, type DataTable } from './dashboard/table';
import {
  type DashboardData, conversionTable, landUseTable, landUses, occupancyTable, parcelsByStep, projectTable, localName, stepTable, zoneClearanceTable,
} from './dashboard/data';
import './dashboard/dashboard.css';

const percent = (share: number) => Math.round(share * 1000) / 10;
const ha = (v: number) => `${formatNumber(v, 2)} ha`;

/** One chart with its title, an optional note saying what it measures, and the tables behind it (each downloadable as CSV). */
function figure(id: string, title: string, note: string | null, rows: number, legendRows: number, tables: DataTable[], open = false): HTMLElement {
  return h('figure', { class: 'chart', id: `fig-${id}` },
    h('figcaption', {}, title),
    note ? h('p', { class: 'chart-note' }, note) : null,
    chartBox(`chart-${id}`, title, rows, legendRows),
    h('div', { class: 'button-row' }, tables.map(downloadButton)),
    h('details', { open }, h('summary', {}, t('dashboard.table')), tables.map(tableView)));
}

/** The statistics board: land use, occupancy, site clearance (progress and steps) and conversions, per named zone. */
export async function dashboardPanel(panel: HTMLElement): Promise<void> {
  panel.classList.add('dashboard');
  panel.replaceChildren(h('h2', {}, t('dashboard.title')), h('p', { class: 'loading-inline', 'aria-live': 'polite' }, t('loading')));
  let data: DashboardData;
  try {
    data = await graphql<DashboardData>(STATISTICS);
  } catch (error) {
    panel.replaceChildren(h('h2', {}, t('dashboard.title')), h('p', { class: 'error', role: 'alert' }, `${t('dashboard.loadError')} ${userMessage(error)}`));
    return;
  }
  const whole = data.statistics;
  const zones = data.zones.nodes;
  // Every project, also those outside any functional zone (GPMB-KPTQ-GD2).
  const projects = data.clearanceProjects.nodes;
  const steps = [...data.clearanceStepKinds].sort((a, b) => a.stepNo - b.stepNo);
  const offering = zones.filter((z) => z.statistics.plotsForInvestment > 0);
  const uses = landUses(zones);
  const statuses = Object.keys(CONVERSION_STATUS_COLOURS).filter((s) => zones.some((z) => z.statistics.conversions.some((c) => c.status === s)));
  const counts = {
    offered: formatNumber(whole.plotsForInvestment), allocated: formatNumber(whole.plotsAllocated),
    available: formatNumber(whole.plotsAvailable), rate: formatPercent(whole.occupancyRate),
  };

  panel.replaceChildren(
    h('h2', {}, t('dashboard.title')),
    h('p', { class: 'whole-summary' }, h('strong', {}, `${t('dashboard.whole')}: `),
      t('dashboard.summary', { plots: formatNumber(whole.plots), offered: counts.offered, allocated: counts.allocated, available: counts.available, occupancy: counts.rate })),
    figure('occupancy', t('dashboard.occupancy'), t('dashboard.occupancyNote', counts), offering.length + 1, 1, [occupancyTable(whole, zones)]),
    figure('land-use', t('dashboard.areaByLandUse'), null, zones.length, Math.ceil(uses.length / 2), [landUseTable(zones)]),
    figure('clearance', t('dashboard.clearance'), t('dashboard.clearanceNote', { count: projects.length }), projects.length, 1, [projectTable(projects), zoneClearanceTable(whole, zones)]),
    figure('clearance-steps', t('dashboard.steps', { steps: steps.length }),
      t('dashboard.stepsNote', { optional: steps.filter((s) => s.optional).map((s) => s.stepNo).join(', ') }),
      projects.length, Math.ceil((steps.length + 1) / 2), [stepTable(projects, steps)], true),
    figure('conversions', t('dashboard.conversions'), null, zones.length, Math.ceil(statuses.length / 2), [conversionTable(zones)]));

  const zoneNames = zones.map((z) => z.name);
  const occupancyRows = [whole, ...offering.map((z) => z.statistics)];
  drawBars({
    canvasId: 'chart-occupancy', rows: [t('dashboard.whole'), ...offering.map((z) => z.name)], stacked: false, max: 100,
    rowTitle: t('dashboard.axis.zone'), valueTitle: t('dashboard.axis.occupancy'),
    datasets: [{ label: t('dashboard.occupancyLegend'), backgroundColor: '#1565c0', data: occupancyRows.map((s) => percent(s.occupancyRate)) }],
    value: (v) => formatPercent(v / 100),
    footer: (i) => t('dashboard.occupancyPlots', { allocated: formatNumber(occupancyRows[i].plotsAllocated), offered: formatNumber(occupancyRows[i].plotsForInvestment) }),
  });
  drawBars({
    canvasId: 'chart-land-use', rows: zoneNames, stacked: true, rowTitle: t('dashboard.axis.zone'), valueTitle: t('dashboard.axis.ha'), value: ha,
    datasets: uses.map((u) => ({
      label: `${u.code} – ${localName(u)}`, backgroundColor: safeColour(u.colour), borderColor: '#555', borderWidth: 0.5,
      data: zones.map((z) => z.statistics.areaByLandUse.find((a) => a.landUse.code === u.code)?.areaHa ?? 0),
    })),
  });
  drawBars({
    canvasId: 'chart-clearance', rows: projects.map((p) => p.name), stacked: false, max: 100,
    rowTitle: t('dashboard.axis.project'), valueTitle: t('dashboard.axis.handover'), value: (v) => formatPercent(v / 100),
    datasets: [{ label: t('dashboard.handoverLegend'), backgroundColor: '#388e3c', data: projects.map((p) => percent(p.progress.rate)) }],
    footer: (i) => `${projects[i].code}: ${t('dashboard.handoverPlots', { handed: formatNumber(projects[i].progress.parcelsHandedOver), parcels: formatNumber(projects[i].progress.parcels) })}`,
  });
  const byStep = projects.map((p) => parcelsByStep(p, steps));
  drawBars({
    canvasId: 'chart-clearance-steps', rows: projects.map((p) => p.name), stacked: true,
    rowTitle: t('dashboard.axis.project'), valueTitle: t('dashboard.axis.households'), value: (v) => formatNumber(v),
    datasets: [
      { label: t('dashboard.notStarted'), backgroundColor: '#bdbdbd', data: byStep.map((c) => c[0]) },
      // Light to dark along the statutory order, so how far a project has come reads at a glance.
      ...steps.map((s, i) => ({
        label: `${s.stepNo}. ${localName(s)}`, backgroundColor: `hsl(${200 - (i * 80) / Math.max(steps.length - 1, 1)}, 65%, ${78 - (i * 50) / Math.max(steps.length - 1, 1)}%)`,
        data: byStep.map((c) => c[i + 1]),
      })),
    ],
  });
  drawBars({
    canvasId: 'chart-conversions', rows: zoneNames, stacked: true, rowTitle: t('dashboard.axis.zone'), valueTitle: t('dashboard.axis.ha'), value: ha,
    datasets: statuses.map((s) => ({
      label: tEnum('conversionStatus', s), backgroundColor: CONVERSION_STATUS_COLOURS[s],
      data: zones.map((z) => z.statistics.conversions.find((c) => c.status === s)?.areaHa ?? 0),
    })),
  });
}
