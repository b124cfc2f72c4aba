import { graphql } from '../api/graphql';
import { userMessage } from '../api/errors';
import { STATISTICS } from '../api/queries';
import { t, tEnum } from '../i18n';
import { formatNumber, formatPercent } from '../format/number';
import { h } from '../ui/dom';
import { CONVERSION_STATUS_COLOURS, safeColour } from '../layers/colours';
import { chartBox, drawBars, type BarChart } from './dashboard/chart';
import { downloadButton, tableView, type DataTable } from './dashboard/table';
import {
  type DashboardData, conversionTable, landUseTable, landUses, occupancyTable, parcelsByStep, projectTable, localName, stepTable, zoneClearanceTable,
} from './dashboard/data';
import './dashboard/dashboard.css';

const percent = (share: number) => Math.round(share * 1000) / 10;
const ha = (v: number) => `${formatNumber(v, 2)} ha`;

interface Board { id: string; title: string; note?: string; spec: Omit<BarChart, 'canvasId'>; tables: DataTable[]; open?: boolean }

/** One chart with its title, a note saying what it measures, and the tables behind it (each downloadable as CSV). */
function figure(board: Board): HTMLElement {
  return h('figure', { class: 'chart', id: `fig-${board.id}` },
    h('figcaption', {}, board.title),
    board.note ? h('p', { class: 'chart-note' }, board.note) : null,
    chartBox(`chart-${board.id}`, board.title, board.spec.rows.length, board.spec.datasets.map((d) => String(d.label ?? ''))),
    h('div', { class: 'button-row' }, board.tables.map(downloadButton)),
    h('details', { open: board.open ?? false }, h('summary', {}, t('dashboard.table')), board.tables.map(tableView)));
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

  const zoneNames = zones.map((z) => z.name);
  const occupancyRows = [whole, ...offering.map((z) => z.statistics)];
  const byStep = projects.map((p) => parcelsByStep(p, steps));
  const boards: Board[] = [{
    id: 'occupancy', title: t('dashboard.occupancy'), note: t('dashboard.occupancyNote', counts), tables: [occupancyTable(whole, zones)],
    spec: {
      rows: [t('dashboard.whole'), ...offering.map((z) => z.name)], stacked: false, max: 100,
      rowTitle: t('dashboard.axis.zone'), valueTitle: t('dashboard.axis.occupancy'), value: (v) => formatPercent(v / 100),
      datasets: [{ label: t('dashboard.occupancyLegend'), backgroundColor: '#1565c0', data: occupancyRows.map((s) => percent(s.occupancyRate)) }],
      footer: (i) => t('dashboard.occupancyPlots', { allocated: formatNumber(occupancyRows[i].plotsAllocated), offered: formatNumber(occupancyRows[i].plotsForInvestment) }),
    },
  }, {
    id: 'land-use', title: t('dashboard.areaByLandUse'), tables: [landUseTable(zones)],
    spec: {
      rows: zoneNames, stacked: true, rowTitle: t('dashboard.axis.zone'), valueTitle: t('dashboard.axis.ha'), value: ha,
      datasets: uses.map((u) => ({
        label: `${u.code} – ${localName(u)}`, backgroundColor: safeColour(u.colour), borderColor: '#555', borderWidth: 0.5,
        data: zones.map((z) => z.statistics.areaByLandUse.find((a) => a.landUse.code === u.code)?.areaHa ?? 0),
      })),
    },
  }, {
    id: 'clearance', title: t('dashboard.clearance'), note: t('dashboard.clearanceNote', { count: projects.length }),
    tables: [projectTable(projects), zoneClearanceTable(whole, zones)],
    spec: {
      rows: projects.map((p) => p.name), stacked: false, max: 100,
      rowTitle: t('dashboard.axis.project'), valueTitle: t('dashboard.axis.handover'), value: (v) => formatPercent(v / 100),
      datasets: [{ label: t('dashboard.handoverLegend'), backgroundColor: '#388e3c', data: projects.map((p) => percent(p.progress.rate)) }],
      footer: (i) => `${projects[i].code}: ${t('dashboard.handoverPlots', { handed: formatNumber(projects[i].progress.parcelsHandedOver), parcels: formatNumber(projects[i].progress.parcels) })}`,
    },
  }, {
    id: 'clearance-steps', title: t('dashboard.steps', { steps: steps.length }), open: true, tables: [stepTable(projects, steps)],
    note: t('dashboard.stepsNote', { optional: steps.filter((s) => s.optional).map((s) => s.stepNo).join(', ') }),
    spec: {
      rows: projects.map((p) => p.name), stacked: true,
      rowTitle: t('dashboard.axis.project'), valueTitle: t('dashboard.axis.households'), value: (v) => formatNumber(v),
      datasets: [
        { label: t('dashboard.notStarted'), backgroundColor: '#bdbdbd', data: byStep.map((c) => c[0]) },
        ...steps.map((s, i) => ({ label: `${s.stepNo}. ${localName(s)}`, backgroundColor: stepColour(i, steps.length), data: byStep.map((c) => c[i + 1]) })),
      ],
    },
  }, {
    id: 'conversions', title: t('dashboard.conversions'), tables: [conversionTable(zones)],
    spec: {
      rows: zoneNames, stacked: true, rowTitle: t('dashboard.axis.zone'), valueTitle: t('dashboard.axis.ha'), value: ha,
      datasets: statuses.map((s) => ({
        label: tEnum('conversionStatus', s), backgroundColor: CONVERSION_STATUS_COLOURS[s],
        data: zones.map((z) => z.statistics.conversions.find((c) => c.status === s)?.areaHa ?? 0),
      })),
    },
  }];

  panel.replaceChildren(
    h('h2', {}, t('dashboard.title')),
    h('p', { class: 'whole-summary' }, h('strong', {}, `${t('dashboard.whole')}: `),
      t('dashboard.summary', { plots: formatNumber(whole.plots), offered: counts.offered, allocated: counts.allocated, available: counts.available, occupancy: counts.rate })),
    ...boards.map(figure));
  for (const board of boards) drawBars({ canvasId: `chart-${board.id}`, ...board.spec });
}

/**
 * Step colours along the statutory order: pale blue (notice) through teal to dark green (handover), so how far a
 * project has come reads at a glance; alternate steps differ in lightness too, so neighbours stay apart.
 */
function stepColour(index: number, count: number): string {
  const share = index / Math.max(count - 1, 1);
  return `hsl(${Math.round(205 - share * 90)}, 60%, ${Math.round(80 - share * 50 + (index % 2 ? 6 : 0))}%)`;
}
