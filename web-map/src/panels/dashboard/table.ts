import { t } from '../../i18n';
import { formatNumber, formatPercent } from '../../format/number';
import { h } from '../../ui/dom';
import { csvFileName, csvNumber, toCsv, type CsvCell } from './csv';

/** How a column's raw value is shown on screen and written to CSV. */
export type ColumnKind = 'text' | 'count' | 'ha' | 'percent';
export interface Column { label: string; kind: ColumnKind }

/** The data behind one chart or table: shown formatted, downloaded raw. Percent cells hold a 0–1 share; null is "—". */
export interface DataTable {
  /** File name stem, without diacritics: `thong-ke-lap-day`. */
  slug: string;
  caption: string;
  /** Said on the download button when a chart has more than one table ("theo dự án"). */
  part?: string;
  columns: Column[];
  rows: CsvCell[][];
}

function shown(value: CsvCell, kind: ColumnKind): string {
  if (value == null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (kind === 'ha') return formatNumber(value, 2);
  if (kind === 'percent') return formatPercent(value);
  return formatNumber(value);
}

/** In the CSV a percentage is a number of percent (the header says "(%)"), areas keep four decimals. */
function raw(value: CsvCell, kind: ColumnKind): CsvCell {
  if (typeof value !== 'number') return value;
  if (kind === 'percent') return csvNumber(value * 100, 2);
  if (kind === 'ha') return csvNumber(value, 4);
  return value;
}

export function tableCsv(table: DataTable): string {
  return toCsv(table.columns.map((c) => c.label), table.rows.map((r) => r.map((v, i) => raw(v, table.columns[i]?.kind ?? 'text'))));
}

/** Saves the table as a CSV file (a blob link: nothing leaves the browser). */
export function downloadCsv(table: DataTable): void {
  const url = URL.createObjectURL(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: csvFileName(table.slug), hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The visible text starts the accessible name (WCAG 2.5.3), which then says which table. */
export function downloadButton(table: DataTable): HTMLButtonElement {
  const text = table.part ? `${t('dashboard.csv')} (${table.part})` : t('dashboard.csv');
  return h('button', { type: 'button', class: 'csv-download', dataset: { csv: table.slug }, 'aria-label': `${text}: ${table.caption}`, onclick: () => downloadCsv(table) }, text);
}

function cell(value: CsvCell, kind: ColumnKind, first: boolean): HTMLElement {
  const attrs = { scope: first ? 'row' : null, class: kind === 'text' ? null : 'num', dataset: typeof value === 'number' ? { value: String(value) } : {} };
  return first ? h('th', attrs, shown(value, kind)) : h('td', attrs, shown(value, kind));
}

/** The table in a box of its own that scrolls sideways on a phone, so the panel itself never does. */
export function tableView(table: DataTable): HTMLElement {
  const kind = (i: number) => table.columns[i]?.kind ?? 'text';
  return h('div', { class: 'data-table', dataset: { table: table.slug } },
    h('div', { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-label': table.caption },
      h('table', {},
        h('caption', {}, table.caption),
        h('thead', {}, h('tr', {}, table.columns.map((c) => h('th', { scope: 'col', class: c.kind === 'text' ? null : 'num' }, c.label)))),
        h('tbody', {}, table.rows.map((r) => h('tr', {}, r.map((v, i) => cell(v, kind(i), i === 0))))))));
}
