import type { App } from '../../../app';
import { graphql } from '../../../api/graphql';
import { ApiError, userMessage } from '../../../api/errors';
import {
  CREATE_DOSSIER, UPDATE_DOSSIER, DOSSIER_CODES, DOSSIER_KINDS, DOSSIER_STATUSES, type DossierFull, type Page,
} from '../../../api/work/dossiers';
import { t, tEnum, type MessageKey } from '../../../i18n';
import { h, nextId } from '../../../ui/dom';
import { setOverlay } from '../../../map/overlays';
import { boundaryField, type BoundaryField } from './draw';

/** The fields of the form, named as the API's input (so a refusal's details.field finds its field). */
const FIELDS = ['code', 'name', 'kind', 'scale', 'status', 'decisionNumber', 'decisionDate', 'approvingBody', 'adjustsCode', 'summary', 'legalBasis'] as const;
type Field = typeof FIELDS[number];
export type FormValues = Record<Field, string>;

export function valuesOf(d: DossierFull | null): FormValues {
  return {
    code: d?.code ?? '', name: d?.name ?? '', kind: d?.kind ?? 'DETAILED_PLAN', scale: d?.scale ?? '', status: d?.status ?? 'IN_PREPARATION',
    decisionNumber: d?.decision?.number ?? '', decisionDate: d?.decision?.date ?? '', approvingBody: d?.decision?.approvingBody ?? '',
    adjustsCode: d?.adjusts?.code ?? '', summary: d?.summary ?? '', legalBasis: '',
  };
}

/** The blank value the API clears with (UpdateDossierInput: null clears scale, decision fields, adjustsCode, summary). */
const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The attributes both mutations take, as the form holds them. */
function attributes(v: FormValues) {
  return {
    name: v.name.trim(), kind: v.kind, status: v.status, scale: orNull(v.scale),
    decisionNumber: orNull(v.decisionNumber), decisionDate: orNull(v.decisionDate), approvingBody: orNull(v.approvingBody),
    adjustsCode: orNull(v.adjustsCode), summary: orNull(v.summary),
  };
}

/** createDossier's input from the form. */
export function createInput(v: FormValues, boundary: { geometry: GeoJSON.Geometry; srid: number }) {
  return { code: v.code.trim(), ...attributes(v), geometry: boundary.geometry, srid: boundary.srid };
}

/** updateDossier's input: every attribute as the form holds it; the boundary only when it was redrawn. */
export function updateInput(v: FormValues, expectedVersion: number, boundary: { geometry: GeoJSON.Geometry; srid: number } | null) {
  return { code: v.code.trim(), expectedVersion, legalBasis: v.legalBasis.trim(), ...attributes(v), ...(boundary ?? {}) };
}

/** Where a refusal goes: the field the API names, or the boundary for geometry errors, else the form's foot. */
export function fieldOf(error: unknown): Field | 'geometry' | null {
  if (!(error instanceof ApiError)) return null;
  const field = error.details.field;
  if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) return field as Field;
  if (field === 'geometry' || ['INVALID_GEOMETRY', 'OUT_OF_AREA', 'TOPOLOGY'].includes(error.code)) return 'geometry';
  return null;
}

let codesCache: { code: string; name: string }[] | null = null;
/** Every dossier for the "adjusts" picker (198 in the sample: one request of the API's largest page). */
async function dossierCodes(): Promise<{ code: string; name: string }[]> {
  if (codesCache) return codesCache;
  const all: { code: string; name: string }[] = [];
  let after: string | null = null;
  do {
    const { dossiers }: { dossiers: Page<{ code: string; name: string }> } = await graphql(DOSSIER_CODES, { after });
    all.push(...dossiers.nodes);
    after = dossiers.pageInfo.hasNextPage ? dossiers.pageInfo.endCursor : null;
  } while (after);
  codesCache = all.sort((a, b) => a.code.localeCompare(b.code));
  return codesCache;
}
export function forgetDossierCodes(): void {
  codesCache = null;
}

interface FormOptions {
  /** null: a new dossier. */
  dossier: DossierFull | null;
  saved: (d: DossierFull) => void;
  cancel: () => void;
}

/**
 * Create or edit a dossier. The API judges (decision number by status, the adjusted dossier of a local
 * adjustment, no cycles, the scale's form, the boundary); its Vietnamese refusal is shown next to
 * the field it names, and the form keeps what was typed.
 */
export function dossierForm(app: App, { dossier, saved, cancel }: FormOptions): { element: HTMLElement; destroy: () => void } {
  // What the user typed: a refused save leaves it as it is.
  const v: FormValues = valuesOf(dossier);
  const ids = Object.fromEntries(FIELDS.map((f) => [f, nextId(`dossier-${f}`)])) as Record<Field, string>;
  const messages = Object.fromEntries(FIELDS.map((f) => [f, h('p', { class: 'field-message', id: `${ids[f]}-msg`, role: 'alert', dataset: { field: f } })])) as unknown as Record<Field, HTMLElement>;
  const footMessage = h('div', { id: 'dossier-form-message', 'aria-live': 'assertive' });
  const boundaryMsgId = nextId('dossier-geometry-msg');
  const boundary: BoundaryField = boundaryField(app, dossier?.geometry ?? null, boundaryMsgId);
  const boundaryMessage = () => boundary.element.querySelector<HTMLElement>(`#${boundaryMsgId}`)!;

  const listId = nextId('dossier-codes');
  const codes = h('datalist', { id: listId });
  void dossierCodes().then((all) => codes.replaceChildren(...all.filter((d) => d.code !== dossier?.code)
    .map((d) => h('option', { value: d.code }, `${d.code} – ${d.name}`))), () => { /* the field still takes a typed code */ });

  const input = (f: Field, attrs: Record<string, unknown> = {}) => {
    const el = h('input', { id: ids[f], name: f, value: v[f], autocomplete: 'off', 'aria-describedby': `${ids[f]}-msg`, ...attrs }) as HTMLInputElement;
    el.addEventListener('input', () => { v[f] = el.value; });
    return el;
  };
  const select = (f: Field, values: readonly string[], group: string) => {
    const el = h('select', { id: ids[f], name: f, 'aria-describedby': `${ids[f]}-msg` },
      values.map((x) => h('option', { value: x, selected: v[f] === x }, tEnum(group, x)))) as HTMLSelectElement;
    el.addEventListener('change', () => { v[f] = el.value; showAdjustsHint(); });
    return el;
  };
  const row = (f: Field, label: MessageKey, control: HTMLElement, hint?: HTMLElement) =>
    h('div', { class: `field field-${f}` }, h('label', { for: ids[f] }, t(label)), control, hint ?? null, messages[f]);

  const adjustsInput = input('adjustsCode', { list: listId, placeholder: t('dossiers.adjustsPlaceholder'), 'aria-describedby': `${ids.adjustsCode}-hint ${ids.adjustsCode}-msg` });
  // A local adjustment must name what it adjusts: said before saving, the API says it again if need be.
  const adjustsHint = h('small', { class: 'muted', id: `${ids.adjustsCode}-hint` });
  const showAdjustsHint = () => {
    const required = v.kind === 'LOCAL_ADJUSTMENT';
    adjustsHint.textContent = required ? t('dossiers.adjustsRequired') : t('dossiers.adjustsOptional');
    adjustsInput.setAttribute('aria-required', String(required));
  };

  const editing = !!dossier;
  const form = h('form', { class: 'stack dossier-form', id: 'dossier-form', 'aria-label': editing ? t('dossiers.editTitle', { code: dossier.code }) : t('dossiers.newTitle'), novalidate: true },
    h('h3', {}, editing ? t('dossiers.editTitle', { code: dossier.code }) : t('dossiers.newTitle')),
    row('code', 'field.code', input('code', { required: true, readOnly: editing, placeholder: 'QHCT-…' })),
    row('name', 'field.name', input('name', { required: true })),
    h('div', { class: 'field-pair' },
      row('kind', 'field.kind', select('kind', DOSSIER_KINDS, 'kind')),
      row('scale', 'field.scale', input('scale', { placeholder: '1/500' }))),
    row('status', 'field.status', select('status', DOSSIER_STATUSES, 'dossierStatus')),
    h('fieldset', { class: 'stack' }, h('legend', {}, t('field.decision')),
      h('div', { class: 'field-pair' },
        row('decisionNumber', 'dossiers.decisionNumber', input('decisionNumber', { placeholder: '123/QĐ-BQLKKT' })),
        row('decisionDate', 'dossiers.decisionDate', input('decisionDate', { type: 'date' }))),
      row('approvingBody', 'dossiers.approvingBody', input('approvingBody', { placeholder: t('dossiers.approvingBodyPlaceholder') }))),
    row('adjustsCode', 'details.adjusts', adjustsInput, adjustsHint),
    codes,
    row('summary', 'dossiers.summary', (() => {
      const el = h('textarea', { id: ids.summary, name: 'summary', rows: 2, 'aria-describedby': `${ids.summary}-msg` }, v.summary) as HTMLTextAreaElement;
      el.addEventListener('input', () => { v.summary = el.value; });
      return el;
    })()),
    boundary.element,
    editing ? row('legalBasis', 'edit.legalBasis', input('legalBasis', { required: true, placeholder: t('edit.legalBasisPlaceholder') })) : null,
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', class: 'primary', id: 'dossier-save' }, t('save')),
      h('button', { type: 'button', id: 'dossier-cancel', onclick: () => { boundary.destroy(); cancel(); } }, t('cancel'))),
    footMessage);
  showAdjustsHint();

  const clearMessages = () => {
    Object.values(messages).forEach((m) => { m.textContent = ''; });
    boundaryMessage().textContent = '';
    footMessage.replaceChildren();
    setOverlay(app.map, 'problem', null);
  };
  const refuse = (field: Field | 'geometry' | null, text: string) => {
    const target = field === 'geometry' ? boundaryMessage() : field ? messages[field] : null;
    if (target) {
      target.textContent = text;
      (field === 'geometry' ? boundary.element.querySelector('button') : form.querySelector<HTMLElement>(`#${ids[field as Field]}`))?.focus();
    } else footMessage.replaceChildren(h('p', { class: 'error', role: 'alert' }, text));
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearMessages();
    // Only what cannot be sent at all is checked here; the planning rules are the API's.
    if (!v.code.trim()) return refuse('code', t('dossiers.needCode'));
    if (!v.name.trim()) return refuse('name', t('dossiers.needName'));
    const shape = boundary.value();
    if (shape.state === 'missing') return refuse('geometry', t('dossiers.needBoundary'));
    if (editing && !v.legalBasis.trim()) return refuse('legalBasis', t('edit.needLegalBasis'));
    const drawn = shape.state === 'ready' ? { geometry: shape.geometry, srid: shape.srid } : null;
    try {
      const result = editing
        ? (await graphql<{ updateDossier: DossierFull }>(UPDATE_DOSSIER, { input: updateInput(v, dossier.version, drawn) })).updateDossier
        : (await graphql<{ createDossier: DossierFull }>(CREATE_DOSSIER, { input: createInput(v, drawn!) })).createDossier;
      boundary.destroy();
      forgetDossierCodes();
      saved(result);
    } catch (error) {
      const text = error instanceof ApiError && error.code === 'CONFLICT' ? `${userMessage(error)} ${t('dossiers.conflictHint')}` : userMessage(error);
      refuse(fieldOf(error), text);
      if (error instanceof ApiError && error.location) setOverlay(app.map, 'problem', { type: 'Point', coordinates: error.location });
    }
  });
  return { element: form, destroy: () => boundary.destroy() };
}
