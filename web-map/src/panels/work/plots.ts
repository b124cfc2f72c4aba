import type { MapMouseEvent } from 'maplibre-gl';
import type { App } from '../../app';
import type { WorkArea } from './area';
import { graphql } from '../../api/graphql';
import { userMessage } from '../../api/errors';
import { PLOT_TO_EDIT, ZONE_PLOTS, ZONE_TO_EDIT, type EditablePlot, type EditableZone } from '../../api/work/plots';
import { formatAreaM2 } from '../../format/number';
import { lang, t, tEnum } from '../../i18n';
import { safeColour } from '../../layers/colours';
import { setOverlay } from '../../map/overlays';
import { h, nextId } from '../../ui/dom';
import { createPlotForm, editPlotForm } from './plots/plotForms';
import { mergePlotsForm, splitPlotForm } from './plots/splitMerge';
import { loadOptions, type PlotsContext } from './plots/shared';
import { createZoneForm, editZoneForm } from './plots/zoneForms';
import './plots.css';

/** The open form's clean-up (its map click tool and draft overlay), run when another view or area is chosen. */
let closeView: (() => void) | null = null;

function leave(app: App, keepHighlight = false): void {
  closeView?.();
  closeView = null;
  app.map.getCanvas().style.cursor = '';
  for (const name of ['draft', 'problem'] as const) setOverlay(app.map, name, null);
  // Back in the list, the plot just saved stays highlighted; leaving the area clears it.
  if (!keepHighlight) setOverlay(app.map, 'highlight', null);
}

/**
 * The planners' zones and plots: the plots of a zone (chosen in a list or on the map), and the forms
 * to create a zone or a plot, edit attributes and indicators, split a plot by a line or merge plots.
 */
export const plotsArea: WorkArea = {
  open(app, el) {
    leave(app);
    el.replaceChildren(h('h2', {}, t('work.plots')), h('p', { class: 'loading-inline' }, t('loading')));
    loadOptions().then((options) => {
      let zoneCode = new URLSearchParams(location.hash.slice(1)).get('zone') ?? options.zones[0]?.code ?? null;
      const body = h('div', { class: 'plots-area', id: 'plots-area' });
      el.replaceChildren(h('h2', {}, t('work.plots')), body);
      const ctx: PlotsContext = {
        app, options,
        back: (zone, saved) => {
          if (zone) zoneCode = zone;
          void reloadOptions().then(() => showList(saved));
        },
      };
      const reloadOptions = async () => { ctx.options = options = await loadOptions(); };
      const show = (view: { element: HTMLElement; close(): void }) => {
        leave(app);
        closeView = view.close;
        body.replaceChildren(view.element);
        view.element.querySelector<HTMLElement>('input, select, textarea')?.focus();
      };
      const showList = (saved?: string) => {
        leave(app, true);
        body.replaceChildren(zoneList(app, ctx, zoneCode, saved, {
          chooseZone: (code) => { zoneCode = code; showList(); },
          createZone: () => show(createZoneForm(ctx)),
          editZone: async (code) => show(editZoneForm(ctx, (await graphql<{ zone: EditableZone }>(ZONE_TO_EDIT, { code })).zone)),
          createPlot: () => show(createPlotForm(ctx, zoneCode)),
          editPlot: async (code) => show(editPlotForm(ctx, await plotToEdit(code))),
          splitPlot: async (code) => show(splitPlotForm(ctx, await plotToEdit(code))),
          mergePlots: async (codes) => show(mergePlotsForm(ctx, await Promise.all(codes.map(plotToEdit)))),
        }, (close) => { closeView = close; }));
      };
      showList();
    }).catch((error) => el.replaceChildren(h('h2', {}, t('work.plots')), h('p', { class: 'error', role: 'alert' }, userMessage(error))));
  },
  close: (app) => leave(app),
};

async function plotToEdit(code: string): Promise<EditablePlot> {
  const { plot } = await graphql<{ plot: EditablePlot | null }>(PLOT_TO_EDIT, { code });
  if (!plot) throw new Error(code);
  return plot;
}

interface ListActions {
  chooseZone(code: string): void;
  createZone(): void;
  editZone(code: string): Promise<void>;
  createPlot(): void;
  editPlot(code: string): Promise<void>;
  splitPlot(code: string): Promise<void>;
  mergePlots(codes: string[]): Promise<void>;
}

/** The zone chooser and the zone's current plots, with checkboxes (or map clicks) to choose plots to merge. */
function zoneList(app: App, ctx: PlotsContext, zoneCode: string | null, saved: string | undefined, act: ListActions,
  onClose: (close: () => void) => void): HTMLElement {
  const zoneId = nextId('plots-zone');
  const status = h('div', { id: 'plots-status', 'aria-live': 'polite' }, saved ? h('p', { class: 'notice', role: 'status' }, saved) : null);
  const zone = h('select', { id: zoneId, name: 'zone', onchange: () => act.chooseZone(zone.value) },
    ctx.options.zones.map((z) => h('option', { value: z.code, selected: z.code === zoneCode }, `${z.code} – ${z.name}`))) as HTMLSelectElement;
  const list = h('ul', { class: 'results plots-list', id: 'plots-list' }, h('li', { class: 'loading-inline' }, t('loading')));
  const merge = h('button', { type: 'button', id: 'plots-merge', disabled: true, onclick: () => run(() => act.mergePlots(chosen())) }, t('plots.mergeChosen'));
  const pick = h('button', { type: 'button', id: 'plots-pick', 'aria-pressed': 'false', onclick: () => togglePicking() }, t('plots.pickOnMap'));
  let plots: EditablePlot[] = [];

  const chosen = () => [...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((c) => c.value);
  const showChosen = () => {
    const codes = chosen();
    merge.disabled = codes.length < 2;
    merge.textContent = t('plots.mergeChosen') + (codes.length ? ` (${codes.length})` : '');
    const features = plots.filter((p) => codes.includes(p.code) && p.geometry).map((p) => ({ type: 'Feature' as const, properties: {}, geometry: p.geometry! }));
    setOverlay(app.map, 'highlight', { type: 'FeatureCollection', features });
  };
  const run = (action: () => Promise<void>) => action().catch((error) => status.replaceChildren(h('p', { class: 'error', role: 'alert' }, userMessage(error))));

  // A click on a plot of the map ticks or unticks it in the list.
  const onMapClick = (e: MapMouseEvent) => {
    const hit = app.map.queryRenderedFeatures(e.point, { layers: ['plots-fill'] })[0];
    const box = hit && list.querySelector<HTMLInputElement>(`input[value="${CSS.escape(String(hit.properties?.code))}"]`);
    if (box) { box.checked = !box.checked; showChosen(); }
    else status.replaceChildren(h('p', { class: 'muted' }, t('plots.notInZone')));
  };
  const togglePicking = () => {
    const on = app.clickTool !== onMapClick;
    app.clickTool = on ? onMapClick : null;
    app.map.getCanvas().style.cursor = on ? 'pointer' : '';
    pick.setAttribute('aria-pressed', String(on));
  };
  onClose(() => { if (app.clickTool === onMapClick) app.clickTool = null; });

  const row = (p: EditablePlot) => h('li', { dataset: { plotRow: p.code } },
    h('div', { class: 'plots-row' },
      h('input', { type: 'checkbox', value: p.code, id: `plots-choose-${p.code}`, onchange: showChosen }),
      h('label', { for: `plots-choose-${p.code}` },
        h('span', { class: 'swatch', style: `--swatch: ${safeColour(p.landUse.colour)}`, 'aria-hidden': 'true' }),
        h('strong', {}, p.code), ' ', `${p.landUse.code} – ${lang() === 'en' ? p.landUse.nameEn : p.landUse.nameVi}`,
        h('span', { class: 'muted' }, ` · ${formatAreaM2(p.areaM2)} · ${tEnum('availability', p.availability)}`))),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', dataset: { action: 'edit-plot' }, onclick: () => run(() => act.editPlot(p.code)) }, t('plots.edit', { code: p.code })),
      h('button', { type: 'button', dataset: { action: 'split-plot' }, onclick: () => run(() => act.splitPlot(p.code)) }, t('plots.splitButton', { code: p.code }))));

  if (zoneCode) {
    graphql<{ plots: { nodes: (EditablePlot & { geometry: GeoJSON.Polygon })[] } }>(ZONE_PLOTS, { zone: zoneCode })
      .then(({ plots: found }) => {
        plots = [...found.nodes].sort((a, b) => a.code.localeCompare(b.code, 'vi'));
        list.replaceChildren(...(plots.length ? plots.map(row) : [h('li', {}, t('plots.noPlots'))]));
      })
      .catch((error) => list.replaceChildren(h('li', { class: 'error', role: 'alert' }, userMessage(error))));
  }

  return h('div', { class: 'plots-home' },
    status,
    h('div', { class: 'stack' }, h('label', { for: zoneId }, t('field.zone')), zone),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', id: 'plots-new-plot', class: 'primary', disabled: !zoneCode, onclick: act.createPlot }, t('plots.newPlot')),
      h('button', { type: 'button', id: 'plots-new-zone', onclick: act.createZone }, t('plots.newZone')),
      zoneCode ? h('button', { type: 'button', id: 'plots-edit-zone', onclick: () => run(() => act.editZone(zoneCode)) }, t('plots.editZoneButton')) : null),
    h('h3', {}, t('plots.plotsOfZone', { zone: zoneCode ?? '' })),
    h('p', { class: 'muted' }, t('plots.chooseHint')),
    h('div', { class: 'button-row' }, pick, merge),
    list);
}
