import type { App } from '../app';
import { t } from '../i18n';
import { can, isStaff } from '../api/session';
import { h } from '../ui/dom';
import type { WorkArea, WorkAreaEntry } from './work/area';

const AREAS: WorkAreaEntry[] = [
  { id: 'dossiers', label: () => t('work.dossiers'), visible: () => can('Mutation.createDossier'),
    load: () => import('./work/dossiers').then((m) => m.dossiersArea) },
  { id: 'plots', label: () => t('work.plots'), visible: () => can('Mutation.createPlot'),
    load: () => import('./work/plots').then((m) => m.plotsArea) },
  { id: 'allocations', label: () => t('work.allocations'), visible: () => can('Mutation.allocatePlot') || can('Allocation.landPriceVnd'),
    load: () => import('./work/allocations').then((m) => m.allocationsArea) },
  { id: 'clearance', label: () => t('work.clearance'), visible: () => can('Mutation.recordClearanceStep') || isStaff(),
    load: () => import('./work/clearance').then((m) => m.clearanceArea) },
  { id: 'conversions', label: () => t('work.conversions'), visible: () => can('Mutation.requestConversion') || isStaff(),
    load: () => import('./work/conversions').then((m) => m.conversionsArea) },
  // Imports are the planners' (the server's Planner policy, which createZone also has): not a GraphQL coordinate of their own.
  { id: 'imports', label: () => t('work.imports'), visible: () => can('Mutation.createZone'),
    load: () => import('./work/imports').then((m) => m.importsArea) },
  { id: 'users', label: () => t('work.users'), visible: () => can('Mutation.saveUser'),
    load: () => import('./work/users').then((m) => m.usersArea) },
];

/** Whether the "Nghiệp vụ" tab has anything for the signed-in user. */
export function hasWork(): boolean {
  return AREAS.some((a) => a.visible());
}

/**
 * The staff's work tab: a row of the areas the user may use, and the chosen one below, its module
 * loaded when first opened. The chosen area is kept in the URL (`#work=dossiers`) so a reload or a
 * shared link returns to it.
 */
export function workPanel(app: App, panel: HTMLElement): { render: () => void; leave: () => void } {
  const body = h('div', { class: 'work-body' });
  const nav = h('nav', { class: 'work-nav', 'aria-label': t('work.area') });
  panel.replaceChildren(nav, body);
  const loaded = new Map<string, Promise<WorkArea>>();
  let current: WorkAreaEntry | null = null;
  let opened: WorkArea | null = null;

  const choose = (entry: WorkAreaEntry) => {
    opened?.close?.(app);
    opened = null;
    current = entry;
    const params = new URLSearchParams(location.hash.slice(1));
    params.set('work', entry.id);
    history.replaceState(null, '', `#${params.toString().replace(/%2F/g, '/')}`);
    drawNav();
    if (!loaded.has(entry.id)) loaded.set(entry.id, entry.load());
    body.replaceChildren(h('p', { class: 'loading-inline' }, t('loading')));
    void loaded.get(entry.id)!.then((area) => {
      if (current !== entry) return; // another area was chosen meanwhile
      opened = area;
      area.open(app, body);
    }, () => {
      loaded.delete(entry.id);
      body.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('error.network')));
    });
  };

  const drawNav = () => {
    const visible = AREAS.filter((a) => a.visible());
    nav.replaceChildren(...visible.map((a) => h('button', {
      type: 'button', dataset: { area: a.id }, 'aria-pressed': String(a === current), onclick: () => choose(a),
    }, a.label())));
  };

  const render = () => {
    const visible = AREAS.filter((a) => a.visible());
    const wanted = new URLSearchParams(location.hash.slice(1)).get('work');
    const next = visible.find((a) => a === current) ?? visible.find((a) => a.id === wanted) ?? visible[0] ?? null;
    if (!next) {
      opened?.close?.(app);
      opened = null;
      current = null;
      nav.replaceChildren();
      body.replaceChildren();
      return;
    }
    choose(next);
  };

  return { render, leave: () => { opened?.close?.(app); opened = null; current = null; } };
}
