import type { App } from '../../../app';
import { ApiError, userMessage } from '../../../api/errors';
import { graphql } from '../../../api/graphql';
import { PLOT_FORM_OPTIONS, type PlotFormOptions, type PlotLandUse } from '../../../api/work/plots';
import { lang, t, type MessageKey } from '../../../i18n';
import { safeColour } from '../../../layers/colours';
import { setOverlay } from '../../../map/overlays';
import { h, nextId } from '../../../ui/dom';

/** What every form of the area gets: the map, the options, and the way back to the list. */
export interface PlotsContext {
  app: App;
  options: PlotFormOptions;
  /** Back to the list of the zone, reloaded, with what was saved (read out). */
  back(zoneCode?: string | null, saved?: string): void;
}

export async function loadOptions(): Promise<PlotFormOptions> {
  const d = await graphql<{ zones: { nodes: PlotFormOptions['zones'] }; landUseCodes: PlotLandUse[] }>(PLOT_FORM_OPTIONS);
  return { zones: d.zones.nodes, landUses: d.landUseCodes };
}

/**
 * The fields of one form, each with its `.field-message` under it, so that a refusal of the API is
 * shown next to the field it is about (and read out: aria-live).
 */
export class Fields {
  private readonly messages = new Map<string, HTMLElement>();
  readonly formMessage = h('div', { class: 'form-message', 'aria-live': 'assertive' });

  constructor(readonly prefix: string) {}

  id(name: string): string {
    return `${this.prefix}-${name}`;
  }

  /** A label, the control and its message; the control gets the id and aria-describedby. */
  row(name: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
    control.id ||= this.id(name);
    const message = this.message(name);
    const hintEl = hint ? h('small', { id: `${control.id}-hint`, class: 'muted' }, hint) : null;
    control.setAttribute('aria-describedby', [hintEl?.id, message.id].filter(Boolean).join(' '));
    return h('div', { class: 'plots-field' }, h('label', { for: control.id }, label), control, hintEl, message);
  }

  message(name: string): HTMLElement {
    let el = this.messages.get(name);
    if (!el) {
      el = h('p', { class: 'field-message', id: `${this.id(name)}-msg`, 'aria-live': 'polite', dataset: { field: name } });
      this.messages.set(name, el);
    }
    return el;
  }

  clear(): void {
    this.messages.forEach((m) => { m.textContent = ''; });
    this.formMessage.replaceChildren();
  }

  /** Shows a problem next to its field (or the form's message when there is no such field) and focuses the field. */
  show(name: string | null, text: string): void {
    const el = name ? this.messages.get(name) : null;
    if (el) {
      el.textContent = text;
      (document.getElementById(this.id(name!)) ?? el).scrollIntoView?.({ block: 'nearest' });
    } else {
      this.formMessage.replaceChildren(h('p', { class: 'error', role: 'alert' }, text));
    }
  }

  saved(text: string): void {
    this.formMessage.replaceChildren(h('p', { class: 'notice', role: 'status' }, text));
  }
}

const GEOMETRY_CODES = ['INVALID_GEOMETRY', 'OUT_OF_AREA', 'TOPOLOGY'];

/**
 * Where the API's refusal belongs: a boundary problem by the boundary (and its place marked on the
 * map), a duplicate or unknown code by the field that holds it, a stale version at the form.
 */
export function showRefusal(app: App, fields: Fields, error: unknown, values: Record<string, string | null | undefined>,
  where: { geometry?: string; code?: string } = {}): void {
  const geometryField = where.geometry ?? 'geometry';
  const text = userMessage(error);
  if (!(error instanceof ApiError)) return fields.show(null, text);
  let field: string | null = null;
  if (GEOMETRY_CODES.includes(error.code)) field = geometryField;
  else if (error.code === 'BAD_USER_INPUT' && typeof error.details.field === 'string') field = error.details.field;
  else if (error.code === 'BAD_USER_INPUT' && String(error.details.constraint ?? '').endsWith('_code_key')) field = where.code ?? 'code';
  else if (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT') {
    const code = String(error.details.code ?? '').toUpperCase();
    field = Object.entries(values).find(([, v]) => v && v.toUpperCase() === code)?.[0] ?? null;
  }
  const location = error.location;
  setOverlay(app.map, 'problem', location ? { type: 'Point', coordinates: location } : null);
  if (location) app.map.easeTo({ center: location, zoom: Math.max(app.map.getZoom(), 17) });
  fields.show(field, text);
}

/** A required text for the decision a change is based on (every mutation here asks for one). */
export function legalBasisInput(initial = ''): HTMLInputElement {
  return h('input', { name: 'legalBasis', required: true, autocomplete: 'off', value: initial, placeholder: t('edit.legalBasisPlaceholder') }) as HTMLInputElement;
}

export function textInput(name: string, value = '', attrs: Record<string, unknown> = {}): HTMLInputElement {
  return h('input', { name, autocomplete: 'off', value, ...attrs }) as HTMLInputElement;
}

const landUseName = (l: PlotLandUse) => (lang() === 'en' ? l.nameEn : l.nameVi);

/**
 * The land-use codes as a radio list, each with its planning-map colour: Circular 08/2024's list
 * first, codes of older lists (kept for old plans) after it.
 */
export function landUsePicker(name: string, landUses: PlotLandUse[], selected: string | null, opts: { keepOption?: string } = {}):
  { element: HTMLElement; value(): string | null } {
  const current = landUses.filter((l) => l.instrument?.includes('08/2024'));
  const older = landUses.filter((l) => !l.instrument?.includes('08/2024'));
  const radio = (l: PlotLandUse) => h('label', { class: 'land-use-option' },
    h('input', { type: 'radio', name, value: l.code, checked: l.code === selected }),
    h('span', { class: 'swatch', style: `--swatch: ${safeColour(l.colour)}`, 'aria-hidden': 'true' }),
    h('strong', {}, l.code), ' ', landUseName(l));
  const element = h('fieldset', { class: 'land-use-picker', id: nextId(name) },
    h('legend', {}, t('plots.landUseLegend')),
    opts.keepOption ? h('label', { class: 'land-use-option' }, h('input', { type: 'radio', name, value: '', checked: !selected }), opts.keepOption) : null,
    h('div', { class: 'land-use-list', role: 'group', 'aria-label': t('plots.currentList') },
      h('p', { class: 'muted' }, t('plots.currentList')), current.map(radio),
      older.length ? [h('p', { class: 'muted' }, t('plots.olderLists')), older.map(radio)] : null));
  return {
    element,
    value: () => (element.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value || null),
  };
}

/** Indicators of a lot as the API's PlotIndicatorsInput carries them, with the database's ranges. */
type IndicatorValues = {
  maxBuildingDensity: number | null; maxFloors: number | null; far: number | null; minSetbackM?: number | null; maxHeightM?: number | null;
};

export function indicatorInputs(fields: Fields, initial: IndicatorValues | null) {
  const num = (name: string, v: number | null | undefined, attrs: Record<string, unknown>) =>
    h('input', { name, type: 'text', autocomplete: 'off', value: v == null ? '' : lang() === 'vi' ? String(v).replace('.', ',') : String(v), ...attrs }) as HTMLInputElement;
  // Text, not type=number: Vietnamese users write a decimal comma (2,5), which a number input refuses.
  const density = num('maxBuildingDensity', initial?.maxBuildingDensity, { inputmode: 'decimal' });
  const floors = num('maxFloors', initial?.maxFloors, { inputmode: 'numeric' });
  const far = num('far', initial?.far, { inputmode: 'decimal' });
  const setback = num('minSetbackM', initial?.minSetbackM, { inputmode: 'decimal' });
  const height = num('maxHeightM', initial?.maxHeightM, { inputmode: 'decimal' });
  const element = h('fieldset', { class: 'plots-indicators' }, h('legend', {}, t('plots.indicators')),
    fields.row('maxBuildingDensity', `${t('field.density')} (%)`, density),
    fields.row('maxFloors', t('field.floors'), floors),
    fields.row('far', `${t('field.far')} (${t('plots.farUnit')})`, far),
    fields.row('minSetbackM', `${t('field.setback')} (m)`, setback),
    fields.row('maxHeightM', `${t('field.height')} (m)`, height));
  /** The values, or the first one out of range (the form shows it by its field). */
  const read = (): { value: IndicatorValues } | { field: string; key: MessageKey } => {
    const value = (input: HTMLInputElement) => (input.value.trim() === '' ? null : Number(input.value.trim().replace(',', '.')));
    const d = value(density), f = value(floors), r = value(far), s = value(setback), ht = value(height);
    if (d !== null && !(d >= 0 && d <= 100)) return { field: 'maxBuildingDensity', key: 'plots.densityRange' };
    if (f !== null && !(Number.isInteger(f) && f >= 0 && f <= 200)) return { field: 'maxFloors', key: 'plots.floorsRange' };
    if (r !== null && !(r >= 0 && r < 1000)) return { field: 'far', key: 'plots.farRange' };
    if (s !== null && !(s >= 0 && s < 10_000)) return { field: 'minSetbackM', key: 'plots.setbackRange' };
    if (ht !== null && !(ht > 0 && ht < 10_000)) return { field: 'maxHeightM', key: 'plots.heightRange' };
    return { value: { maxBuildingDensity: d, maxFloors: f, far: r, minSetbackM: s, maxHeightM: ht } };
  };
  return { element, read };
}
