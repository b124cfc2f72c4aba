import type { App } from '../../../app';
import { graphql } from '../../../api/graphql';
import { ApiError, userMessage } from '../../../api/errors';
import { can } from '../../../api/session';
import { CONVERSIONS, DECIDE_CONVERSION, type Conversion } from '../../../api/work/conversions';
import { lang, t, tEnum } from '../../../i18n';
import { formatDate } from '../../../format/date';
import { h, nextId } from '../../../ui/dom';
import { notify } from '../../../ui/toast';
import { CONVERSION_STATUS_COLOURS } from '../../../layers/colours';
import { fitTo, setOverlay } from '../../../map/overlays';
import { badge } from '../../cards';
import { authorityName, formatHa, ruleText } from './needs';
import { todayInVietnam } from '../clearance/board';

const STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'COMPLETED'];
const AUTHORITIES = ['NATIONAL_ASSEMBLY', 'PRIME_MINISTER', 'PROVINCIAL_COUNCIL'];
// The moves the API allows (decideConversion): REQUESTED → APPROVED or REJECTED, APPROVED → COMPLETED.
const NEXT: Record<string, string[]> = { REQUESTED: ['APPROVED', 'REJECTED'], APPROVED: ['COMPLETED'] };

/** The conversions by status, required authority and kind of land; a row fits the map to it; planners decide. */
export function conversionList(app: App): { el: HTMLElement; reload: () => Promise<void> } {
  const filter = { status: '', authority: '', category: '' };
  const list = h('ul', { id: 'conversion-list', class: 'results', 'aria-live': 'polite' });
  const count = h('p', { class: 'muted', id: 'conversion-count' });
  const ids = { status: nextId('cvs'), authority: nextId('cva'), category: nextId('cvc') };
  const select = (id: string, name: keyof typeof filter, any: string, values: [string, string][]) => {
    const el = h('select', { id, name, onchange: () => { filter[name] = el.value; void reload(); } },
      h('option', { value: '' }, any), values.map(([v, label]) => h('option', { value: v }, label)));
    return el;
  };
  const filters = h('div', { class: 'conversion-filter', id: 'conversion-filter' },
    h('label', { for: ids.status }, t('field.status')),
    select(ids.status, 'status', t('conversions.anyStatus'), STATUSES.map((s) => [s, tEnum('conversionStatus', s)])),
    h('label', { for: ids.authority }, t('conversions.authority')),
    select(ids.authority, 'authority', t('conversions.anyAuthority'), [...AUTHORITIES.map((a): [string, string] => [a, tEnum('authority', a)]), ['NONE', t('conversions.noRule')]]),
    h('label', { for: ids.category }, t('conversions.category')),
    select(ids.category, 'category', t('conversions.anyCategory'), [['RICE', t('conversions.rice')], ['FOREST', t('conversions.forest')]]));
  const el = h('section', { 'aria-labelledby': 'conversion-list-title' }, h('h3', { id: 'conversion-list-title' }, t('conversions.list')), filters, count, list);

  let request = 0; // a late answer to an earlier filter must not overwrite a newer one
  async function reload(): Promise<void> {
    const mine = ++request;
    list.replaceChildren(h('li', { class: 'loading-inline' }, t('loading')));
    try {
      const { conversions } = await graphql<{ conversions: { nodes: Conversion[] } }>(CONVERSIONS, {
        filter: { ...(filter.status ? { status: [filter.status] } : {}), ...(filter.category ? { fromCategory: filter.category } : {}) },
      });
      if (mine !== request) return;
      // The API filters by status and category; the required authority is filtered here, from the API's own field.
      const shown = conversions.nodes
        .filter((c) => !filter.authority || (filter.authority === 'NONE' ? !c.requiredAuthority : c.requiredAuthority === filter.authority))
        .sort((a, b) => b.requestedOn.localeCompare(a.requestedOn) || a.code.localeCompare(b.code));
      count.textContent = t('conversions.count', { count: shown.length });
      list.replaceChildren(...(shown.length ? shown.map((c) => row(c)) : [h('li', {}, t('conversions.noneListed'))]));
    } catch (error) {
      if (mine === request) list.replaceChildren(h('li', { class: 'error', role: 'alert' }, userMessage(error)));
    }
  }

  function row(c: Conversion): HTMLElement {
    const name = (u: { code: string; nameVi: string; nameEn: string }) => `${u.code} (${lang() === 'en' ? u.nameEn : u.nameVi})`;
    return h('li', { dataset: { conversion: c.code, status: c.status } },
      h('button', { type: 'button', class: 'result', onclick: () => show(c) },
        h('strong', {}, c.code), ' ', badge(CONVERSION_STATUS_COLOURS[c.status] ?? '#757575', tEnum('conversionStatus', c.status)),
        h('span', {}, c.name),
        h('span', { class: 'muted' }, `${name(c.from)} → ${name(c.to)} · ${formatHa(c.areaHa)} · ${t('conversions.requestedOn', { on: formatDate(c.requestedOn) })}`),
        h('span', { class: 'muted', dataset: { authority: c.requiredAuthority ?? '' } }, `${t('conversions.authority')}: ${authorityName(c.requiredAuthority)}${c.approvalRule ? ` – ${ruleText(c.approvalRule)}` : ''}`),
        c.decision ? h('span', { class: 'muted' }, `${t('field.decision')}: ${c.decision.number}${c.decision.date ? ` (${formatDate(c.decision.date)})` : ''}`) : null),
      can('Mutation.decideConversion') ? decideControls(c, () => void reload()) : null);
  }

  function show(c: Conversion) {
    if (!c.geometry) return;
    setOverlay(app.map, 'highlight', c.geometry);
    fitTo(app.map, c.geometry, 17);
  }

  return { el, reload };
}

/** Approve, reject or complete with the decision's number and date; a refusal stays next to the buttons, with what was typed. */
function decideControls(c: Conversion, reload: () => void): HTMLElement | null {
  const next = NEXT[c.status];
  if (!next) return null;
  const ids = { number: nextId('cdn'), date: nextId('cdd') };
  const number = h('input', { id: ids.number, type: 'text', name: 'decisionNumber', placeholder: t('conversions.decisionPlaceholder') });
  const date = h('input', { id: ids.date, type: 'date', name: 'decisionDate', value: todayInVietnam() });
  const message = h('p', { class: 'field-message', role: 'alert' });
  const decide = async (status: string) => {
    message.textContent = '';
    if (!number.value.trim()) return void (message.textContent = t('conversions.needDecision'));
    if (!date.value) return void (message.textContent = t('conversions.needDecisionDate'));
    try {
      await graphql(DECIDE_CONVERSION, { input: { code: c.code, status, decisionNumber: number.value.trim(), decisionDate: date.value } });
      notify(t('conversions.decided', { code: c.code, status: tEnum('conversionStatus', status) }));
      reload();
    } catch (error) {
      message.textContent = userMessage(error);
      if (error instanceof ApiError && error.code === 'INVALID_TRANSITION') message.append(' ', t('conversions.reloadHint'));
    }
  };
  return h('div', { class: 'conversion-decide', dataset: { decide: c.code } },
    h('label', { for: ids.number }, t('conversions.decisionNumber')), number,
    h('label', { for: ids.date }, t('conversions.decisionDate')), date,
    h('div', { class: 'button-row' }, next.map((status) =>
      h('button', { type: 'button', dataset: { status }, onclick: () => void decide(status) }, t(`conversions.next.${status}` as 'conversions.next.APPROVED')))),
    message);
}
