import type { MapMouseEvent } from 'maplibre-gl';
import type { App } from '../app';
import { graphql } from '../api/graphql';
import { userMessage } from '../api/errors';
import { FIND_PLOTS, plotFinderFilter, type FinderForm } from '../api/queries';
import { reference } from '../api/reference';
import type { Plot } from '../api/types';
import { t, lang } from '../i18n';
import { formatArea } from '../format/number';
import { h } from '../ui/dom';
import { availabilityBadge, plotCard } from './cards';
import { setOverlay, fitTo } from '../map/overlays';
import { exportMenu } from './exportMenu';

type FoundPlot = Plot & { geometry: GeoJSON.Geometry };

/** The investor's "available plots" finder: conditions, a result list and the map, linked both ways. */
export function finderPanel(app: App, panel: HTMLElement): () => void {
  let found: FoundPlot[] = [];
  let selected: string | null = null;
  // The filter of the last search: the export is of the selection shown, not of the form as edited since.
  let searched: Record<string, unknown> = {};

  const zoneSelect = h('select', { id: 'finder-zone', name: 'zoneCode' }, h('option', { value: '' }, t('finder.anyZone')));
  const landUseSelect = h('select', { id: 'finder-land-use', name: 'landUseCode' }, h('option', { value: '' }, t('finder.anyLandUse')));
  const form = h('form', { class: 'stack finder-form', 'aria-label': t('finder.title') },
    h('label', { for: 'finder-zone' }, t('finder.zone')), zoneSelect,
    h('label', { for: 'finder-land-use' }, t('finder.landUse')), landUseSelect,
    h('div', { class: 'inline' },
      h('div', { class: 'stack' }, h('label', { for: 'finder-min' }, t('finder.minArea')), h('input', { id: 'finder-min', name: 'minArea', inputmode: 'decimal', size: 8 })),
      h('div', { class: 'stack' }, h('label', { for: 'finder-max' }, t('finder.maxArea')), h('input', { id: 'finder-max', name: 'maxArea', inputmode: 'decimal', size: 8 }))),
    h('div', { class: 'layer-row' }, h('input', { type: 'checkbox', id: 'finder-available', name: 'onlyAvailable', checked: true }), h('label', { for: 'finder-available' }, t('finder.onlyAvailable'))),
    h('button', { type: 'submit', class: 'primary' }, t('finder.submit')));
  const status = h('p', { id: 'finder-status', 'aria-live': 'polite' });
  const list = h('ul', { id: 'finder-results', class: 'results' });
  const card = h('div', { id: 'finder-card' });
  const exportBox = h('div', { id: 'finder-export' });

  const loadOptions = async () => {
    try {
      const r = await reference();
      zoneSelect.replaceChildren(h('option', { value: '' }, t('finder.anyZone')), ...r.zones.map((z) => h('option', { value: z.code }, `${z.name} (${z.code})`)));
      landUseSelect.replaceChildren(h('option', { value: '' }, t('finder.anyLandUse')),
        ...r.landUses.map((l) => h('option', { value: l.code }, `${l.code} – ${lang() === 'en' ? l.nameEn : l.nameVi}`)));
    } catch (error) {
      status.textContent = userMessage(error);
    }
  };

  const select = (code: string, fly: boolean) => {
    selected = code;
    const plot = found.find((p) => p.code === code);
    for (const li of list.querySelectorAll('li')) {
      const on = li.dataset.plot === code;
      li.classList.toggle('selected', on);
      li.querySelector('button')?.setAttribute('aria-current', String(on));
      if (on) li.scrollIntoView({ block: 'nearest' });
    }
    if (!plot) return;
    setOverlay(app.map, 'highlight', plot.geometry);
    if (fly) fitTo(app.map, plot.geometry, 17);
    card.replaceChildren(plotCard(plot, (c) => app.openObject('dossier', c)));
    if (!fly) card.scrollIntoView({ block: 'nearest' });
  };

  const render = () => {
    list.replaceChildren(...found.map((p) => h('li', { dataset: { plot: p.code }, class: p.code === selected ? 'selected' : '' },
      h('button', {
        type: 'button', class: 'result',
        onclick: () => select(p.code, true),
        onmouseenter: () => setOverlay(app.map, 'highlight', p.geometry),
        onfocus: () => setOverlay(app.map, 'highlight', p.geometry),
      },
      h('strong', {}, p.code), ' ', availabilityBadge(p.availability),
      h('span', { class: 'muted' }, `${p.zone?.code} · ${p.landUse?.code} · ${formatArea(p.areaM2)}`)))));
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const values: FinderForm = {
      zoneCode: String(data.get('zoneCode') ?? ''), landUseCode: String(data.get('landUseCode') ?? ''),
      minArea: String(data.get('minArea') ?? ''), maxArea: String(data.get('maxArea') ?? ''), onlyAvailable: data.get('onlyAvailable') === 'on',
    };
    status.textContent = t('loading');
    exportBox.replaceChildren();
    try {
      const filter = plotFinderFilter(values);
      const result = await graphql<{ plots: { totalCount: number; nodes: FoundPlot[] } }>(FIND_PLOTS, { filter, first: 200 });
      found = result.plots.nodes;
      searched = filter;
      // All the plots that match, not only the first 200 listed.
      if (found.length) exportBox.replaceChildren(exportMenu('plots', () => searched, { label: t('export.selection', { count: result.plots.totalCount }) }));
      selected = null;
      card.replaceChildren();
      status.textContent = found.length ? t('finder.results', { count: result.plots.totalCount }) : t('finder.none');
      render();
      setOverlay(app.map, 'finder', { type: 'FeatureCollection', features: found.map((p) => ({ type: 'Feature', properties: { code: p.code }, geometry: p.geometry })) });
      if (found.length) {
        const all: GeoJSON.GeometryCollection = { type: 'GeometryCollection', geometries: found.map((p) => p.geometry) };
        fitTo(app.map, all, 16);
      }
    } catch (error) {
      status.textContent = userMessage(error);
    }
  });

  // Map → list: while the finder is open, a click on a found plot selects it in the list.
  const onMapClick = (e: MapMouseEvent): boolean => {
    if (app.tabs.current() !== 'finder' || !found.length) return false;
    const hits = app.map.queryRenderedFeatures(e.point, { layers: ['ov-finder-fill'] });
    const code = hits[0]?.properties?.code as string | undefined;
    if (!code) return false;
    select(code, false);
    return true;
  };
  app.addClickFilter(onMapClick);

  const build = () => {
    panel.replaceChildren(h('h2', {}, t('finder.title')), form, status, exportBox, card, list);
    void loadOptions();
  };
  build();
  return build;
}
