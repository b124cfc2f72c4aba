import { describe, expect, it } from 'vitest';
import { endDateOf, formatVnd, overlapping, parseVnd, todayInVietnam } from '../src/panels/work/allocations/terms';

describe('allocation periods', () => {
  it('ends after the term, as the database computes it', () => {
    expect(endDateOf('2024-06-10', 70)).toBe('2094-06-10');
    expect(endDateOf('2024-06-10', null)).toBe('2123-06-10');
    expect(endDateOf('2024-02-29', 1)).toBe('2025-02-28');
    expect(endDateOf('', 5)).toBe('');
  });
  it('finds the pending or active allocations a new period runs into, not ended ones or touching ones', () => {
    const held = [
      { code: 'A', status: 'ACTIVE' as const, startDate: '2020-01-01', endDate: '2070-01-01' },
      { code: 'B', status: 'ENDED' as const, startDate: '2000-01-01', endDate: '2030-01-01' },
      { code: 'C', status: 'PENDING' as const, startDate: '2070-01-01', endDate: '2080-01-01' },
    ];
    expect(overlapping(held, '2025-01-01', '2030-01-01').map((a) => a.code)).toEqual(['A']);
    expect(overlapping(held, '2070-01-01', '2071-01-01').map((a) => a.code)).toEqual(['C']);
    expect(overlapping(held, '1990-01-01', '2000-01-01')).toEqual([]);
  });
  it('is today in Vietnam after 17:00 UTC', () => expect(todayInVietnam(new Date('2026-12-03T18:00:00Z'))).toBe('2026-12-04'));
});

describe('amounts in VND', () => {
  it('reads what people type', () => {
    expect(parseVnd('417.312.000')).toBe('417312000');
    expect(parseVnd('417 312 000 ₫')).toBe('417312000');
    expect(parseVnd('')).toBeNull();
    expect(parseVnd('-5')).toBe('invalid');
    expect(parseVnd('12a')).toBe('invalid');
    expect(parseVnd('0')).toBe('0');
  });
  it('writes whole đồng without float rounding', () => {
    expect(formatVnd('16826000000', 'vi')).toBe('16.826.000.000 ₫');
    expect(formatVnd('999999999999999999', 'en')).toBe('999,999,999,999,999,999 ₫');
    expect(formatVnd(null)).toBe('');
  });
});
