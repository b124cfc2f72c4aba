import type { App } from '../../../app';
import { graphql } from '../../../api/graphql';
import { userMessage } from '../../../api/errors';
import { can } from '../../../api/session';
import { END_ALLOCATION, PLOT_ALLOCATIONS, STATUSES, allocationsQuery, type AllocationRecord, type AllocationStatus, type PlotAllocations } from '../../../api/work/allocations';
import { t, tEnum, type MessageKey } from '../../../i18n';
import { formatDate } from '../../../format/date';
import { facts, h, nextId, replace } from '../../../ui/dom';
import { setOverlay, fitTo } from '../../../map/overlays';
import { AVAILABILITY_COLOURS } from '../../../layers/colours';
import { badge } from '../../cards';
import { clearMessages, field, fieldError, showRefusal, textInput } from '../users/fields';
import { vnd } from './allocate';
import { todayInVietnam } from './terms';

// A pending allocation reserves the plot, an active one holds it: the plot map's colours for the same states.
const STATUS_COLOURS: Record<AllocationStatus, string> = {
  PENDING: AVAILABILITY_COLOURS.RESERVED, ACTIVE: AVAILABILITY_COLOURS.ALLOCATED, ENDED: '#616161', TERMINATED: '#4e342e',
};

export interface RegisterContext {
  investors: { code: string; name: string }[];
  zones: { code: string; name: string }[];
  /** Only the investor's own allocations come back for an investor: no investor or zone filter then. */
  ownOnly: boolean;
}

/**
 * The register of allocations and leases, by status, investor and zone; planners end or terminate
 * one on its decision. With the terms (price, rent, note) for those the API lets read them.
 */
export function registerView(app: App, el: HTMLElement, ctx: RegisterContext): { reload: () => Promise<void> } {
  const filter = { status: '', investor: '', zone: '' };
  const list = h('ul', { id: 'allocation-list', class: 'results' });
  const count = h('p', { id: 'allocation-count', class: 'muted', 'aria-live': 'polite' });
  const result = h('div', { id: 'allocation-result', 'aria-live': 'polite' });
  const withTerms = can('Allocation.landPriceVnd');

  let request = 0;
  async function load(): Promise<void> {
    const mine = ++request;
    list.replaceChildren(h('li', { class: 'loading-inline' }, t('loading')));
    const status = filter.status === 'CURRENT' ? ['PENDING', 'ACTIVE'] : filter.status ? [filter.status] : null;
    const variables = { filter: { ...(status ? { status } : {}), ...(filter.investor ? { investorCode: filter.investor } : {}), ...(filter.zone ? { zoneCode: filter.zone } : {}) } };
    try {
      const { allocations } = await graphql<{ allocations: { totalCount: number; nodes: AllocationRecord[] } }>(allocationsQuery(withTerms), variables);
      if (mine !== request) return;
      count.textContent = t('allocations.count', { count: allocations.totalCount });
      list.replaceChildren(...(allocations.nodes.length ? allocations.nodes.map(item) : [h('li', {}, t('allocations.none'))]));
    } catch (error) {
      if (mine === request) list.replaceChildren(h('li', { class: 'error', role: 'alert' }, userMessage(error)));
    }
  }

  const showPlot = async (code: string) => {
    try {
      const { plot } = await graphql<{ plot: PlotAllocations | null }>(PLOT_ALLOCATIONS, { code });
      setOverlay(app.map, 'highlight', plot?.geometry ?? null);
      fitTo(app.map, plot?.geometry, 17);
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, userMessage(error)));
    }
  };

  function item(a: AllocationRecord): HTMLElement {
    const terms: [string, string][] = withTerms ? [
      [t('allocations.landPrice'), vnd(a.landPriceVnd)],
      [t('allocations.annualRent'), vnd(a.annualRentVnd)],
      [t('allocations.termsNote'), a.termsNote ?? ''],
    ] : [];
    const open = a.status === 'PENDING' || a.status === 'ACTIVE';
    return h('li', { dataset: { allocation: a.code, status: a.status, plot: a.plot.code } },
      h('button', { type: 'button', class: 'result', onclick: () => void showPlot(a.plot.code) },
        h('strong', {}, a.code), ' ', badge(STATUS_COLOURS[a.status] ?? '#757575', tEnum('allocations.status', a.status)),
        h('span', {}, tEnum('allocations.form', a.form)),
        h('span', { class: 'muted' }, [`${t('allocations.plot')} ${a.plot.code}`, a.plot.zone.name, `${a.investor.code} – ${a.investor.name}`].join(' · '))),
      facts([
        [t('allocations.period'), t('allocations.periodText', { from: formatDate(a.startDate), to: formatDate(a.endDate), years: a.termYears ?? '—' })],
        [t('allocations.decision'), a.decision ? [a.decision.number, formatDate(a.decision.date)].filter(Boolean).join(' – ') : ''],
        [t('allocations.endDecision'), a.endDecision ? [a.endDecision.number, formatDate(a.endDecision.date)].filter(Boolean).join(' – ') : ''],
        ...terms,
      ]),
      open && can('Mutation.endAllocation') ? endAction(a) : null);
  }

  /** End (term over, land returned) or terminate (recovered early), on the decision that does it. */
  function endAction(a: AllocationRecord): HTMLElement {
    const toggle = h('button', { type: 'button', dataset: { action: 'end-allocation' }, 'aria-expanded': 'false' }, t('allocations.endAction'));
    const statusSelect = h('select', { id: nextId('end-status') }, (['ENDED', 'TERMINATED'] as const).map((s) => h('option', { value: s }, t(`allocations.endAs.${s}` as MessageKey))));
    const status = field('status', t('allocations.endAs'), statusSelect);
    const decision = field('decisionNumber', t('allocations.endDecisionNumber'), textInput({ required: true, placeholder: '45/QĐ-BQLKKT' }));
    const date = field('decisionDate', t('allocations.decisionDate'), h('input', { type: 'date', value: todayInVietnam() }));
    const message = h('div', { class: 'form-message', 'aria-live': 'assertive' });
    const form = h('form', { class: 'stack work-form end-allocation', hidden: true, 'aria-label': t('allocations.endTitle', { code: a.code }), novalidate: true },
      h('h4', {}, t('allocations.endTitle', { code: a.code })),
      status.element, decision.element, date.element,
      h('button', { type: 'submit', class: 'primary' }, t('allocations.endSubmit')),
      message);
    toggle.addEventListener('click', () => {
      form.hidden = !form.hidden;
      toggle.setAttribute('aria-expanded', String(!form.hidden));
      if (!form.hidden) decision.control.focus();
    });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearMessages([status, decision, date], message);
      const number = decision.control.value.trim();
      if (!number) return void fieldError(decision, t('allocations.needEndDecision'));
      try {
        const { endAllocation } = await graphql<{ endAllocation: AllocationRecord }>(END_ALLOCATION, {
          input: { code: a.code, status: statusSelect.value, decisionNumber: number, decisionDate: date.control.value || null },
        });
        result.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('allocations.ended', { code: endAllocation.code, status: tEnum('allocations.status', endAllocation.status), plot: endAllocation.plot.code })));
        app.restyle(true);
        await load();
      } catch (error) {
        showRefusal(error, [status, decision, date], message, (err) => (err.details.to ? 'status' : null));
      }
    });
    return h('div', { class: 'end-allocation-box' }, toggle, form);
  }

  const ids = { status: nextId('astatus'), investor: nextId('ainvestor'), zone: nextId('azone') };
  const statusFilter = h('select', { id: ids.status, name: 'status', onchange: () => { filter.status = statusFilter.value; void load(); } },
    h('option', { value: '' }, t('allocations.anyStatus')),
    h('option', { value: 'CURRENT' }, t('allocations.current')),
    STATUSES.map((s) => h('option', { value: s }, tEnum('allocations.status', s))));
  const investorFilter = h('select', { id: ids.investor, name: 'investor', onchange: () => { filter.investor = investorFilter.value; void load(); } },
    h('option', { value: '' }, t('allocations.anyInvestor')), ctx.investors.map((i) => h('option', { value: i.code }, `${i.code} – ${i.name}`)));
  const zoneFilter = h('select', { id: ids.zone, name: 'zone', onchange: () => { filter.zone = zoneFilter.value; void load(); } },
    h('option', { value: '' }, t('allocations.anyZone')), ctx.zones.map((z) => h('option', { value: z.code }, z.name)));

  replace(el,
    h('h3', {}, ctx.ownOnly ? t('allocations.mine') : t('allocations.register')),
    h('div', { class: 'work-filter', id: 'allocation-filter', role: 'search' },
      h('label', { for: ids.status }, t('allocations.statusField')), statusFilter,
      ctx.ownOnly ? null : [h('label', { for: ids.investor }, t('allocations.investor')), investorFilter,
        h('label', { for: ids.zone }, t('allocations.zone')), zoneFilter]),
    result, count, list);
  void load();
  return { reload: load };
}
