/**
 * CSV for the dashboard's downloads, built so that Excel opens it as it is on a Vietnamese desktop:
 * UTF-8 with a BOM (else Excel reads the diacritics as Windows-1252), semicolons between fields (the
 * list separator of Vietnamese Windows, where the comma is the decimal mark), and numbers unformatted
 * with a dot decimal so other tools read them exactly.
 */
export type CsvCell = string | number | null | undefined;

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/** One field: numbers as they are (dot decimal, no grouping), text quoted when it holds a separator, quote or line break. */
export function csvField(value: CsvCell): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[";,\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The whole file's text: BOM, header row, then the rows, CRLF line ends (RFC 4180). */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** `thong-ke-lap-day-2026-12-03.csv`: the table's slug and the user's local date. */
export function csvFileName(slug: string, today: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${slug}-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.csv`;
}

/** Rounds away floating-point noise (0.30000000000000004) without formatting the number. */
export function csvNumber(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
