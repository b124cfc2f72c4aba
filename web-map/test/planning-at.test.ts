import { describe, expect, it } from 'vitest';
import { PLANNING_AT, PLANNING_AT_STAFF, planningAtVariables, todayInVietnam } from '../src/api/queries';

describe('planningAt as of a day', () => {
  it('asks today without a day', () => {
    expect(planningAtVariables(106.7, 21.9)).toEqual({ lon: 106.7, lat: 21.9 });
    expect(planningAtVariables(106.7, 21.9, '')).toEqual({ lon: 106.7, lat: 21.9 });
  });
  it('asks at the end of the day in Vietnam', () => {
    // 23:59:59 in Vietnam is 16:59:59 UTC the same day (sent in UTC: the API refuses a +07:00 offset).
    expect(planningAtVariables(106.7, 21.9, '2014-09-15')).toEqual({ lon: 106.7, lat: 21.9, asOf: '2014-09-15T16:59:59.000Z' });
  });
  it('ignores what is not a date', () => {
    expect(planningAtVariables(1, 2, '15/09/2014')).toEqual({ lon: 1, lat: 2 });
  });
  it('passes asOf in both documents', () => {
    expect(PLANNING_AT).toContain('asOf: $asOf');
    expect(PLANNING_AT_STAFF).toContain('asOf: $asOf');
  });
  it('takes today in Vietnam, not UTC', () => {
    expect(todayInVietnam(new Date('2026-12-03T18:30:00Z'))).toBe('2026-12-04');
    expect(todayInVietnam(new Date('2026-12-03T16:59:00Z'))).toBe('2026-12-03');
  });
});
