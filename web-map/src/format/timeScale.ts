import { formatDate, formatDateTime, endOfDayIso } from './date';

/**
 * The steps of the history slider between the first version and now: days (the end of each day,
 * dd/MM/yyyy) when the history is long, minutes (dd/MM/yyyy HH:mm) when it all happened within two
 * days — as with sample data loaded today, whose versions would otherwise share one step.
 */
export function sliderScale(firstMs: number, nowMs: number) {
  const byDay = nowMs - firstMs >= 2 * 86_400_000;
  const unit = byDay ? 86_400_000 : 60_000;
  const start = byDay ? firstMs : Math.floor(firstMs / unit) * unit;
  const steps = Math.max(0, Math.ceil((nowMs - start) / unit));
  return {
    steps,
    at: (step: number): Date => (byDay ? new Date(endOfDayIso(new Date(start + step * unit))) : new Date(Math.min(nowMs, start + (step + 1) * unit - 1))),
    format: (d: Date): string => (byDay ? formatDate(d) : formatDateTime(d)),
  };
}
