import type { MapMouseEvent } from 'maplibre-gl';
import type { App } from '../../app';
import type { WorkArea } from './area';
import { t } from '../../i18n';
import { graphql } from '../../api/graphql';
import { userMessage } from '../../api/errors';
import {
  CLEARANCE_PROJECT_BOARD, CLEARANCE_PROJECT_LIST, CLEARANCE_PROJECT_NAMES, CLEARANCE_STEP_KINDS, type ClearanceParcel, type ClearanceProject, type ProjectSummary, type StepKind,
} from '../../api/work/clearance';
import { formatDate } from '../../format/date';
import { formatPercent } from '../../format/number';
import { h, nextId, replace } from '../../ui/dom';
import { fitTo } from '../../map/overlays';
import { buildBoard, storedStuckDays, storeStuckDays, todayInVietnam, type Board } from './clearance/board';
import { drawParcels, parcelAt, STEP_COLOURS, STUCK_COLOUR } from './clearance/map';
import { parcelView, stepName } from './clearance/parcel';
import { overviewTable } from './clearance/overview';
import './clearance.css';

/**
 * Site clearance (GPMB): per project, the 11 statutory steps as a board (households at each step, those
 * waiting too long), each household's records and the next step, and the parcels on the map by step.
 */
let state: {
  app: App; el: HTMLElement; kinds: StepKind[]; projects: ProjectSummary[]; project: ClearanceProject | null; projectCode: string;
  more: number; stuckDays: number; stepFilter: number | null; openParcel: string | null; request: number;
} | null = null;
let clickFilterAdded = false;
const PROJECT_KEY = 'planninggis.clearance.project';
// The project last looked at, so the board reopens on it (storage may be unavailable: private mode).
const storedProject = (): string => { try { return localStorage.getItem(PROJECT_KEY) ?? ''; } catch { return ''; } };
const storeProject = (code: string): void => { try { localStorage.setItem(PROJECT_KEY, code); } catch { /* this page only */ } };

export const clearanceArea: WorkArea = {
  open(app, el) {
    state = { app, el, kinds: [], projects: [], more: 0, project: null, projectCode: storedProject(), stuckDays: storedStuckDays(), stepFilter: null, openParcel: null, request: 0 };
    if (!clickFilterAdded) {
      clickFilterAdded = true;
      // Only while this area is open: a click on a drawn parcel opens its records instead of the details panel.
      app.addClickFilter((e: MapMouseEvent) => {
        const code = state ? parcelAt(app.map, e.point) : null;
        if (code && state) openParcel(code);
        return !!code;
      });
    }
    void start();
  },
  close(app) {
    state = null;
    drawParcels(app.map, [], new Set());
  },
};

async function start(): Promise<void> {
  const s = state!;
  const projectSelect = h('select', { id: 'clearance-project', name: 'project', onchange: () => chooseProject(projectSelect.value) });
  const daysId = nextId('cdays');
  const days = h('input', {
    id: daysId, name: 'stuckDays', type: 'number', min: 1, step: 1, value: String(s.stuckDays), inputmode: 'numeric',
    onchange: () => {
      const n = Number(days.value);
      if (!state || !Number.isInteger(n) || n < 1) return;
      state.stuckDays = n;
      storeStuckDays(n);
      drawOverview();
      drawBoard();
    },
  });
  s.el.replaceChildren(
    h('h2', {}, t('work.clearance')),
    h('div', { class: 'clearance-controls' },
      h('label', { for: 'clearance-project' }, t('clearance.project')), projectSelect,
      h('label', { for: daysId }, t('clearance.stuckDays')), days),
    h('div', { id: 'clearance-overview-slot' }),
    h('div', { id: 'clearance-board', 'aria-live': 'polite' }, h('p', { class: 'loading-inline' }, t('loading'))),
    h('div', { id: 'clearance-parcel-slot' }));
  try {
    const [{ clearanceStepKinds }, { clearanceProjects }, overview] = await Promise.all([
      graphql<{ clearanceStepKinds: StepKind[] }>(CLEARANCE_STEP_KINDS),
      graphql<{ clearanceProjects: { nodes: Pick<ProjectSummary, 'code' | 'name' | 'zone'>[] } }>(CLEARANCE_PROJECT_NAMES),
      graphql<{ clearanceProjects: { totalCount: number; nodes: ProjectSummary[] } }>(CLEARANCE_PROJECT_LIST),
    ]);
    if (state !== s) return;
    s.kinds = clearanceStepKinds;
    const projects = [...clearanceProjects.nodes].sort((a, b) => a.code.localeCompare(b.code));
    s.projects = [...overview.clearanceProjects.nodes].sort((a, b) => a.code.localeCompare(b.code));
    s.more = overview.clearanceProjects.totalCount - s.projects.length;
    projectSelect.replaceChildren(...projects.map((p) => h('option', { value: p.code, selected: p.code === s.projectCode },
      `${p.code} – ${p.name}${p.zone ? '' : ` (${t('clearance.noZone')})`}`)));
    if (!projects.length) return void boardEl()?.replaceChildren(h('p', {}, t('clearance.noProjects')));
    await chooseProject(projects.some((p) => p.code === s.projectCode) ? s.projectCode : projects[0].code);
  } catch (error) {
    if (state === s) boardEl()?.replaceChildren(h('p', { class: 'error', role: 'alert' }, userMessage(error)));
  }
}

/** The table of every project; redrawn when the threshold, the chosen project or a project's steps change. */
function drawOverview(): void {
  const s = state;
  const slot = s?.el.querySelector<HTMLElement>('#clearance-overview-slot');
  if (!s || !slot || !s.projects.length) return;
  replace(slot, overviewTable(s.projects, s.stuckDays, todayInVietnam(), s.projectCode, (code) => {
    const select = s.el.querySelector<HTMLSelectElement>('#clearance-project');
    if (select) select.value = code;
    void chooseProject(code);
  }), s.more > 0 ? h('p', { class: 'muted' }, t('clearance.more', { count: s.more })) : null);
}

const boardEl = () => state?.el.querySelector<HTMLElement>('#clearance-board') ?? null;
const parcelSlot = () => state?.el.querySelector<HTMLElement>('#clearance-parcel-slot') ?? null;

async function chooseProject(code: string, fit = true): Promise<void> {
  const s = state;
  if (!s) return;
  const mine = ++s.request;
  if (code !== s.projectCode) { s.stepFilter = null; s.openParcel = null; }
  s.projectCode = code;
  storeProject(code);
  try {
    const { clearanceProjects } = await graphql<{ clearanceProjects: { nodes: ClearanceProject[] } }>(CLEARANCE_PROJECT_BOARD, { code });
    if (state !== s || mine !== s.request) return;
    s.project = clearanceProjects.nodes.find((p) => p.code === code) ?? null;
    // The overview shows the same parcels: keep it in step with what was just loaded (a step recorded).
    if (s.project) s.projects = s.projects.map((p) => (p.code === code && s.project ? { ...p, parcels: s.project.parcels } : p));
    drawOverview();
    drawBoard();
    if (fit && s.project?.geometry) fitTo(s.app.map, s.project.geometry, 17);
    if (s.openParcel) openParcel(s.openParcel, false);
    else parcelSlot()?.replaceChildren();
  } catch (error) {
    if (state === s && mine === s.request) boardEl()?.replaceChildren(h('p', { class: 'error', role: 'alert' }, userMessage(error)));
  }
}

function drawBoard(): void {
  const s = state;
  const el = boardEl();
  if (!s || !el) return;
  const project = s.project;
  if (!project) return void el.replaceChildren(h('p', {}, t('clearance.noProjects')));
  const board = buildBoard(project.parcels, s.stuckDays, todayInVietnam());
  const stuckCodes = new Set(board.stuck.map((x) => x.parcel.parcelCode));
  drawParcels(s.app.map, project.parcels, stuckCodes);
  el.replaceChildren(
    h('p', { class: 'muted' }, [
      project.zone ? `${t('field.zone')}: ${project.zone.name}` : t('clearance.noZone'),
      project.startedOn ? `${t('clearance.startedOn')} ${formatDate(project.startedOn)}` : '',
      project.targetHandoverOn ? `${t('clearance.target')} ${formatDate(project.targetHandoverOn)}` : '',
      `${t('field.handover')}: ${formatPercent(project.progress.rate)} (${project.progress.parcelsHandedOver}/${project.progress.parcels})`,
    ].filter(Boolean).join(' · ')),
    stepTable(board),
    stuckList(board),
    legend(board),
    parcelList(project.parcels, stuckCodes));
}

/** One row per statutory step (and one for "not started"): households at it, of which waiting too long. */
function stepTable(board: Board): HTMLElement {
  const s = state!;
  const rows = [{ stepNo: 0, name: t('clearance.notStarted') }, ...[...s.kinds].sort((a, b) => a.stepNo - b.stepNo).map((k) => ({ stepNo: k.stepNo, name: stepName(k, k.stepNo) }))];
  const stuckAt = (n: number) => board.stuck.filter((x) => x.stepNo === n).length;
  return h('div', { class: 'table-scroll' }, h('table', { id: 'clearance-steps', class: 'clearance-steps' },
    h('caption', {}, t('clearance.board', { days: s.stuckDays })),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('clearance.step')), h('th', { scope: 'col' }, t('clearance.households')), h('th', { scope: 'col' }, t('clearance.stuck', { days: s.stuckDays })))),
    h('tbody', {}, rows.map(({ stepNo, name }) => {
      const count = board.byStep.get(stepNo)?.length ?? 0;
      const late = stuckAt(stepNo);
      return h('tr', { dataset: { step: String(stepNo) }, class: [late ? 'has-stuck' : '', s.stepFilter === stepNo ? 'selected' : ''].filter(Boolean).join(' ') },
        h('th', { scope: 'row' }, h('span', { class: 'swatch', style: `background:${STEP_COLOURS[stepNo]}`, 'aria-hidden': 'true' }), ' ', name),
        h('td', { class: 'count' }, count
          ? h('button', { type: 'button', class: 'link', 'aria-pressed': String(s.stepFilter === stepNo), 'aria-label': t('clearance.showAt', { count, step: name }), onclick: () => filterStep(stepNo) }, String(count))
          : '0'),
        h('td', { class: 'stuck-count' }, String(late)));
    }))));
}

function filterStep(stepNo: number): void {
  if (!state) return;
  state.stepFilter = state.stepFilter === stepNo ? null : stepNo;
  drawBoard();
}

function stuckList(board: Board): HTMLElement {
  const s = state!;
  return h('section', { class: 'clearance-stuck', 'aria-labelledby': 'clearance-stuck-title' },
    h('h3', { id: 'clearance-stuck-title' }, t('clearance.stuckTitle', { days: s.stuckDays, count: board.stuck.length })),
    board.stuck.length
      ? h('ul', { id: 'clearance-stuck', class: 'results' }, board.stuck.map((x) => h('li', { dataset: { parcel: x.parcel.parcelCode } },
        h('button', { type: 'button', class: 'result', onclick: () => openParcel(x.parcel.parcelCode) },
          h('strong', {}, x.parcel.parcelCode),
          h('span', {}, stepName(s.kinds.find((k) => k.stepNo === x.stepNo), x.stepNo)),
          h('span', { class: 'muted' }, t('clearance.waiting', { days: x.days, since: formatDate(x.since) }))))))
      : h('p', { class: 'muted', id: 'clearance-stuck' }, t('clearance.noneStuck')));
}

/** The map's colours for the steps present in this project. */
function legend(board: Board): HTMLElement {
  const s = state!;
  const present = [...board.byStep.keys()].sort((a, b) => a - b);
  return h('ul', { class: 'clearance-legend', 'aria-label': t('clearance.legend') },
    present.map((n) => h('li', {}, h('span', { class: 'swatch', style: `background:${STEP_COLOURS[n]}`, 'aria-hidden': 'true' }),
      n ? stepName(s.kinds.find((k) => k.stepNo === n), n) : t('clearance.notStarted'))),
    board.stuck.length ? h('li', {}, h('span', { class: 'swatch stuck', style: `border-color:${STUCK_COLOUR}`, 'aria-hidden': 'true' }), t('clearance.stuckLegend', { days: s.stuckDays })) : null);
}

function parcelList(parcels: ClearanceParcel[], stuck: Set<string>): HTMLElement {
  const s = state!;
  const shown = parcels.filter((p) => s.stepFilter == null || (p.currentStep?.stepNo ?? 0) === s.stepFilter)
    .sort((a, b) => a.parcelCode.localeCompare(b.parcelCode));
  const title = s.stepFilter == null ? t('clearance.allParcels', { count: shown.length })
    : t('clearance.parcelsAt', { count: shown.length, step: s.stepFilter ? stepName(s.kinds.find((k) => k.stepNo === s.stepFilter), s.stepFilter) : t('clearance.notStarted') });
  return h('section', { 'aria-labelledby': 'clearance-parcels-title' },
    h('h3', { id: 'clearance-parcels-title' }, title),
    h('ul', { id: 'clearance-parcels', class: 'results' }, shown.map((p) => h('li', { dataset: { parcel: p.parcelCode }, class: [stuck.has(p.parcelCode) ? 'stuck' : '', s.openParcel === p.parcelCode ? 'selected' : ''].filter(Boolean).join(' ') },
      h('button', { type: 'button', class: 'result', onclick: () => openParcel(p.parcelCode) },
        h('strong', {}, p.parcelCode),
        h('span', {}, p.currentStep ? stepName(s.kinds.find((k) => k.stepNo === p.currentStep!.stepNo), p.currentStep.stepNo) : t('clearance.notStarted')),
        stuck.has(p.parcelCode) ? h('span', { class: 'badge stuck-badge' }, t('clearance.late')) : null)))));
}

function openParcel(code: string, focus = true): void {
  const s = state;
  const slot = parcelSlot();
  const parcel = s?.project?.parcels.find((p) => p.parcelCode === code);
  if (!s || !slot || !parcel || !s.project) return;
  s.openParcel = code;
  s.el.querySelectorAll('#clearance-parcels li').forEach((li) => li.classList.toggle('selected', (li as HTMLElement).dataset.parcel === code));
  const projectCode = s.project.code;
  slot.replaceChildren(parcelView(projectCode, parcel, s.kinds, () => void chooseProject(projectCode, false)));
  if (focus) {
    slot.querySelector<HTMLElement>('#clearance-parcel-title')?.focus();
    if (parcel.geometry) fitTo(s.app.map, parcel.geometry, 18);
  }
}
