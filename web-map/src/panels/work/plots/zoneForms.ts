import { graphql } from '../../../api/graphql';
import { CREATE_ZONE, UPDATE_ZONE, type EditableZone } from '../../../api/work/plots';
import { boundaryInput } from '../../../edit/boundaryInput';
import { formatArea } from '../../../format/number';
import { t, tEnum } from '../../../i18n';
import { fitTo, setOverlay } from '../../../map/overlays';
import { h } from '../../../ui/dom';
import { notify } from '../../../ui/toast';
import { Fields, legalBasisInput, showRefusal, textInput, type PlotsContext } from './shared';

const ZONE_KINDS = ['INDUSTRIAL_PARK', 'BONDED_ZONE', 'GOODS_TRANSIT_AREA', 'EXPORT_PROCESSING_ZONE', 'BORDER_GATE_AREA',
  'URBAN_SERVICE_AREA', 'ECONOMIC_COOPERATION_AREA'];

const kindSelect = (selected: string | null) => h('select', { name: 'kind' },
  ZONE_KINDS.map((k) => h('option', { value: k, selected: k === selected }, tEnum('zoneKind', k)))) as HTMLSelectElement;

/** A new functional zone: code, name, kind, its dossier, boundary (drawn or from a coordinate table) and decision. */
export function createZoneForm(ctx: PlotsContext): { element: HTMLElement; close(): void } {
  const { app } = ctx;
  const fields = new Fields('zone-new');
  const boundary = boundaryInput(app, { idPrefix: 'zone-new' });
  const code = textInput('code', '', { required: true });
  const name = textInput('name', '', { required: true });
  const kind = kindSelect(null);
  const description = h('textarea', { name: 'description', rows: 2 }) as HTMLTextAreaElement;
  const dossier = textInput('dossierCode');
  const basis = legalBasisInput();

  const form = h('form', { class: 'stack plots-form', id: 'zone-create-form', 'aria-label': t('plots.newZone'), novalidate: true },
    h('h3', {}, t('plots.newZone')),
    fields.row('code', t('field.code'), code),
    fields.row('name', t('field.name'), name),
    fields.row('kind', t('field.kind'), kind),
    fields.row('description', t('field.description'), description),
    boundary.element, fields.message('geometry'),
    fields.row('dossierCode', t('field.zoneDossier'), dossier, t('plots.dossierHint')),
    fields.row('legalBasis', t('edit.legalBasis'), basis),
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', class: 'primary', id: 'zone-create-save' }, t('plots.createZone')),
      h('button', { type: 'button', onclick: () => ctx.back() }, t('plots.back'))),
    fields.formMessage);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    fields.clear();
    setOverlay(app.map, 'problem', null);
    const missing = (['code', 'name', 'legalBasis'] as const).filter((n) => !{ code, name, legalBasis: basis }[n].value.trim());
    missing.forEach((n) => fields.show(n, t(`plots.need.${n}`)));
    const place = boundary.value();
    if (!place) fields.show('geometry', t('plots.need.geometry'));
    if (!place || missing.length) return;
    const input = {
      code: code.value.trim(), name: name.value.trim(), kind: kind.value, description: description.value.trim() || null,
      dossierCode: dossier.value.trim() || null, geometry: place.geometry, srid: place.srid, legalBasis: basis.value.trim(),
    };
    try {
      const { createZone } = await graphql<{ createZone: EditableZone }>(CREATE_ZONE, { input });
      boundary.stop();
      const saved = t('plots.zoneCreated', { code: createZone.code, area: formatArea(createZone.areaM2) });
      notify(saved);
      app.restyle(true);
      ctx.back(createZone.code, saved);
      if (createZone.geometry) fitTo(app.map, createZone.geometry, 17);
    } catch (error) {
      showRefusal(app, fields, error, { dossierCode: input.dossierCode });
    }
  });
  return { element: form, close: () => boundary.stop() };
}

/** A zone's name, kind, description and dossier (its boundary has the map's boundary editor). */
export function editZoneForm(ctx: PlotsContext, zone: EditableZone): { element: HTMLElement; close(): void } {
  const { app } = ctx;
  const fields = new Fields('zone-edit');
  const name = textInput('name', zone.name, { required: true });
  const kind = kindSelect(zone.kind);
  const description = h('textarea', { name: 'description', rows: 2 }, zone.description ?? '') as HTMLTextAreaElement;
  const dossier = textInput('dossierCode', zone.dossier?.code ?? '');
  const basis = legalBasisInput();
  if (zone.geometry) fitTo(app.map, zone.geometry, 17);

  const form = h('form', { class: 'stack plots-form', id: 'zone-edit-form', 'aria-label': t('plots.editZone', { code: zone.code }), novalidate: true },
    h('h3', {}, t('plots.editZone', { code: zone.code })),
    h('p', { class: 'muted' }, t('plots.zoneFacts', { area: formatArea(zone.areaM2), version: zone.version })),
    fields.row('name', t('field.name'), name),
    fields.row('kind', t('field.kind'), kind),
    fields.row('description', t('field.description'), description),
    fields.row('dossierCode', t('field.zoneDossier'), dossier, t('plots.dossierHint')),
    fields.row('legalBasis', t('edit.legalBasis'), basis),
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', class: 'primary', id: 'zone-edit-save' }, t('save')),
      h('button', { type: 'button', onclick: () => ctx.back(zone.code) }, t('plots.back'))),
    fields.formMessage);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    fields.clear();
    if (!name.value.trim()) return fields.show('name', t('plots.need.name'));
    if (!basis.value.trim()) return fields.show('legalBasis', t('plots.need.legalBasis'));
    const input = {
      code: zone.code, expectedVersion: zone.version, legalBasis: basis.value.trim(), name: name.value.trim(), kind: kind.value,
      description: description.value.trim() || null, dossierCode: dossier.value.trim() || null,
    };
    try {
      const { updateZone } = await graphql<{ updateZone: EditableZone }>(UPDATE_ZONE, { input });
      const saved = t('plots.zoneUpdated', { code: updateZone.code, version: updateZone.version });
      notify(saved);
      app.restyle(true);
      ctx.back(updateZone.code, saved);
    } catch (error) {
      showRefusal(app, fields, error, { dossierCode: input.dossierCode });
    }
  });
  return { element: form, close: () => undefined };
}
