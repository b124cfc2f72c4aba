import { graphql } from '../../../api/graphql';
import { userMessage } from '../../../api/errors';
import { DOSSIER_LIST, DOSSIER_KINDS, DOSSIER_STATUSES, type DossierRow, type Page } from '../../../api/work/dossiers';
import { t, tEnum } from '../../../i18n';
import { formatArea } from '../../../format/number';
import { h, nextId, replace } from '../../../ui/dom';
import { decisionText } from '../../cards';

const PAGE_SIZE = 20;

/** The list's filter, kept between openings of the area. */
export interface ListFilter { text: string; kind: string; status: string; published: string; decisionNumber: string; decidedFrom: string; decidedTo: string }
export const emptyFilter = (): ListFilter => ({ text: '', kind: '', status: '', published: '', decisionNumber: '', decidedFrom: '', decidedTo: '' });

/** The DossierFilter for the API: only the conditions the user set. */
export function dossierFilter(f: ListFilter): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (f.text.trim()) filter.text = f.text.trim();
  if (f.kind) filter.kind = [f.kind];
  if (f.status) filter.status = [f.status];
  if (f.published) filter.published = f.published === 'yes';
  if (f.decisionNumber.trim()) filter.decisionNumber = f.decisionNumber.trim();
  if (f.decidedFrom) filter.decidedFrom = f.decidedFrom;
  if (f.decidedTo) filter.decidedTo = f.decidedTo;
  return filter;
}

/**
 * The dossiers, filtered (text, kind, status, publication, decision number and date) and paged with
 * the API's cursors; a row opens the dossier.
 */
export function dossierList(filter: ListFilter, open: (d: DossierRow) => void): HTMLElement {
  const results = h('ul', { class: 'results dossier-results', id: 'dossier-list' });
  const count = h('p', { class: 'muted', id: 'dossier-count', 'aria-live': 'polite' });
  const pager = h('div', { class: 'button-row dossier-pager' });
  // Cursors of the pages seen so far: page n starts after cursors[n] (null for the first).
  let cursors: (string | null)[] = [null];
  let pageNo = 0;
  let request = 0;

  const load = async () => {
    const mine = ++request;
    results.replaceChildren(h('li', { class: 'loading-inline' }, t('loading')));
    try {
      const { dossiers } = await graphql<{ dossiers: Page<DossierRow> }>(DOSSIER_LIST,
        { first: PAGE_SIZE, after: cursors[pageNo], filter: dossierFilter(filter) });
      if (mine !== request) return; // a newer filter's answer wins
      cursors[pageNo + 1] = dossiers.pageInfo.endCursor;
      const from = pageNo * PAGE_SIZE + 1;
      count.textContent = dossiers.totalCount
        ? t('dossiers.count', { from, to: from + dossiers.nodes.length - 1, total: dossiers.totalCount })
        : t('dossiers.none');
      results.replaceChildren(...dossiers.nodes.map((d) => row(d, open)));
      replace(pager,
        pageNo > 0 ? h('button', { type: 'button', id: 'dossier-prev', onclick: () => { pageNo--; void load(); } }, t('dossiers.prev')) : null,
        dossiers.pageInfo.hasNextPage ? h('button', { type: 'button', id: 'dossier-next', onclick: () => { pageNo++; void load(); } }, t('dossiers.next')) : null);
    } catch (error) {
      if (mine === request) results.replaceChildren(h('li', { class: 'error', role: 'alert' }, userMessage(error)));
    }
  };
  const reload = () => {
    cursors = [null];
    pageNo = 0;
    void load();
  };

  const form = filterForm(filter, reload);
  void load();
  return h('section', { class: 'dossier-list-section', 'aria-label': t('dossiers.listTitle') },
    h('h3', {}, t('dossiers.listTitle')), form, count, results, pager);
}

function filterForm(filter: ListFilter, reload: () => void): HTMLElement {
  const id = (name: string) => nextId(`df-${name}`);
  const ids = { text: id('text'), kind: id('kind'), status: id('status'), published: id('pub'), number: id('num'), from: id('from'), to: id('to') };
  const set = (key: keyof ListFilter) => (e: Event) => { filter[key] = (e.target as HTMLInputElement).value; reload(); };
  let typing = 0;
  const text = h('input', { id: ids.text, name: 'text', type: 'search', value: filter.text, autocomplete: 'off', placeholder: t('dossiers.textPlaceholder') });
  // Each keystroke does not ask the API: a short pause does.
  text.addEventListener('input', () => { clearTimeout(typing); typing = window.setTimeout(() => { filter.text = text.value; reload(); }, 300); });
  const options = (values: readonly string[], group: string, chosen: string, any: string) =>
    [h('option', { value: '' }, any), ...values.map((v) => h('option', { value: v, selected: chosen === v }, tEnum(group, v)))];
  return h('form', { class: 'dossier-filter', id: 'dossier-filter', role: 'search', onsubmit: (e: Event) => { e.preventDefault(); filter.text = text.value; reload(); } },
    h('div', { class: 'field wide' }, h('label', { for: ids.text }, t('dossiers.filterText')), text),
    h('div', { class: 'field' }, h('label', { for: ids.kind }, t('field.kind')),
      h('select', { id: ids.kind, name: 'kind', onchange: set('kind') }, options(DOSSIER_KINDS, 'kind', filter.kind, t('dossiers.any')))),
    h('div', { class: 'field' }, h('label', { for: ids.status }, t('field.status')),
      h('select', { id: ids.status, name: 'status', onchange: set('status') }, options(DOSSIER_STATUSES, 'dossierStatus', filter.status, t('dossiers.any')))),
    h('div', { class: 'field' }, h('label', { for: ids.published }, t('dossiers.publication')),
      h('select', { id: ids.published, name: 'published', onchange: set('published') },
        h('option', { value: '' }, t('dossiers.any')),
        h('option', { value: 'yes', selected: filter.published === 'yes' }, t('dossiers.published')),
        h('option', { value: 'no', selected: filter.published === 'no' }, t('dossiers.unpublished')))),
    h('div', { class: 'field' }, h('label', { for: ids.number }, t('dossiers.decisionNumber')),
      h('input', { id: ids.number, name: 'decisionNumber', value: filter.decisionNumber, autocomplete: 'off', placeholder: '1055/QĐ-TTg', onchange: set('decisionNumber') })),
    h('div', { class: 'field' }, h('label', { for: ids.from }, t('dossiers.decidedFrom')),
      h('input', { id: ids.from, name: 'decidedFrom', type: 'date', value: filter.decidedFrom, onchange: set('decidedFrom') })),
    h('div', { class: 'field' }, h('label', { for: ids.to }, t('dossiers.decidedTo')),
      h('input', { id: ids.to, name: 'decidedTo', type: 'date', value: filter.decidedTo, onchange: set('decidedTo') })));
}

function row(d: DossierRow, open: (d: DossierRow) => void): HTMLElement {
  return h('li', { dataset: { dossier: d.code } },
    h('button', { type: 'button', class: 'result', onclick: () => open(d) },
      h('strong', {}, d.code), ' ',
      h('span', { class: d.published ? 'pill published' : 'pill unpublished' }, d.published ? t('dossiers.published') : t('dossiers.unpublished')),
      h('span', {}, d.name),
      h('span', { class: 'muted' }, [tEnum('kind', d.kind), d.scale, tEnum('dossierStatus', d.status), formatArea(d.areaM2)].filter(Boolean).join(' · ')),
      d.decision ? h('span', { class: 'muted' }, decisionText(d.decision)) : null));
}
