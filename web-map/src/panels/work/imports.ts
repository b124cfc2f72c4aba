import type { App } from '../../app';
import type { WorkArea } from './area';
import { userMessage } from '../../api/errors';
import { session } from '../../api/session';
import { changeImport, discardImport, getImport, getStagedFeatures, type ImportPreview, type StagedFeatures } from '../../api/work/imports';
import { t, type MessageKey } from '../../i18n';
import { setOverlay } from '../../map/overlays';
import { h } from '../../ui/dom';
import { checkStep, run } from './imports/check';
import { commitStep } from './imports/commit';
import { clearImportLayers, hideCandidates, showStaged } from './imports/mapLayers';
import { previewStep } from './imports/preview';
import { featuresBounds } from './imports/status';
import { uploadStep } from './imports/upload';
import { STEPS, type Step, type Wizard } from './imports/wizard';
import './imports.css';

/**
 * The planners' import wizard: upload a file, check what was read (encoding, CRS, CAD layers, field
 * mapping), preview it on the map with its problems and diffs, and commit it with a legal basis, or
 * discard it at any step. The import stays open when the area is left, and its id is kept in the URL
 * (`#work=imports&import=…`), so a reload comes back to it.
 */
let app: App | null = null;
let el: HTMLElement | null = null;
let step: Step = 'upload';
let preview: ImportPreview | null = null;
let features: StagedFeatures | null = null;
let message: { text: string; kind: 'error' | 'notice' } | null = null;
let closeStep: (() => void) | null = null;

function keepInUrl(id: string | null): void {
  const params = new URLSearchParams(location.hash.slice(1));
  if (id) params.set('import', id);
  else params.delete('import');
  history.replaceState(history.state, '', `#${params.toString().replace(/%2F/g, '/')}`);
}

const wizard: Wizard = {
  get app() { return app!; },
  get preview() { return preview; },
  get features() { return features; },
  async load(next) {
    const committedNow = next.status === 'committed' && preview?.status === 'staged';
    const sameCrs = preview?.id === next.id && preview.crs.srid === next.crs.srid && preview.crs.swapXy === next.crs.swapXy;
    preview = next;
    keepInUrl(next.status === 'discarded' ? null : next.id);
    // The server drops staged features on commit; those loaded before show what was written.
    if (next.status === 'staged') features = await getStagedFeatures(next.id);
    if (app) {
      showStaged(app.map, next.status === 'staged' ? features : null);
      if (!sameCrs) wizard.fit();
      if (committedNow) app.restyle(true); // the new objects are in the tiles now
    }
    render();
  },
  async change(choices) {
    if (!preview) return;
    await wizard.load(await changeImport(preview.id, choices));
  },
  go(next) {
    step = next;
    message = null;
    render();
    // The check step may have shown the CRS candidates far apart; the preview is about the features.
    if (next === 'preview') wizard.fit();
  },
  say(text, kind = 'error') {
    message = text ? { text, kind } : null;
    drawMessage();
  },
  fit() {
    const box = featuresBounds(features);
    if (app && box) app.map.fitBounds(box, { padding: 60, maxZoom: 17, duration: 600 });
  },
};

function reset(): void {
  preview = null;
  features = null;
  keepInUrl(null);
  if (app) clearMap(app);
  step = 'upload';
}

function clearMap(a: App): void {
  closeStep?.();
  closeStep = null;
  clearImportLayers(a.map);
  for (const name of ['highlight', 'problem'] as const) setOverlay(a.map, name, null);
}

async function discard(): Promise<void> {
  if (!preview) return;
  try {
    await discardImport(preview.id);
    reset();
    message = { text: t('imports.discarded'), kind: 'notice' };
    render();
  } catch (error) {
    wizard.say(userMessage(error));
  }
}

/** The steps as a numbered row; a step needs an upload first, and a committed import has only its result. */
function stepNav(): HTMLElement {
  const reachable = (s: Step) => (s === 'upload' ? preview?.status !== 'committed' : !!preview && (preview.status === 'staged' || s === 'commit'));
  return h('ol', { class: 'import-steps', 'aria-label': t('imports.steps') }, STEPS.map((s, i) => h('li', {},
    h('button', { type: 'button', dataset: { step: s }, 'aria-current': s === step ? 'step' : null, disabled: !reachable(s),
      onclick: () => void leaveCheck(s) }, `${i + 1}. ${t(`imports.step.${s}` as MessageKey)}`))));
}

/** Leaving the check step sends the mapping not yet applied, so what is previewed is what the user chose. */
let pendingCheck: (() => ReturnType<ReturnType<typeof checkStep>['pending']>) | null = null;
async function leaveCheck(next: Step): Promise<void> {
  const choices = step === 'check' ? pendingCheck?.() : null;
  if (choices && !(await run(wizard, choices))) return;
  wizard.go(next);
}

function drawMessage(): void {
  const box = el?.querySelector('#import-message');
  if (!box) return;
  box.replaceChildren(message ? h('p', { class: message.kind, role: message.kind === 'error' ? 'alert' : 'status' }, message.text) : '');
}

function render(): void {
  if (!el || !app) return;
  closeStep?.();
  closeStep = null;
  pendingCheck = null;
  if (!preview && step !== 'upload') step = 'upload';
  if (step !== 'check') hideCandidates(app.map);
  let body: HTMLElement;
  if (step === 'upload') body = uploadStep(wizard);
  else if (step === 'check') {
    const view = checkStep(wizard, preview!);
    pendingCheck = view.pending;
    body = view.element;
  } else if (step === 'preview') {
    const view = previewStep(wizard, preview!, features);
    closeStep = view.close;
    body = view.element;
  } else body = commitStep(wizard, preview!, () => { reset(); render(); });
  const index = STEPS.indexOf(step);
  const staged = preview?.status === 'staged';
  const next = staged && index > 0 && index < STEPS.length - 1 ? STEPS[index + 1] : null;
  el.replaceChildren(
    h('h2', {}, t('work.imports')),
    stepNav(),
    h('div', { id: 'import-message', 'aria-live': 'polite' }),
    h('h3', {}, t(`imports.step.${step}` as MessageKey)),
    body,
    h('div', { class: 'button-row import-footer' },
      staged && index > 1 ? h('button', { type: 'button', id: 'import-back', onclick: () => wizard.go(STEPS[index - 1]) }, t('imports.back')) : null,
      next ? h('button', { type: 'button', class: 'primary', id: 'import-next', onclick: () => void leaveCheck(next) }, t(`imports.next.${next}` as MessageKey)) : null,
      staged ? h('button', { type: 'button', id: 'import-discard', class: 'danger', onclick: () => void discard() }, t('imports.discard')) : null));
  drawMessage();
}

export const importsArea: WorkArea = {
  open(a, target) {
    app = a;
    el = target;
    // Another planner signed in on this page: the import open here was someone else's work.
    if (preview && preview.createdBy !== session()?.username) { reset(); message = null; }
    const wanted = new URLSearchParams(location.hash.slice(1)).get('import');
    if (preview || !wanted) {
      if (preview?.status === 'staged') showStaged(a.map, features);
      render();
      return;
    }
    // A reload with an import in the URL: open it where the user left it (the check step), or its result.
    target.replaceChildren(h('h2', {}, t('work.imports')), h('p', { class: 'loading-inline' }, t('loading')));
    getImport(wanted).then(async (found) => {
      if (found.status === 'discarded') { reset(); render(); return; }
      step = found.status === 'committed' ? 'commit' : 'check';
      await wizard.load(found);
    }).catch((error) => {
      reset();
      message = { text: userMessage(error), kind: 'error' };
      render();
    });
  },
  close(a) {
    clearMap(a);
    el = null;
  },
};
