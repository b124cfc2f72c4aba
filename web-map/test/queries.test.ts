import { describe, expect, it } from 'vitest';
import { parseUserNumber, plotFinderFilter, boundaryInput, searchText, PLANNING_AT, PLANNING_AT_STAFF } from '../src/api/queries';
import { ApiError, userMessage, toApiErrorCode } from '../src/api/errors';
import { setLang } from '../src/i18n';

describe('investor finder filter', () => {
  it('sends only the conditions that were set', () => {
    expect(plotFinderFilter({ zoneCode: '', landUseCode: '', minArea: '', maxArea: '', onlyAvailable: false })).toEqual({});
  });
  it('builds zone, land use, availability and area range', () => {
    expect(plotFinderFilter({ zoneCode: 'KCN-DONG-BANH', landUseCode: 'SKK', minArea: '5.000', maxArea: '20000', onlyAvailable: true })).toEqual({
      zoneCode: 'KCN-DONG-BANH', landUseCode: ['SKK'], availability: ['AVAILABLE'], minAreaM2: 5000, maxAreaM2: 20000,
    });
  });
  it('reads numbers typed the Vietnamese or the English way', () => {
    expect(parseUserNumber('1.234,5')).toBe(1234.5);
    expect(parseUserNumber('1,234.5')).toBe(1234.5);
    expect(parseUserNumber('2500,75')).toBe(2500.75);
    expect(parseUserNumber('12 000 m²')).toBe(12000);
    expect(parseUserNumber('')).toBeNull();
    expect(parseUserNumber('abc')).toBeNull();
  });
});

describe('boundary and search inputs', () => {
  it('sends the boundary in WGS84 with the decision and the version edited', () => {
    const polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    expect(boundaryInput('KCX-1', polygon, '  12/QĐ-BQL  ', 3)).toEqual({ code: 'KCX-1', geometry: polygon, srid: 4326, legalBasis: '12/QĐ-BQL', expectedVersion: 3 });
  });
  it('trims search text and ignores a single letter', () => {
    expect(searchText('  dong   banh ')).toBe('dong banh');
    expect(searchText('d')).toBeNull();
  });
  it('asks staff for nearby violations only', () => {
    expect(PLANNING_AT).not.toContain('openViolationsNearby');
    expect(PLANNING_AT_STAFF).toContain('openViolationsNearby');
  });
});

describe('errors in words', () => {
  it('uses the server Vietnamese message in Vietnamese', () => {
    setLang('vi');
    expect(userMessage(new ApiError('CONFLICT', 'Vùng đã được sửa.'))).toBe('Vùng đã được sửa.');
  });
  it('explains network problems without jargon', () => {
    setLang('vi');
    expect(userMessage(new ApiError('NETWORK', null))).toContain('Không kết nối được máy chủ');
  });
  it('gives the English sentence with the server detail in English', () => {
    setLang('en');
    expect(userMessage(new ApiError('TOPOLOGY', 'Chồng lấn'))).toBe('The boundary overlaps or leaves a gap with a neighbour. (Chồng lấn)');
    setLang('vi');
  });
  it('reads the problem location from the details', () => {
    expect(new ApiError('INVALID_GEOMETRY', 'x', { location: [106.5, 21.6] }).location).toEqual([106.5, 21.6]);
    expect(new ApiError('INVALID_GEOMETRY', 'x', {}).location).toBeNull();
  });
});
