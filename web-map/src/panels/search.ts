import type { App } from '../app';
import { graphql } from '../api/graphql';
import { userMessage } from '../api/errors';
import { SEARCH_DOSSIERS, SEARCH_ZONES, SEARCH_PLOTS, searchText } from '../api/queries';
import { t, tEnum } from '../i18n';
import { h } from '../ui/dom';
import { findPlaces } from './places';
import { decisionText } from './cards';
import { fitTo } from '../map/overlays';

interface SearchResult {
  dossiers: { nodes: { code: string; name: string; kind: string; decision: { number: string; date: string | null; approvingBody: string | null } | null; geometry: GeoJSON.Geometry | null }[] };
  zones: { nodes: { code: string; name: string; kind: string; geometry: GeoJSON.Geometry | null }[] };
  plots: { nodes: { code: string; zone: { name: string }; landUse: { code: string }; geometry: GeoJSON.Geometry | null }[] };
}

/** One box for dossier code/name, decision number, plot code and place names; diacritics optional. */
export function searchPanel(app: App, panel: HTMLElement): void {
  const input = h('input', { id: 'search-input', type: 'search', placeholder: t('search.placeholder'), autocomplete: 'off', 'aria-describedby': 'search-hint' });
  const results = h('div', { id: 'search-results', 'aria-live': 'polite' });
  const form = h('form', { role: 'search', class: 'stack' },
    h('label', { for: 'search-input' }, t('search.label')),
    h('div', { class: 'inline' }, input, h('button', { type: 'submit', class: 'primary' }, t('search.submit'))),
    h('small', { id: 'search-hint', class: 'muted' }, t('search.hint')));
  panel.replaceChildren(h('h2', {}, t('tab.search')), form, results);
  let request = 0;
  let timer = 0;

  const run = async () => {
    const text = searchText(input.value);
    const mine = ++request;
    if (!text) {
      results.replaceChildren();
      return;
    }
    const places = findPlaces(text);
    const placeList = places.length ? group(t('search.places'), places.map((p) => item(p.name, '', () => app.map.flyTo({ center: [p.lon, p.lat], zoom: p.zoom })))) : null;
    results.replaceChildren(placeList ?? '', h('p', { class: 'loading-inline' }, t('loading')));
    const [dossiers, zones, plots] = await Promise.allSettled([
      graphql<Pick<SearchResult, 'dossiers'>>(SEARCH_DOSSIERS, { text }),
      graphql<Pick<SearchResult, 'zones'>>(SEARCH_ZONES, { text }),
      graphql<Pick<SearchResult, 'plots'>>(SEARCH_PLOTS, { text }),
    ]);
    if (mine !== request) return;
    const ok = <T,>(r: PromiseSettledResult<T>) => (r.status === 'fulfilled' ? r.value : null);
    const d = ok(dossiers)?.dossiers.nodes ?? [];
    const z = ok(zones)?.zones.nodes ?? [];
    const p = ok(plots)?.plots.nodes ?? [];
    const groups = [
      placeList,
      d.length ? group(t('search.dossiers'), d.map((x) => item(x.name, [tEnum('kind', x.kind), decisionText(x.decision)].filter(Boolean).join(' · '), () => {
        fitTo(app.map, x.geometry, 15);
        app.openObject('dossier', x.code);
      }))) : null,
      z.length ? group(t('search.zones'), z.map((x) => item(x.name, `${x.code} · ${tEnum('zoneKind', x.kind)}`, () => app.openObject('zone', x.code)))) : null,
      p.length ? group(t('search.plots'), p.map((x) => item(x.code, `${x.zone?.name ?? ''} · ${x.landUse?.code ?? ''}`, () => app.openObject('plot', x.code)))) : null,
    ].filter((g): g is HTMLElement => g !== null);
    const failures = [dossiers, zones, plots].filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length === 3) {
      results.replaceChildren(placeList ?? '', h('p', { class: 'error', role: 'alert' }, userMessage(failures[0].reason)));
      return;
    }
    results.replaceChildren(...(groups.length ? groups : [h('p', {}, t('search.none'))]));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 350);
  });
}

function group(title: string, items: HTMLElement[]): HTMLElement {
  return h('section', { class: 'result-group' }, h('h3', {}, title), h('ul', { class: 'results' }, items));
}

function item(title: string, detail: string, onChoose: () => void): HTMLElement {
  return h('li', {}, h('button', { type: 'button', class: 'result', onclick: onChoose }, h('strong', {}, title), detail ? h('span', { class: 'muted' }, detail) : null));
}
