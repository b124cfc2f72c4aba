import type { App } from '../app';
import { OPACITY_PROPERTY, type LayerGroup, type LegendItem } from '../layers/catalog';
import { safeColour } from '../layers/colours';
import { isStaff } from '../api/session';
import { t, lang, type MessageKey } from '../i18n';
import { h, nextId, replace } from '../ui/dom';
import type { LandUse } from '../api/types';
import { EXPORT_LAYERS, type ExportLayer } from '../api/exports';
import { exportMenu } from './exportMenu';

/** Layer switcher, opacity sliders and legend in one list: each group shows its own legend. */
export function layerSwitcher(app: App, panel: HTMLElement, landUses: () => LandUse[]): () => void {
  const render = () => {
    replace(panel,
      h('h2', {}, t('layers.title')),
      h('ul', { class: 'layer-list' }, app.groups.map((g) => groupItem(app, g))),
      app.config.onlineBaseMap ? baseMapItem(app) : null,
      legendList([{ colour: '#7a4f9a', label: 'legend.border', shape: 'line' }]),
    );
    updateLandUseLegend(app, landUses());
  };
  let timer = 0;
  app.map.on('idle', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => updateLandUseLegend(app, landUses()), 200);
  });
  render();
  return render;
}

function groupItem(app: App, group: LayerGroup): HTMLElement {
  const locked = group.staffOnly && !isStaff();
  const checkId = nextId('layer');
  const sliderId = nextId('opacity');
  const checkbox = h('input', {
    type: 'checkbox', id: checkId, checked: group.visible && !locked, disabled: locked,
    onchange: (e: Event) => {
      group.visible = (e.target as HTMLInputElement).checked;
      for (const layer of group.layers) {
        if (app.map.getLayer(layer.id)) app.map.setLayoutProperty(layer.id, 'visibility', group.visible ? 'visible' : 'none');
      }
    },
  });
  const slider = h('input', {
    type: 'range', id: sliderId, min: '0', max: '100', step: '5', value: String(Math.round((app.opacity[group.id] ?? 1) * 100)),
    disabled: locked, 'aria-label': t('layers.opacity', { name: t(group.name) }),
    oninput: (e: Event) => {
      app.opacity[group.id] = Number((e.target as HTMLInputElement).value) / 100;
      applyOpacity(app, group);
    },
  });
  const notes = [locked ? t('layers.needsLogin') : null, group.minzoom >= 12 ? t('layers.minzoom', { zoom: group.minzoom }) : null].filter(Boolean);
  return h('li', { class: 'layer-item', dataset: { group: group.id } },
    h('div', { class: 'layer-row' }, checkbox, h('label', { for: checkId }, t(group.name))),
    notes.length ? h('small', { class: 'muted' }, notes.join('; ')) : null,
    h('div', { class: 'opacity-row' }, h('label', { for: sliderId, class: 'visually-hidden' }, t('layers.opacity', { name: t(group.name) })), slider),
    (EXPORT_LAYERS as readonly string[]).includes(group.source)
      ? exportMenu(group.source as ExportLayer, () => ({}), { label: t('export.layer', { name: t(group.name) }), disabled: locked }) : null,
    group.legend.length ? legendList(group.legend) : null,
    // The land-use legend lists the codes of the plots in view, under the plots layer.
    group.id === 'plots' ? h('div', {}, h('h3', { class: 'legend-title' }, t('legend.landUseInView')), h('div', { id: 'land-use-legend', class: 'legend' })) : null,
  );
}

function baseMapItem(app: App): HTMLElement {
  const id = nextId('layer');
  return h('div', { class: 'layer-row' },
    h('input', {
      type: 'checkbox', id, checked: true,
      onchange: (e: Event) => app.map.setLayoutProperty('online-base', 'visibility', (e.target as HTMLInputElement).checked ? 'visible' : 'none'),
    }),
    h('label', { for: id }, t('layer.baseOnline')));
}

/** Applies a group's slider to each of its layers, scaling the layer's own opacity. */
export function applyOpacity(app: App, group: LayerGroup): void {
  const factor = app.opacity[group.id] ?? 1;
  for (const layer of group.layers) {
    if (!app.map.getLayer(layer.id)) continue;
    for (const property of OPACITY_PROPERTY[layer.type] ?? []) {
      const base = (layer as { paint?: Record<string, unknown> }).paint?.[property] ?? 1;
      app.map.setPaintProperty(layer.id, property as never, scale(base, factor) as never);
    }
  }
}

function scale(base: unknown, factor: number): unknown {
  if (typeof base === 'number') return base * factor;
  // A zoom-interpolated opacity: scale each output stop.
  if (Array.isArray(base) && base[0] === 'interpolate') {
    return base.map((v, i) => (i >= 3 && i % 2 === 0 && typeof v === 'number' ? v * factor : v));
  }
  return factor;
}

function legendList(items: LegendItem[]): HTMLElement {
  return h('ul', { class: 'legend' }, items.map((item) => h('li', {},
    h('span', { class: `swatch swatch-${item.shape}`, style: `--swatch: ${item.colour}`, 'aria-hidden': 'true' }),
    item.literal ? item.label : t(item.label as MessageKey))));
}

/** Land-use codes of the plots loaded in view, with their planning-map colours and names. */
function updateLandUseLegend(app: App, landUses: LandUse[]): void {
  const target = document.getElementById('land-use-legend');
  if (!target) return;
  if (app.map.getZoom() < 12 || !app.map.getSource('tiles-plots')) {
    target.replaceChildren(h('p', { class: 'muted' }, t('legend.zoomForPlots')));
    return;
  }
  const seen = new Map<string, string>();
  for (const f of app.map.querySourceFeatures('tiles-plots', { sourceLayer: 'plots' })) {
    const code = String(f.properties?.land_use_code ?? '');
    if (code && !seen.has(code)) seen.set(code, safeColour(f.properties?.colour));
  }
  const names = new Map(landUses.map((l) => [l.code, lang() === 'en' ? l.nameEn : l.nameVi]));
  const items: LegendItem[] = [...seen.entries()].sort(([a], [b]) => a.localeCompare(b))
    .map(([code, colour]) => ({ colour, label: names.has(code) ? `${code} – ${names.get(code)}` : code, shape: 'fill', literal: true }));
  target.replaceChildren(items.length ? legendList(items) : h('p', { class: 'muted' }, t('legend.zoomForPlots')));
}
