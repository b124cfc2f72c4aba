import type { WorkArea } from './area';
import type { App } from '../../app';
import { t } from '../../i18n';
import { can } from '../../api/session';
import { graphql } from '../../api/graphql';
import { ApiError, userMessage } from '../../api/errors';
import { DOSSIER_FULL, DOSSIER_HISTORY, type DossierFull, type DossierRow } from '../../api/work/dossiers';
import { h } from '../../ui/dom';
import { notify } from '../../ui/toast';
import { setOverlay, fitTo } from '../../map/overlays';
import { historyView, type Current } from '../history';
import { dossierList, emptyFilter } from './dossiers/list';
import { dossierForm } from './dossiers/form';
import { dossierView } from './dossiers/view';
import './dossiers.css';

/**
 * The planners' dossier work: the list (filtered, paged), an opened dossier (publication, adjustment
 * chain, documents), the create/edit form with its boundary, and the history with version comparison.
 */
const filter = emptyFilter();
let el: HTMLElement | null = null;
let app: App | null = null;
let destroyForm: (() => void) | null = null;
// A late answer for a dossier left meanwhile must not replace what the user went to.
let request = 0;

const clearMap = (a: App) => {
  destroyForm?.();
  destroyForm = null;
  for (const name of ['highlight', 'draft', 'compare', 'history', 'problem'] as const) setOverlay(a.map, name, null);
};

function show(...children: (HTMLElement | null)[]) {
  el?.replaceChildren(h('h2', {}, t('work.dossiers')), ...children.filter((c): c is HTMLElement => !!c));
}

function showList(): void {
  if (!app) return;
  request++;
  clearMap(app);
  show(
    can('Mutation.createDossier') ? h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'primary', id: 'dossier-new', onclick: () => showForm(null) }, t('dossiers.new'))) : null,
    dossierList(filter, (d: DossierRow) => {
      // Seen at once from the list's boundary; the full dossier follows.
      if (app && d.geometry) { setOverlay(app.map, 'highlight', d.geometry); fitTo(app.map, d.geometry); }
      void openDossier(d.code);
    }));
}

async function openDossier(code: string, notice?: string): Promise<void> {
  if (!app) return;
  const mine = ++request;
  const a = app;
  destroyForm?.();
  destroyForm = null;
  show(h('p', { class: 'loading-inline' }, t('loading')));
  try {
    const { dossier } = await graphql<{ dossier: DossierFull | null }>(DOSSIER_FULL, { code });
    if (mine !== request) return;
    if (!dossier) throw new ApiError('NOT_FOUND', null);
    setOverlay(a.map, 'compare', null);
    if (dossier.geometry) { setOverlay(a.map, 'highlight', dossier.geometry); fitTo(a.map, dossier.geometry); }
    show(dossierView(a, dossier, {
      back: showList,
      edit: () => showForm(dossier),
      history: () => void showHistory(dossier),
      open: (other) => void openDossier(other),
      reload: (text) => void openDossier(code, text),
    }, notice));
  } catch (error) {
    if (mine !== request) return;
    show(h('p', { class: 'error', role: 'alert' }, userMessage(error)),
      h('button', { type: 'button', onclick: showList }, t('dossiers.backToList')));
  }
}

function showForm(dossier: DossierFull | null): void {
  if (!app) return;
  request++;
  destroyForm?.();
  setOverlay(app.map, 'compare', null);
  const form = dossierForm(app, {
    dossier,
    saved: (d) => {
      destroyForm = null;
      const text = t(dossier ? 'dossiers.savedVersion' : 'dossiers.created', { code: d.code, version: d.version });
      notify(text);
      app?.restyle(true);
      void openDossier(d.code, text);
    },
    cancel: () => { destroyForm = null; if (dossier) void openDossier(dossier.code); else showList(); },
  });
  destroyForm = form.destroy;
  show(form.element);
  form.element.querySelector<HTMLInputElement>(dossier ? '[name=name]' : '[name=code]')?.focus();
}

/** The form on the current version (the history view may have made a newer one by a revert). */
async function editLatest(code: string): Promise<void> {
  try {
    const { dossier } = await graphql<{ dossier: DossierFull | null }>(DOSSIER_FULL, { code });
    if (dossier) showForm(dossier);
  } catch (error) {
    notify(userMessage(error), 'error');
  }
}

async function showHistory(dossier: DossierFull): Promise<void> {
  if (!app || !el) return;
  request++;
  clearMap(app);
  // The history view brings its own heading.
  const body = h('div', { class: 'dossier-history' });
  el.replaceChildren(body);
  await historyView(app, body, {
    kind: 'dossier',
    code: dossier.code,
    tab: null,
    load: async () => {
      const { dossier: d } = await graphql<{ dossier: Current | null }>(DOSSIER_HISTORY, { code: dossier.code });
      if (!d) throw new ApiError('NOT_FOUND', null);
      return d;
    },
    edit: () => void editLatest(dossier.code),
    close: () => void openDossier(dossier.code),
  });
}

export const dossiersArea: WorkArea = {
  open(a, container) {
    app = a;
    el = container;
    showList();
  },
  close(a) {
    request++;
    clearMap(a);
    el = null;
  },
};
