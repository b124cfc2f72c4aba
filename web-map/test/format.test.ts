import { describe, expect, it } from 'vitest';
import { formatArea, formatAreaHa, formatAreaM2, formatNumber, formatPercent } from '../src/format/number';
import { formatDate, formatDateTime, endOfDayIso } from '../src/format/date';
import { formatVn2000, wgs84ToVn2000 } from '../src/format/coordinates';
import { base64FromBytes } from '../src/format/files';
import { sliderScale } from '../src/format/timeScale';

describe('numbers in Vietnamese', () => {
  it('writes 1234.5 m² as 1.234,5 m²', () => expect(formatAreaM2(1234.5, 'vi-VN')).toBe('1.234,5 m²'));
  it('writes hectares with two decimals', () => expect(formatAreaHa(123_456, 'vi-VN')).toBe('12,35 ha'));
  it('shows large areas in ha with the m² after', () => expect(formatArea(1_619_995.24, 'vi-VN')).toBe('162,00 ha (1.619.995,2 m²)'));
  it('keeps small areas in m²', () => expect(formatArea(9_999, 'vi-VN')).toBe('9.999,0 m²'));
  it('groups thousands with dots', () => expect(formatNumber(2416895.459, 2, 'vi-VN')).toBe('2.416.895,46'));
  it('writes English numbers the English way', () => expect(formatAreaM2(1234.5, 'en-GB')).toBe('1,234.5 m²'));
  it('writes a share as a percentage', () => expect(formatPercent(0.453, 'vi-VN')).toMatch(/^45,3\s?%$/));
});

describe('dates', () => {
  it('writes a calendar date as dd/MM/yyyy', () => expect(formatDate('2024-09-19')).toBe('19/09/2024'));
  it('writes an instant in Vietnam time (UTC+7)', () => expect(formatDate('2024-09-18T20:00:00Z')).toBe('19/09/2024'));
  it('adds the time of day', () => expect(formatDateTime('2024-09-19T01:05:00Z')).toBe('19/09/2024 08:05'));
  it('is empty for no date', () => expect(formatDate(null)).toBe(''));
  it('ends a day at 23:59:59 Vietnam time', () => expect(endOfDayIso(new Date(Date.UTC(2024, 8, 19)))).toBe('2024-09-19T16:59:59.000Z'));
});

describe('VN-2000 / TM-3 Lạng Sơn (EPSG:9215)', () => {
  it('matches the published check value to the millimetre', () => {
    const { easting, northing } = wgs84ToVn2000(106.75778, 21.84778);
    expect(easting).toBeCloseTo(448927.783, 2);
    expect(northing).toBeCloseTo(2416895.459, 2);
  });
  it('is written with Vietnamese separators', () => expect(formatVn2000(106.75778, 21.84778, 'vi-VN')).toBe('E 448.927,78 m, N 2.416.895,46 m'));
});

describe('photos', () => {
  it('encodes bytes as plain base64', () => expect(base64FromBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe('iVBORw=='));
});

describe('history slider scale', () => {
  it('steps by day over a long history, each step the end of a day', () => {
    const s = sliderScale(Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 11));
    expect(s.steps).toBe(10);
    expect(s.at(0).toISOString()).toBe('2024-01-01T16:59:59.000Z');
    expect(s.format(s.at(0))).toBe('01/01/2024');
  });
  it('steps by minute when everything happened today', () => {
    const s = sliderScale(Date.UTC(2024, 0, 1, 5, 0, 30), Date.UTC(2024, 0, 1, 6, 0, 0));
    expect(s.steps).toBe(60);
    expect(s.format(s.at(0))).toBe('01/01/2024 12:00');
  });
});
