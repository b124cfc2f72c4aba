import { userMessage } from '../../../api/errors';
import type { CrsCandidate, ImportChoices, ImportPreview } from '../../../api/work/imports';
import { formatNumber } from '../../../format/number';
import { t, type MessageKey } from '../../../i18n';
import { facts, h } from '../../../ui/dom';
import { showCandidates } from './mapLayers';
import { encodingLabel, unmappedRequired } from './status';
import { fileSize } from './upload';
import type { Wizard } from './wizard';

/** When a file offers no candidates at all, the CRSs the board's files are usually in. */
const USUAL_SRIDS: CrsCandidate[] = [9215, 3405, 4326].map((srid) => ({
  name: t(`imports.crs.usual.${srid}` as MessageKey), srid, centre: [106.75, 21.85], swapXy: false, inProvince: false, distanceToZonesKm: NaN,
}));

/**
 * Step 2: what was read (encoding, notes, file-level problems), the CRS (candidates drawn on the map,
 * one confirmed by the user, X/Y swap), the CAD layers of a drawing and the field mapping. The layers
 * and fields are sent together ("apply", or on to the preview), so one change is not lost to another.
 */
export function checkStep(w: Wizard, preview: ImportPreview): { element: HTMLElement; pending: () => ImportChoices | null } {
  const fileProblems = preview.problems.filter((p) => p.feature == null);
  const layers = preview.layers.length > 1 || preview.file.format === 'DXF' ? layerChoice(preview) : null;
  const fields = fieldMapping(preview);
  const pending = (): ImportChoices | null => {
    const choices: ImportChoices = {};
    const layerMap = layers?.choice();
    if (layerMap && Object.entries(layerMap).some(([name, on]) => (preview.layerMap[name] ?? true) !== on)) choices.layerMap = layerMap;
    const fieldMap = fields.choice();
    if (Object.entries(fieldMap).some(([name, source]) => (preview.fieldMap[name] ?? '') !== source)) choices.fieldMap = fieldMap;
    return Object.keys(choices).length ? choices : null;
  };
  const apply = h('button', { type: 'button', id: 'import-apply', onclick: () => {
    const choices = pending();
    if (choices) void run(w, choices);
    else w.say(t('imports.nothingChanged'), 'notice');
  } }, t('imports.apply'));
  const element = h('div', { class: 'import-step', id: 'import-check-step' },
    facts([
      [t('imports.file'), `${preview.file.name} (${preview.file.format}, ${fileSize(preview.file.sizeBytes)})`],
      [t('imports.encoding'), h('span', { id: 'import-encoding' }, encodingLabel(preview.encoding))],
      [t('imports.featuresRead'), formatNumber(preview.counts.features + preview.counts.skip)],
    ]),
    preview.notes?.length ? h('ul', { class: 'import-notes', id: 'import-notes' }, preview.notes.map((n) => h('li', {}, n))) : null,
    fileProblems.length ? h('ul', { class: 'import-file-problems', id: 'import-file-problems' },
      fileProblems.map((p) => h('li', { class: `severity-${p.severity}` }, p.message))) : null,
    crsChoice(w, preview),
    layers?.element,
    fields.element,
    h('div', { class: 'button-row' }, apply));
  return { element, pending };
}

function crsChoice(w: Wizard, preview: ImportPreview): HTMLElement {
  const offered = preview.crs.candidates?.length ? preview.crs.candidates : USUAL_SRIDS;
  let chosen = preview.crs.srid ?? offered[0].srid;
  const located = offered !== USUAL_SRIDS;
  const draw = () => { if (located) showCandidates(w.app.map, offered, chosen); };
  draw();
  // Unconfirmed: the map shows where the data would land under each candidate, all at once.
  if (located && !preview.crs.confirmed && offered.length > 1) {
    const lons = offered.map((c) => c.centre[0]), lats = offered.map((c) => c.centre[1]);
    w.app.map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], { padding: 80, maxZoom: 14, duration: 600 });
  }
  const swap = h('input', { type: 'checkbox', id: 'import-swap', checked: preview.crs.swapXy }) as HTMLInputElement;
  const confirm = h('button', { type: 'button', id: 'import-crs-confirm', class: preview.crs.confirmed ? '' : 'primary',
    onclick: () => void run(w, { srid: chosen, swapXy: swap.checked }) }, t(preview.crs.confirmed ? 'imports.crs.change' : 'imports.crs.confirm'));
  const source = preview.crs.source ? t(`imports.crs.source.${preview.crs.source}` as MessageKey) : '';
  const option = (c: CrsCandidate, i: number) => {
    const id = `import-srid-${c.srid}`;
    const where = located
      ? t(c.inProvince ? 'imports.crs.inProvince' : 'imports.crs.outsideProvince', { km: formatNumber(c.distanceToZonesKm, 1) })
      : '';
    return h('li', {},
      h('input', { type: 'radio', name: 'import-srid', id, value: String(c.srid), checked: c.srid === chosen,
        onchange: () => {
          chosen = c.srid;
          draw();
          if (located) w.app.map.flyTo({ center: c.centre, zoom: Math.max(w.app.map.getZoom(), 11) });
        } }),
      h('label', { for: id }, located ? `${i + 1}. ` : '', h('strong', {}, `EPSG:${c.srid}`), ` ${c.name}`,
        where ? h('span', { class: 'muted' }, ` · ${where}`) : null));
  };
  return h('fieldset', { class: 'import-crs', id: 'import-crs' },
    h('legend', {}, t('imports.crs')),
    h('p', { id: 'import-crs-state', class: preview.crs.confirmed ? 'notice' : 'error' },
      preview.crs.srid
        ? t(preview.crs.confirmed ? 'imports.crs.confirmed' : 'imports.crs.unconfirmed', { srid: preview.crs.srid, source })
        : t('imports.crs.none')),
    located ? h('p', { class: 'muted' }, t('imports.crs.mapHint')) : null,
    h('ul', { class: 'import-candidates' }, offered.map(option)),
    h('div', { class: 'layer-row' }, swap, h('label', { for: 'import-swap' }, t('imports.crs.swap'))),
    h('div', { class: 'button-row' }, confirm));
}

function layerChoice(preview: ImportPreview): { element: HTMLElement; choice: () => Record<string, boolean> } {
  const boxes = preview.layers.map((l) => h('input', {
    type: 'checkbox', id: `import-layer-${l.name}`, value: l.name, checked: preview.layerMap[l.name] ?? true,
  }) as HTMLInputElement);
  const element = h('fieldset', { class: 'import-layers', id: 'import-layers' },
    h('legend', {}, t('imports.layers')),
    h('p', { class: 'muted' }, t('imports.layersHint')),
    h('ul', { class: 'import-layer-list' }, preview.layers.map((l, i) => h('li', { class: 'layer-row' },
      boxes[i], h('label', { for: boxes[i].id }, h('strong', {}, l.name), ` · ${t('imports.layerFeatures', { count: formatNumber(l.features) })}`)))));
  return { element, choice: () => Object.fromEntries(boxes.map((b) => [b.value, b.checked])) };
}

function fieldMapping(preview: ImportPreview): { element: HTMLElement; choice: () => Record<string, string> } {
  const selects = preview.targetFields.map((f) => h('select', { id: `import-field-${f.name}`, name: f.name, 'aria-required': String(f.required) },
    h('option', { value: '' }, t('imports.fields.none')),
    preview.sourceFields.map((s) => h('option', { value: s, selected: preview.fieldMap[f.name] === s }, s))) as HTMLSelectElement);
  const missing = unmappedRequired(preview);
  const element = h('fieldset', { class: 'import-fields', id: 'import-fields' },
    h('legend', {}, t('imports.fields')),
    h('p', { class: 'muted' }, t('imports.fieldsHint')),
    missing.length ? h('p', { class: 'error', id: 'import-fields-missing' }, t('imports.fields.missing', { fields: missing.map((f) => f.label).join(', ') })) : null,
    h('div', { class: 'import-field-grid' }, preview.targetFields.map((f, i) => [
      h('label', { for: selects[i].id }, f.label, f.required ? h('abbr', { title: t('imports.fields.required'), class: 'required' }, ' *') : null),
      selects[i]])));
  return { element, choice: () => Object.fromEntries(selects.map((s) => [s.name, s.value])) };
}

/** Sends a choice; a refusal (e.g. an SRID not supported) is said in the wizard, the form stays as it was. */
export function run(w: Wizard, choices: ImportChoices): Promise<boolean> {
  w.say(null);
  return w.change(choices).then(() => true, (error) => { w.say(userMessage(error)); return false; });
}
