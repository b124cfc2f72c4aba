import type { App } from '../app';
import { t } from '../i18n';
import { h } from '../ui/dom';
import type { WorkArea } from './work/area';
import { dossiersArea } from './work/dossiers';
import { plotsArea } from './work/plots';
import { allocationsArea } from './work/allocations';
import { clearanceArea } from './work/clearance';
import { conversionsArea } from './work/conversions';
import { usersArea } from './work/users';

const AREAS: WorkArea[] = [dossiersArea, plotsArea, allocationsArea, clearanceArea, conversionsArea, usersArea];

/** Whether the "Nghiệp vụ" tab has anything for the signed-in user. */
export function hasWork(): boolean {
  return AREAS.some((a) => a.visible());
}

/**
 * The staff's work tab: a row of the areas the user may use, and the chosen one below. The chosen
 * area is kept in the URL (`#work=dossiers`) so a reload or a shared link returns to it.
 */
export function workPanel(app: App, panel: HTMLElement): { render: () => void; leave: () => void } {
  const body = h('div', { class: 'work-body' });
  const nav = h('nav', { class: 'work-nav', 'aria-label': t('work.area') });
  panel.replaceChildren(nav, body);
  let current: WorkArea | null = null;

  const choose = (area: WorkArea) => {
    if (current && current !== area) current.close?.(app);
    current = area;
    const params = new URLSearchParams(location.hash.slice(1));
    params.set('work', area.id);
    history.replaceState(null, '', `#${params.toString().replace(/%2F/g, '/')}`);
    drawNav();
    area.open(app, body);
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
      current?.close?.(app);
      current = null;
      nav.replaceChildren();
      body.replaceChildren();
      return;
    }
    choose(next);
  };

  return { render, leave: () => current?.close?.(app) };
}
