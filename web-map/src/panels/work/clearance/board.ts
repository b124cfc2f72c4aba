import type { ProjectSummary, StepKind } from '../../../api/work/clearance';

/** What the board reads of a parcel: its step records and where it stands. */
export type BoardParcel = ProjectSummary['parcels'][number];

/** Where each household (parcel) of a project stands on the statutory steps, and who waits too long. */
export interface Board<P extends BoardParcel = BoardParcel> {
  /** Parcels by the step they are at; 0 = no step recorded yet. */
  byStep: Map<number, P[]>;
  stuck: StuckParcel<P>[];
}
export interface StuckParcel<P extends BoardParcel = BoardParcel> { parcel: P; stepNo: number; since: string; days: number }

const DAY_MS = 86_400_000;

/** Today in Vietnam (UTC+7) as yyyy-MM-dd, whatever the browser's time zone: the day a step is recorded on. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Whole days from one yyyy-MM-dd day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The day the parcel reached its current step: the latest record of that step (its own or the project's). */
export function reachedOn(parcel: BoardParcel): string | null {
  const at = parcel.currentStep?.stepNo;
  if (at == null) return null;
  const days = parcel.steps.filter((s) => s.step.stepNo === at).map((s) => s.completedOn).sort();
  return days[days.length - 1] ?? null;
}

/**
 * Counts per step, and the parcels waiting at their step for more than `stuckDays` days. A handed-over
 * parcel waits for nothing, so it is never stuck.
 */
export function buildBoard<P extends BoardParcel>(parcels: P[], stuckDays: number, today: string): Board<P> {
  const byStep = new Map<number, P[]>();
  const stuck: StuckParcel<P>[] = [];
  for (const parcel of parcels) {
    const stepNo = parcel.currentStep?.stepNo ?? 0;
    byStep.set(stepNo, [...(byStep.get(stepNo) ?? []), parcel]);
    const since = reachedOn(parcel);
    if (!since || parcel.handedOver) continue;
    const days = daysBetween(since, today);
    if (days > stuckDays) stuck.push({ parcel, stepNo, since, days });
  }
  stuck.sort((a, b) => b.days - a.days || a.parcel.parcelCode.localeCompare(b.parcel.parcelCode));
  return { byStep, stuck };
}

/**
 * The step a planner most likely records next: the first required step after the current one
 * (optional ones, forced counting and forced recovery, only when needed). The API decides.
 */
export function likelyNextStep(parcel: BoardParcel, kinds: StepKind[]): number | null {
  const at = parcel.currentStep?.stepNo ?? 0;
  const ordered = [...kinds].sort((a, b) => a.stepNo - b.stepNo);
  return ordered.find((k) => k.stepNo > at && !k.optional)?.stepNo ?? ordered.find((k) => k.stepNo > at)?.stepNo ?? null;
}

/** The stuck-days threshold, remembered per browser; a bad stored value falls back to 90. */
export const DEFAULT_STUCK_DAYS = 90;
const STUCK_KEY = 'planninggis.clearance.stuckDays';
export function storedStuckDays(): number {
  try {
    const n = Number(globalThis.localStorage?.getItem(STUCK_KEY));
    return Number.isInteger(n) && n > 0 ? n : DEFAULT_STUCK_DAYS;
  } catch {
    return DEFAULT_STUCK_DAYS;
  }
}
export function storeStuckDays(days: number): void {
  try {
    globalThis.localStorage?.setItem(STUCK_KEY, String(days));
  } catch {
    /* private mode: the threshold lasts for this page */
  }
}
