/** dd/MM/yyyy in the economic zone's time (UTC+7), whatever the browser's time zone. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const local = new Date(date.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** dd/MM/yyyy HH:mm (UTC+7). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const local = new Date(date.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(date)} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** End of a dd/MM/yyyy day at UTC+7 as an ISO instant, for `asOf`. */
export function endOfDayIso(day: Date): string {
  const y = day.getUTCFullYear(), m = day.getUTCMonth(), d = day.getUTCDate();
  return new Date(Date.UTC(y, m, d, 23, 59, 59) - 7 * 3600_000).toISOString();
}
