import type { App } from '../../../app';
import { graphql } from '../../../api/graphql';
import { ApiError, userMessage } from '../../../api/errors';
import { REQUEST_CONVERSION, type Conversion, type LandUseOption } from '../../../api/work/conversions';
import { lang, t } from '../../../i18n';
import { h, nextId } from '../../../ui/dom';
import { notify } from '../../../ui/toast';
import { setOverlay } from '../../../map/overlays';
import { boundaryInput } from '../../../edit/boundaryInput';
import { drawNeeds, LAND_KINDS, landKindName, showNeeds } from './needs';

export interface Options {
  landUses: LandUseOption[];
  zones: { code: string; name: string }[];
  projects: { code: string; name: string }[];
}

const useName = (u: LandUseOption) => `${u.code} – ${lang() === 'en' ? u.nameEn : u.nameVi}`;

/**
 * The request for converting rice or forest land: codes, the land kind for forest, the zone or clearance
 * project, and the area drawn on the map. As soon as the area is complete the API says what rice and
 * forest land lies under it and who must approve (conversionNeeds), before anything is submitted.
 */
export function requestForm(app: App, options: Options, onSaved: (c: Conversion) => void): { form: HTMLElement; stop: () => void } {
  const ids = { code: nextId('ccode'), name: nextId('cname'), from: nextId('cfrom'), to: nextId('cto'), kind: nextId('ckind'), zone: nextId('czone'), project: nextId('cproj') };
  const msg = (id: string) => h('p', { class: 'field-message', id: `${id}-msg`, role: 'alert' });
  const messages = { code: msg(ids.code), name: msg(ids.name), from: msg(ids.from), to: msg(ids.to), kind: msg(ids.kind), zone: msg(ids.zone), geometry: msg('cgeom') };
  const formMessage = h('div', { 'aria-live': 'polite' });
  const needsEl = h('div', { id: 'conversion-needs', 'aria-live': 'polite' });

  // From-codes: the land-use list's own rice/forest category (the API's data), not a copy of the codes.
  const fromCodes = options.landUses.filter((u) => u.category === 'RICE' || u.category === 'FOREST');
  const from = h('select', { id: ids.from, name: 'fromLandUseCode', required: true, 'aria-describedby': messages.from.id, onchange: () => showKind() },
    h('option', { value: '' }, t('conversions.choose')),
    ['RICE', 'FOREST'].map((c) => h('optgroup', { label: t(c === 'RICE' ? 'conversions.rice' : 'conversions.forest') },
      fromCodes.filter((u) => u.category === c).map((u) => h('option', { value: u.code }, useName(u))))));
  const to = h('select', { id: ids.to, name: 'toLandUseCode', required: true, 'aria-describedby': messages.to.id },
    h('option', { value: '' }, t('conversions.choose')),
    options.landUses.filter((u) => !u.category).map((u) => h('option', { value: u.code }, useName(u))));
  // Shown only for forest land (the rice kind follows from the code); `.stack` is display:flex, so hide it by style.
  const kindRow = h('div', { class: 'stack conversion-kind', style: 'display:none' },
    h('label', { for: ids.kind }, t('conversions.landKind')),
    h('select', { id: ids.kind, name: 'landKind', 'aria-describedby': messages.kind.id },
      h('option', { value: '' }, t('conversions.kindFromCode')),
      LAND_KINDS.filter((k) => k !== 'RICE').map((k) => h('option', { value: k }, landKindName(k)))),
    messages.kind);
  const isForest = () => fromCodes.find((u) => u.code === from.value)?.category === 'FOREST';
  const showKind = () => {
    kindRow.style.display = isForest() ? '' : 'none';
  };

  let needsRequest = 0;
  // The area is drawn or typed as a VN-2000 table (the shared boundary input); its needs are asked as soon as it is complete.
  const area = boundaryInput(app, {
    idPrefix: 'conversion',
    onChange: (value) => {
      messages.geometry.textContent = '';
      setOverlay(app.map, 'problem', null);
      const mine = ++needsRequest;
      if (!value) {
        drawNeeds(app.map, null);
        needsEl.replaceChildren();
        return;
      }
      void showNeeds(app.map, needsEl, value.geometry, value.srid, () => mine === needsRequest);
    },
  });

  const form = h('form', { class: 'stack', id: 'conversion-form', 'aria-label': t('conversions.request'), novalidate: true },
    h('h3', {}, t('conversions.request')),
    h('label', { for: ids.code }, t('field.code')),
    h('input', { id: ids.code, name: 'code', type: 'text', required: true, placeholder: 'CD-…', autocomplete: 'off', 'aria-describedby': messages.code.id }), messages.code,
    h('label', { for: ids.name }, t('field.name')),
    h('input', { id: ids.name, name: 'name', type: 'text', required: true, 'aria-describedby': messages.name.id }), messages.name,
    h('label', { for: ids.from }, t('field.from')), from, messages.from,
    kindRow,
    h('label', { for: ids.to }, t('field.to')), to, messages.to,
    h('label', { for: ids.zone }, t('field.zone')),
    h('select', { id: ids.zone, name: 'zoneCode', 'aria-describedby': messages.zone.id },
      h('option', { value: '' }, t('conversions.none')), options.zones.map((z) => h('option', { value: z.code }, `${z.code} – ${z.name}`))),
    messages.zone,
    h('label', { for: ids.project }, t('conversions.clearanceProject')),
    h('select', { id: ids.project, name: 'clearanceProjectCode' },
      h('option', { value: '' }, t('conversions.none')), options.projects.map((p) => h('option', { value: p.code }, `${p.code} – ${p.name}`))),
    h('p', { class: 'form-label' }, t('conversions.geometry')),
    area.element, messages.geometry,
    needsEl,
    h('button', { type: 'submit', class: 'primary', id: 'conversion-submit' }, t('conversions.submit')),
    formMessage);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    Object.values(messages).forEach((m) => { m.textContent = ''; });
    formMessage.replaceChildren();
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const input = {
      code: text('code'), name: text('name'), fromLandUseCode: text('fromLandUseCode'), toLandUseCode: text('toLandUseCode'),
      landKind: isForest() ? text('landKind') || null : null,
      zoneCode: text('zoneCode') || null, clearanceProjectCode: text('clearanceProjectCode') || null,
      ...(area.value() ?? { geometry: null, srid: 4326 }),
    };
    // The same required fields the API's input type has; the API checks the rest.
    const missing: [keyof typeof messages, boolean][] = [['code', !input.code], ['name', !input.name], ['from', !input.fromLandUseCode], ['to', !input.toLandUseCode], ['geometry', !input.geometry]];
    for (const [field, empty] of missing) if (empty) messages[field].textContent = t('conversions.required');
    if (missing.some(([, empty]) => empty)) return;
    try {
      const { requestConversion } = await graphql<{ requestConversion: Conversion }>(REQUEST_CONVERSION, { input });
      notify(t('conversions.requested', { code: requestConversion.code }));
      formMessage.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('conversions.requested', { code: requestConversion.code })));
      onSaved(requestConversion);
    } catch (error) {
      placeError(error);
    }
  });

  // The refusal goes next to the field it is about (the API's details name it); else below the form.
  function placeError(error: unknown) {
    const text = userMessage(error);
    const details = error instanceof ApiError ? error.details : {};
    const code = error instanceof ApiError ? error.code : 'UNKNOWN';
    if (code === 'INVALID_GEOMETRY' || code === 'OUT_OF_AREA') {
      messages.geometry.textContent = text;
      const at = error instanceof ApiError ? error.location : null;
      if (at) setOverlay(app.map, 'problem', { type: 'Point', coordinates: at });
    } else if ('fromLandUseCode' in details) messages.from.textContent = text;
    else if ('landKind' in details) messages.kind.textContent = text;
    else if ('code' in details && details.code === input().to) messages.to.textContent = text;
    else if ('code' in details) messages.from.textContent = text;
    // A code already taken: the unique constraint on the conversion's code.
    else if (code === 'CONFLICT' || details.field === 'code' || /code/.test(String(details.constraint ?? ''))) messages.code.textContent = text;
    else formMessage.replaceChildren(h('p', { class: 'error', role: 'alert' }, text));
  }
  const input = () => ({ to: to.value });

  return { form, stop: () => { area.stop(); drawNeeds(app.map, null); setOverlay(app.map, 'problem', null); } };
}
