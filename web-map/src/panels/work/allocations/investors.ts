import { graphql } from '../../../api/graphql';
import { userMessage } from '../../../api/errors';
import { can } from '../../../api/session';
import { INVESTORS, SAVE_INVESTOR, type InvestorRecord } from '../../../api/work/allocations';
import { t } from '../../../i18n';
import { facts, h, replace } from '../../../ui/dom';
import { clearMessages, field, fieldError, showRefusal, textInput, type Field } from '../users/fields';

// The shapes saveInvestor accepts (its BAD_USER_INPUT rules), checked before sending.
const COUNTRY = /^[A-Z]{2}$/;
const TAX_CODE = /^\d{10}(-\d{3})?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?(?:[\d .()-]*\d){8,15}[\d .()-]*$/;

/** The investor register: every investor with its contacts; planners add one or correct it. */
export function investorsView(el: HTMLElement, onChange: () => void): void {
  const editor = h('div', { id: 'investor-editor' });
  const result = h('div', { id: 'investor-result', 'aria-live': 'polite' });
  const list = h('ul', { id: 'investor-list', class: 'results' });
  const mayEdit = can('Mutation.saveInvestor');

  const open = (investor: InvestorRecord | null) => {
    result.replaceChildren();
    editor.replaceChildren(investorForm(investor, {
      saved: (saved, created) => {
        editor.replaceChildren();
        result.replaceChildren(h('p', { class: 'notice', role: 'status' }, t(created ? 'allocations.investorCreated' : 'allocations.investorSaved', { code: saved.code, name: saved.name })));
        onChange();
        void load();
      },
      cancel: () => editor.replaceChildren(),
    }));
    editor.querySelector<HTMLElement>(investor ? '#investor-name' : '#investor-code')?.focus();
  };

  async function load(): Promise<void> {
    list.replaceChildren(h('li', { class: 'loading-inline' }, t('loading')));
    try {
      const { investors } = await graphql<{ investors: InvestorRecord[] }>(INVESTORS);
      list.replaceChildren(...investors.map((i) => h('li', { dataset: { investor: i.code } },
        h('div', { class: 'investor-row' },
          h('strong', {}, i.code), ' ', h('span', {}, i.name), i.illustrative ? h('span', { class: 'muted' }, ` (${t('allocations.illustrative')})`) : null,
          facts([
            [t('allocations.country'), i.country],
            [t('allocations.taxCode'), i.taxCode ?? ''],
            [t('allocations.representative'), i.representative ?? ''],
            [t('allocations.contactEmail'), i.contactEmail ?? ''],
            [t('allocations.contactPhone'), i.contactPhone ?? ''],
          ]),
          mayEdit ? h('button', { type: 'button', dataset: { action: 'edit-investor' }, onclick: () => open(i) }, t('allocations.editInvestor', { code: i.code })) : null))));
    } catch (error) {
      list.replaceChildren(h('li', { class: 'error', role: 'alert' }, userMessage(error)));
    }
  }

  replace(el,
    h('h3', {}, t('allocations.investors')),
    mayEdit ? h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'primary', id: 'investor-new', onclick: () => open(null) }, t('allocations.newInvestor'))) : null,
    editor, result, list);
  void load();
}

interface InvestorFormContext { saved: (investor: InvestorRecord, created: boolean) => void; cancel: () => void }

function investorForm(investor: InvestorRecord | null, ctx: InvestorFormContext): HTMLElement {
  const input = (id: string, value: string | null | undefined, attrs: Record<string, unknown> = {}) => textInput({ id, value: value ?? '', ...attrs });
  const f = {
    code: field('code', t('allocations.investorCode'), input('investor-code', investor?.code, { required: true, readOnly: !!investor, autocapitalize: 'characters' })),
    name: field('name', t('allocations.investorName'), input('investor-name', investor?.name, { required: true })),
    country: field('country', t('allocations.country'), input('investor-country', investor?.country ?? 'VN', { maxLength: 2, autocapitalize: 'characters' }), t('allocations.countryHint')),
    taxCode: field('taxCode', t('allocations.taxCode'), input('investor-tax-code', investor?.taxCode, { inputMode: 'numeric' }), t('allocations.taxCodeHint')),
    representative: field('representative', t('allocations.representative'), input('investor-representative', investor?.representative)),
    contactEmail: field('contactEmail', t('allocations.contactEmail'), input('investor-email', investor?.contactEmail, { type: 'email', autocomplete: 'email' })),
    contactPhone: field('contactPhone', t('allocations.contactPhone'), input('investor-phone', investor?.contactPhone, { type: 'tel', autocomplete: 'tel' })),
  };
  const fields: Field<HTMLElement>[] = Object.values(f);
  const message = h('div', { class: 'form-message', 'aria-live': 'assertive' });
  const title = investor ? t('allocations.editInvestor', { code: investor.code }) : t('allocations.newInvestor');
  const form = h('form', { class: 'stack work-form', id: 'investor-form', 'aria-label': title, novalidate: true },
    h('h4', {}, title), fields.map((x) => x.element),
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', class: 'primary', id: 'investor-save' }, t('allocations.saveInvestor')),
      h('button', { type: 'button', onclick: ctx.cancel }, t('allocations.close'))),
    message);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearMessages(fields, message);
    const value = (x: Field) => x.control.value.trim();
    const variables = {
      code: value(f.code), name: value(f.name), country: value(f.country).toUpperCase() || 'VN',
      taxCode: value(f.taxCode) || null, representative: value(f.representative) || null,
      contactEmail: value(f.contactEmail) || null, contactPhone: value(f.contactPhone) || null,
    };
    if (!variables.code) return void fieldError(f.code, t('allocations.needInvestorCode'));
    if (!variables.name) return void fieldError(f.name, t('allocations.needInvestorName'));
    if (!COUNTRY.test(variables.country)) return void fieldError(f.country, t('allocations.countryHint'));
    if (variables.taxCode && !TAX_CODE.test(variables.taxCode)) return void fieldError(f.taxCode, t('allocations.taxCodeHint'));
    if (variables.contactEmail && !EMAIL.test(variables.contactEmail)) return void fieldError(f.contactEmail, t('allocations.badEmail'));
    if (variables.contactPhone && !PHONE.test(variables.contactPhone)) return void fieldError(f.contactPhone, t('allocations.badPhone'));
    try {
      const { saveInvestor } = await graphql<{ saveInvestor: InvestorRecord }>(SAVE_INVESTOR, { input: variables });
      ctx.saved(saveInvestor, !investor);
    } catch (error) {
      showRefusal(error, fields, message);
    }
  });
  return form;
}
