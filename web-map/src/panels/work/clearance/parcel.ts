import { graphql } from '../../../api/graphql';
import { ApiError, userMessage } from '../../../api/errors';
import { can } from '../../../api/session';
import { RECORD_CLEARANCE_STEP, type ClearanceParcel, type StepKind, type StepRecord } from '../../../api/work/clearance';
import { lang, t } from '../../../i18n';
import { formatDate } from '../../../format/date';
import { formatArea, formatNumber } from '../../../format/number';
import { facts, h, nextId } from '../../../ui/dom';
import { notify } from '../../../ui/toast';
import { documentInput } from '../../../format/files';
import { download } from '../../cards';
import { likelyNextStep, reachedOn, todayInVietnam } from './board';

export const stepName = (k: StepKind | undefined, stepNo: number): string =>
  k ? `${k.stepNo}. ${lang() === 'en' ? k.nameEn : k.nameVi}` : String(stepNo);

/**
 * Personal data reaches planners only; others get a field error, so the value is null. Say why it is
 * missing rather than show an empty field.
 */
function personal(value: string | null | undefined): string {
  if (value) return value;
  return can('ClearanceParcel.household') ? '—' : `— (${t('clearance.noAccess')})`;
}

function compensation(vnd: string | null): string {
  if (vnd == null) return personal(null);
  const n = Number(vnd);
  return Number.isFinite(n) ? `${formatNumber(n)} ₫` : `${vnd} ₫`;
}

/** One household (parcel): its facts, its step records and, for planners, the form for the next step. */
export function parcelView(projectCode: string, parcel: ClearanceParcel, kinds: StepKind[], onSaved: () => void): HTMLElement {
  const kind = (n: number) => kinds.find((k) => k.stepNo === n);
  const at = parcel.currentStep?.stepNo;
  return h('section', { id: 'clearance-parcel', class: 'clearance-parcel', dataset: { parcel: parcel.parcelCode }, 'aria-labelledby': 'clearance-parcel-title' },
    h('h3', { id: 'clearance-parcel-title', tabindex: -1 }, t('clearance.parcel', { code: parcel.parcelCode })),
    facts([
      [t('clearance.household'), h('span', { class: 'personal', dataset: { field: 'household' } }, personal(parcel.household?.name))],
      [t('clearance.idNumber'), h('span', { class: 'personal', dataset: { field: 'idNumber' } }, personal(parcel.household?.idNumber))],
      [t('clearance.address'), h('span', { class: 'personal', dataset: { field: 'address' } }, personal(parcel.household?.address))],
      [t('clearance.compensation'), h('span', { class: 'personal', dataset: { field: 'compensation' } }, compensation(parcel.compensationVnd))],
      [t('field.currentLandUse'), parcel.landUse ? `${parcel.landUse.code} – ${lang() === 'en' ? parcel.landUse.nameEn : parcel.landUse.nameVi}` : ''],
      [t('field.area'), formatArea(parcel.areaM2)],
      [t('clearance.currentStep'), at ? `${stepName(kind(at), at)} (${formatDate(reachedOn(parcel))})` : t('clearance.notStarted')],
      [t('clearance.handedOver'), parcel.handedOver ? t('clearance.yes') : t('clearance.no')],
    ]),
    recordsTable(parcel.steps, kind),
    can('Mutation.recordClearanceStep') ? stepForm(projectCode, parcel, kinds, onSaved) : null);
}

function recordsTable(steps: StepRecord[], kind: (n: number) => StepKind | undefined): HTMLElement {
  if (!steps.length) return h('p', { class: 'muted' }, t('clearance.noRecords'));
  // The papers column only for those who may read them (null for anyone but planners).
  const papers = steps.some((s) => Array.isArray(s.documents));
  const columns = [t('clearance.step'), t('clearance.date'), t('clearance.decisionNumber'), t('clearance.note'), t('clearance.recordedBy'), papers ? t('clearance.papers') : null];
  // A table wider than a phone scrolls in its own box, which the keyboard can reach too.
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('clearance.records') }, h('table', { class: 'clearance-records' },
    h('caption', {}, t('clearance.records')),
    h('thead', {}, h('tr', {}, columns.filter(Boolean).map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, steps.map((s) => h('tr', { dataset: { step: String(s.step.stepNo) } },
      h('td', {}, stepName(kind(s.step.stepNo), s.step.stepNo), s.parcelCode ? null : h('small', { class: 'muted' }, ` (${t('clearance.wholeProject')})`)),
      h('td', {}, formatDate(s.completedOn)),
      h('td', {}, s.decisionNumber ?? ''),
      h('td', {}, s.note ?? ''),
      h('td', {}, s.recordedBy ?? ''),
      papers ? h('td', { class: 'step-papers' }, (s.documents ?? []).map((d) => h('button', { type: 'button', class: 'link', onclick: () => void download(d) }, d.fileName))) : null)))));
}

/** Records the next step; a refusal (INVALID_TRANSITION names the missing step) stays next to the step, with what was typed. */
function stepForm(projectCode: string, parcel: ClearanceParcel, kinds: StepKind[], onSaved: () => void): HTMLElement {
  const ids = { step: nextId('cstep'), date: nextId('cdate'), decision: nextId('cdec'), note: nextId('cnote'), papers: nextId('cpapers') };
  const next = likelyNextStep(parcel, kinds);
  const stepMessage = h('p', { class: 'field-message', id: `${ids.step}-msg`, role: 'alert' });
  const dateMessage = h('p', { class: 'field-message', id: `${ids.date}-msg`, role: 'alert' });
  const formMessage = h('div', { 'aria-live': 'polite' });
  const step = h('select', { id: ids.step, name: 'stepNo', 'aria-describedby': stepMessage.id },
    [...kinds].sort((a, b) => a.stepNo - b.stepNo).map((k) => h('option', { value: String(k.stepNo), selected: k.stepNo === next }, stepName(k, k.stepNo) + (k.optional ? ` (${t('clearance.optional')})` : ''))));
  const date = h('input', { id: ids.date, name: 'completedOn', type: 'date', required: true, value: todayInVietnam(), max: todayInVietnam(), 'aria-describedby': dateMessage.id });
  const form = h('form', { class: 'stack', id: 'clearance-step-form', 'aria-label': t('clearance.recordStep') },
    h('h4', {}, t('clearance.recordStep')),
    h('label', { for: ids.step }, t('clearance.step')), step, stepMessage,
    h('label', { for: ids.date }, t('clearance.date')), date, dateMessage,
    h('label', { for: ids.decision }, t('clearance.decisionNumber')),
    h('input', { id: ids.decision, name: 'decisionNumber', type: 'text', placeholder: t('clearance.decisionPlaceholder') }),
    h('label', { for: ids.note }, t('clearance.note')),
    h('textarea', { id: ids.note, name: 'note', rows: 2 }),
    h('label', { for: ids.papers }, t('clearance.papers')),
    h('input', { id: ids.papers, name: 'papers', type: 'file', multiple: true, accept: '.pdf,.jpg,.jpeg,.png,.webp,.dwg,.dxf,.doc,.docx' }),
    h('button', { type: 'submit', class: 'primary', id: 'clearance-step-submit' }, t('clearance.save')),
    formMessage);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    stepMessage.textContent = '';
    dateMessage.textContent = '';
    formMessage.replaceChildren();
    const data = new FormData(form);
    const completedOn = String(data.get('completedOn') ?? '');
    if (!completedOn) return void (dateMessage.textContent = t('clearance.needDate'));
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    try {
      const documents = await Promise.all((data.getAll('papers') as File[]).filter((f) => f.size > 0).map(documentInput));
      await graphql<{ recordClearanceStep: StepRecord }>(RECORD_CLEARANCE_STEP, {
        input: { projectCode, parcelCode: parcel.parcelCode, stepNo: Number(data.get('stepNo')), completedOn, decisionNumber: text('decisionNumber'), note: text('note'), documents },
      });
      const saved = t('clearance.saved', { step: step.selectedOptions[0]?.textContent ?? '', code: parcel.parcelCode });
      notify(saved);
      onSaved();
    } catch (error) {
      // The order of steps and a date in the future are about the step and the date; anything else below the form.
      const where = error instanceof ApiError && error.details.field === 'completedOn' ? dateMessage
        : error instanceof ApiError && (error.code === 'INVALID_TRANSITION' || error.details.field === 'stepNo') ? stepMessage : null;
      if (where) where.textContent = userMessage(error);
      else formMessage.replaceChildren(h('p', { class: 'error', role: 'alert' }, userMessage(error)));
    }
  });
  return form;
}
