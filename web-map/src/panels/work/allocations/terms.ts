/** Pure helpers of the allocations area: periods, overlaps and amounts in VND (tested in test/work-allocations.test.ts). */
import type { AllocationStatus } from '../../../api/work/allocations';

/** An allocation without a term counts 99 years (AllocatePlotInput.termYears). */
export const DEFAULT_TERM_YEARS = 99;

/**
 * The end date the database computes (start_date + term_years years, 99 without a term): the same
 * day and month, or the month's last day when that day does not exist (29/02 → 28/02).
 */
export function endDateOf(start: string, termYears: number | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  if (!m) return '';
  const year = Number(m[1]) + (termYears ?? DEFAULT_TERM_YEARS);
  const month = Number(m[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${m[2]}-${String(day).padStart(2, '0')}`;
}

interface Period { code: string; status: AllocationStatus; startDate: string; endDate: string }

/**
 * The plot's pending or active allocations whose period [start, end) meets [start, end): those the
 * database's exclusion constraint refuses a new one for (allocations_no_overlap).
 */
export function overlapping<T extends Period>(allocations: T[], start: string, end: string): T[] {
  return allocations.filter((a) => (a.status === 'PENDING' || a.status === 'ACTIVE') && a.startDate < end && start < a.endDate);
}

/**
 * An amount of VND as typed ("417.312.000", "417 312 000", "417312000"): its digits, null when empty,
 * or 'invalid' for anything else (a fraction, a sign, letters): the API keeps whole đồng, not negative.
 */
export function parseVnd(text: string): string | null | 'invalid' {
  const compact = text.replace(/[\s.,\u00a0₫]|đ$|VND$/gi, '');
  if (!compact) return null;
  if (!/^\d{1,18}$/.test(compact)) return 'invalid';
  return compact.replace(/^0+(?=\d)/, '');
}

/** Whole đồng grouped by thousands ('.' in Vietnamese, ',' in English), without going through a float. */
export function formatVnd(digits: string | null | undefined, lang: 'vi' | 'en' = 'vi'): string {
  if (digits == null || digits === '') return '';
  const [whole] = String(digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return `${grouped} ₫`;
}

/** Today in Vietnam (UTC+7), yyyy-mm-dd: the default start of a decision. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
