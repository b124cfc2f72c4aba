import { can } from '../../../api/session';
import { graphql } from '../../../api/graphql';
import { CREATE_PLOT, UPDATE_PLOT_ATTRIBUTES, type EditablePlot, RETIRE_PLOT } from '../../../api/work/plots';
import { boundaryInput } from '../../../edit/boundaryInput';
import { formatAreaM2 } from '../../../format/number';
import { t } from '../../../i18n';
import { fitTo, setOverlay } from '../../../map/overlays';
import { h } from '../../../ui/dom';
import { notify } from '../../../ui/toast';
import { Fields, indicatorInputs, landUsePicker, legalBasisInput, showRefusal, textInput, type PlotsContext } from './shared';

/** Planners draw or paste a new plot's boundary and give its land use, indicators, zone and decision. */
export function createPlotForm(ctx: PlotsContext, zoneCode: string | null): { element: HTMLElement; close(): void } {
  const { app, options } = ctx;
  const fields = new Fields('plot-new');
  const boundary = boundaryInput(app, { idPrefix: 'plot-new' });
  const code = textInput('code', '', { required: true });
  const zone = h('select', { name: 'zoneCode', required: true },
    options.zones.map((z) => h('option', { value: z.code, selected: z.code === zoneCode }, `${z.code} – ${z.name}`))) as HTMLSelectElement;
  const landUse = landUsePicker('plot-new-landUse', options.landUses, null);
  const indicators = indicatorInputs(fields, null);
  const forInvestment = h('input', { type: 'checkbox', name: 'forInvestment', checked: true }) as HTMLInputElement;
  const dossier = textInput('dossierCode');
  const basis = legalBasisInput();

  const form = h('form', { class: 'stack plots-form', id: 'plot-create-form', 'aria-label': t('plots.newPlot'), novalidate: true },
    h('h3', {}, t('plots.newPlot')),
    fields.row('code', t('field.code'), code, t('plots.codeHint')),
    fields.row('zoneCode', t('field.zone'), zone),
    boundary.element, fields.message('geometry'),
    landUse.element, fields.message('landUseCode'),
    indicators.element,
    h('label', {}, forInvestment, ' ', t('plots.forInvestment')),
    fields.row('dossierCode', t('field.dossier'), dossier, t('plots.dossierHint')),
    fields.row('legalBasis', t('edit.legalBasis'), basis),
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', class: 'primary', id: 'plot-create-save' }, t('plots.create')),
      h('button', { type: 'button', onclick: () => ctx.back(zone.value) }, t('plots.back'))),
    fields.formMessage);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    fields.clear();
    setOverlay(app.map, 'problem', null);
    const read = indicators.read();
    const missing: [string, boolean][] = [['code', !code.value.trim()], ['landUseCode', !landUse.value()], ['legalBasis', !basis.value.trim()]];
    missing.filter(([, m]) => m).forEach(([name]) => fields.show(name, t(`plots.need.${name}` as 'plots.need.code')));
    if ('field' in read) fields.show(read.field, t(read.key));
    const place = boundary.value();
    if (!place) fields.show('geometry', t('plots.need.geometry'));
    if (!place || 'field' in read || missing.some(([, m]) => m)) return;
    const input = {
      code: code.value.trim(), zoneCode: zone.value, landUseCode: landUse.value(), indicators: read.value,
      forInvestment: forInvestment.checked, dossierCode: dossier.value.trim() || null,
      geometry: place.geometry, srid: place.srid, legalBasis: basis.value.trim(),
    };
    try {
      const { createPlot } = await graphql<{ createPlot: EditablePlot }>(CREATE_PLOT, { input });
      boundary.stop();
      const saved = t('plots.created', { code: createPlot.code, area: formatAreaM2(createPlot.areaM2) });
      notify(saved);
      app.restyle(true);
      ctx.back(createPlot.zone.code, saved);
      if (createPlot.geometry) {
        setOverlay(app.map, 'highlight', createPlot.geometry);
        fitTo(app.map, createPlot.geometry, 18);
      }
    } catch (error) {
      showRefusal(app, fields, error, { zoneCode: input.zoneCode, landUseCode: input.landUseCode, dossierCode: input.dossierCode });
    }
  });
  return { element: form, close: () => boundary.stop() };
}

/** A plot's attributes and indicators (its boundary has the map's boundary editor); a stale edit shows the API's CONFLICT sentence. */
export function editPlotForm(ctx: PlotsContext, plot: EditablePlot): { element: HTMLElement; close(): void } {
  const { app, options } = ctx;
  const fields = new Fields('plot-edit');
  const landUse = landUsePicker('plot-edit-landUse', options.landUses, plot.landUse.code);
  const indicators = indicatorInputs(fields, plot.indicators);
  const forInvestment = h('input', { type: 'checkbox', name: 'forInvestment', checked: plot.forInvestment }) as HTMLInputElement;
  const dossier = textInput('dossierCode', plot.dossier?.code ?? '');
  const basis = legalBasisInput();
  if (plot.geometry) {
    setOverlay(app.map, 'highlight', plot.geometry);
    fitTo(app.map, plot.geometry, 18);
  }

  const form = h('form', { class: 'stack plots-form', id: 'plot-edit-form', 'aria-label': t('plots.editPlot', { code: plot.code }), novalidate: true, dataset: { plot: plot.code } },
    h('h3', {}, t('plots.editPlot', { code: plot.code })),
    h('p', { class: 'muted' }, t('plots.editFacts', { zone: plot.zone.code, area: formatAreaM2(plot.areaM2), version: plot.version })),
    landUse.element, fields.message('landUseCode'),
    indicators.element,
    h('label', {}, forInvestment, ' ', t('plots.forInvestment')),
    fields.row('dossierCode', t('field.dossier'), dossier, t('plots.dossierHint')),
    fields.row('legalBasis', t('edit.legalBasis'), basis),
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', class: 'primary', id: 'plot-edit-save' }, t('save')),
      can('Mutation.retirePlot') ? h('button', { type: 'button', id: 'plot-retire', onclick: () => void retire() }, t('plots.retire')) : null,
      h('button', { type: 'button', onclick: () => ctx.back(plot.zone.code) }, t('plots.back'))),
    fields.formMessage);

  // The plot leaves the plan on the decision typed in the legal-basis field (never a deletion).
  async function retire(): Promise<void> {
    fields.clear();
    if (!basis.value.trim()) return fields.show('legalBasis', t('plots.need.legalBasis'));
    if (!confirm(t('plots.retireConfirm', { code: plot.code }))) return;
    try {
      const { retirePlot } = await graphql<{ retirePlot: EditablePlot }>(RETIRE_PLOT,
        { input: { code: plot.code, expectedVersion: plot.version, legalBasis: basis.value.trim() } });
      const done = t('plots.retired', { code: retirePlot.code, version: retirePlot.version });
      notify(done);
      app.restyle(true);
      ctx.back(plot.zone.code, done);
    } catch (error) {
      showRefusal(app, fields, error, {});
    }
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    fields.clear();
    const read = indicators.read();
    if ('field' in read) return fields.show(read.field, t(read.key));
    if (!basis.value.trim()) return fields.show('legalBasis', t('plots.need.legalBasis'));
    const input = {
      code: plot.code, expectedVersion: plot.version, legalBasis: basis.value.trim(),
      landUseCode: landUse.value(), indicators: read.value, forInvestment: forInvestment.checked,
      dossierCode: dossier.value.trim() || null,
    };
    try {
      const { updatePlot } = await graphql<{ updatePlot: EditablePlot }>(UPDATE_PLOT_ATTRIBUTES, { input });
      const saved = t('plots.updated', { code: updatePlot.code, version: updatePlot.version });
      notify(saved);
      app.restyle(true);
      ctx.back(updatePlot.zone.code, saved);
    } catch (error) {
      showRefusal(app, fields, error, { landUseCode: input.landUseCode, dossierCode: input.dossierCode });
    }
  });
  return { element: form, close: () => undefined };
}
