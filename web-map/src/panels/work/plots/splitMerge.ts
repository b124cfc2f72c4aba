import type { MapMouseEvent } from 'maplibre-gl';
import { ApiError } from '../../../api/errors';
import { graphql } from '../../../api/graphql';
import { MERGE_PLOTS, SPLIT_PLOT, type EditablePlot } from '../../../api/work/plots';
import { formatAreaM2 } from '../../../format/number';
import { t } from '../../../i18n';
import { fitTo, setOverlay } from '../../../map/overlays';
import { h } from '../../../ui/dom';
import { notify } from '../../../ui/toast';
import { Fields, landUsePicker, legalBasisInput, showRefusal, textInput, type PlotsContext } from './shared';

/**
 * Cuts a plot by a line clicked on the map, edge to edge; one new code per piece, in the API's order
 * (west to east, or south to north when the pieces lie north–south of one another).
 */
export function splitPlotForm(ctx: PlotsContext, plot: EditablePlot): { element: HTMLElement; close(): void } {
  const { app } = ctx;
  const fields = new Fields('plot-split');
  let line: [number, number][] = [];
  const status = h('p', { class: 'muted', id: 'plot-split-status', 'aria-live': 'polite' }, t('plots.splitHint'));
  const showLine = () => {
    const features: GeoJSON.Feature[] = line.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } }));
    if (line.length > 1) features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } });
    setOverlay(app.map, 'draft', { type: 'FeatureCollection', features });
    status.textContent = t('plots.linePoints', { count: line.length });
  };
  const onClick = (e: MapMouseEvent) => { line.push([e.lngLat.lng, e.lngLat.lat]); showLine(); };
  const startLine = () => {
    line = [];
    app.clickTool = onClick;
    app.map.getCanvas().style.cursor = 'crosshair';
    showLine();
  };
  const stop = () => {
    if (app.clickTool === onClick) app.clickTool = null;
    app.map.getCanvas().style.cursor = '';
    setOverlay(app.map, 'draft', null);
  };

  const codesBox = h('div', { class: 'plots-codes', id: fields.id('newCodes'), role: 'group', 'aria-label': t('plots.newCodes') });
  const addCode = (value = '') => codesBox.append(textInput('newCode', value, { 'aria-label': t('plots.pieceCode', { n: codesBox.childElementCount + 1 }) }));
  addCode(`${plot.code}-1`);
  addCode(`${plot.code}-2`);
  const codes = () => [...codesBox.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value.trim());
  const basis = legalBasisInput();
  if (plot.geometry) {
    setOverlay(app.map, 'highlight', plot.geometry);
    fitTo(app.map, plot.geometry, 18);
  }

  const form = h('form', { class: 'stack plots-form', id: 'plot-split-form', 'aria-label': t('plots.splitPlot', { code: plot.code }), novalidate: true },
    h('h3', {}, t('plots.splitPlot', { code: plot.code })),
    h('p', { class: 'muted' }, t('plots.editFacts', { zone: plot.zone.code, area: formatAreaM2(plot.areaM2), version: plot.version })),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', id: 'plot-split-draw', onclick: startLine }, t('plots.drawLine')),
      h('button', { type: 'button', id: 'plot-split-centre', onclick: () => { if (app.clickTool !== onClick) startLine(); line.push([app.map.getCenter().lng, app.map.getCenter().lat]); showLine(); } }, t('plots.addCentre')),
      h('button', { type: 'button', onclick: () => { line.pop(); showLine(); } }, t('plots.undoPoint'))),
    status, fields.message('line'),
    h('p', { class: 'muted', id: 'plot-split-order' }, t('plots.codesOrder')),
    codesBox,
    h('button', { type: 'button', onclick: () => addCode() }, t('plots.addCode')),
    fields.message('newCodes'),
    fields.row('legalBasis', t('edit.legalBasis'), basis),
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', class: 'primary', id: 'plot-split-save' }, t('plots.split')),
      h('button', { type: 'button', onclick: () => { stop(); ctx.back(plot.zone.code); } }, t('plots.back'))),
    fields.formMessage);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    fields.clear();
    setOverlay(app.map, 'problem', null);
    const newCodes = codes();
    let bad = false;
    if (line.length < 2) { fields.show('line', t('plots.need.line')); bad = true; }
    if (newCodes.length < 2 || newCodes.some((c) => !c) || new Set(newCodes).size !== newCodes.length) { fields.show('newCodes', t('plots.need.newCodes')); bad = true; }
    if (!basis.value.trim()) { fields.show('legalBasis', t('plots.need.legalBasis')); bad = true; }
    if (bad) return;
    try {
      const { splitPlot } = await graphql<{ splitPlot: EditablePlot[] }>(SPLIT_PLOT, {
        input: { code: plot.code, expectedVersion: plot.version, line: { type: 'LineString', coordinates: line }, srid: 4326, newCodes, legalBasis: basis.value.trim() },
      });
      stop();
      const saved = t('plots.splitDone', { code: plot.code, parts: splitPlot.map((p) => `${p.code} (${formatAreaM2(p.areaM2)})`).join(', ') });
      notify(saved);
      app.restyle(true);
      ctx.back(plot.zone.code, saved);
    } catch (error) {
      // The cut gave another number of pieces than codes: offer one box per piece, keeping what was typed.
      const pieces = error instanceof ApiError ? Number(error.details.pieces) : NaN;
      if (pieces >= 2) while (codesBox.childElementCount < pieces) addCode();
      const field = error instanceof ApiError && 'pieces' in error.details ? ('codes' in error.details ? 'newCodes' : 'line') : null;
      if (field) fields.show(field, (error as ApiError).serverMessage ?? '');
      else showRefusal(app, fields, error, {}, { geometry: 'line', code: 'newCodes' });
    }
  });
  return { element: form, close: stop };
}

/** Unites adjacent plots of one zone into a new plot; the land use is asked for when theirs differ. */
export function mergePlotsForm(ctx: PlotsContext, plots: EditablePlot[]): { element: HTMLElement; close(): void } {
  const { app, options } = ctx;
  const fields = new Fields('plot-merge');
  const zone = plots[0].zone.code;
  const uses = new Set(plots.map((p) => p.landUse.code));
  const newCode = textInput('newCode', `${plots[0].code}-H`, { required: true });
  const landUse = landUsePicker('plot-merge-landUse', options.landUses, null, { keepOption: uses.size === 1 ? t('plots.keepLandUse', { code: [...uses][0] }) : undefined });
  const basis = legalBasisInput();
  const geometries = plots.flatMap((p) => (p.geometry ? [{ type: 'Feature' as const, properties: {}, geometry: p.geometry }] : []));
  setOverlay(app.map, 'highlight', { type: 'FeatureCollection', features: geometries });
  if (geometries[0]) fitTo(app.map, { type: 'GeometryCollection', geometries: geometries.map((g) => g.geometry) }, 18);

  const form = h('form', { class: 'stack plots-form', id: 'plot-merge-form', 'aria-label': t('plots.mergeTitle'), novalidate: true },
    h('h3', {}, t('plots.mergeTitle')),
    h('p', { id: 'plot-merge-codes' }, t('plots.mergeWhich', { codes: plots.map((p) => p.code).join(', '), zone })),
    fields.message('codes'),
    fields.row('newCode', t('plots.newCode'), newCode),
    landUse.element, fields.message('landUseCode'),
    uses.size > 1 ? h('p', { class: 'muted' }, t('plots.landUsesDiffer')) : null,
    fields.row('legalBasis', t('edit.legalBasis'), basis),
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', class: 'primary', id: 'plot-merge-save' }, t('plots.merge')),
      h('button', { type: 'button', onclick: () => ctx.back(zone) }, t('plots.back'))),
    fields.formMessage);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    fields.clear();
    setOverlay(app.map, 'problem', null);
    let bad = false;
    if (!newCode.value.trim()) { fields.show('newCode', t('plots.need.code')); bad = true; }
    if (uses.size > 1 && !landUse.value()) { fields.show('landUseCode', t('plots.landUsesDiffer')); bad = true; }
    if (!basis.value.trim()) { fields.show('legalBasis', t('plots.need.legalBasis')); bad = true; }
    if (bad) return;
    const input = { codes: plots.map((p) => p.code), newCode: newCode.value.trim(), landUseCode: landUse.value(), legalBasis: basis.value.trim() };
    try {
      const { mergePlots } = await graphql<{ mergePlots: EditablePlot }>(MERGE_PLOTS, { input });
      const saved = t('plots.mergeDone', { codes: input.codes.join(', '), code: mergePlots.code, area: formatAreaM2(mergePlots.areaM2) });
      notify(saved);
      app.restyle(true);
      ctx.back(zone, saved);
    } catch (error) {
      // A TOPOLOGY refusal here is about the plots chosen (not adjacent, other zones), not a boundary typed.
      showRefusal(app, fields, error, { newCode: input.newCode, landUseCode: input.landUseCode }, { geometry: 'codes', code: 'newCode' });
    }
  });
  return { element: form, close: () => undefined };
}
