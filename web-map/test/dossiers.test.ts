import { describe, expect, it } from 'vitest';
import { dossierFilter, emptyFilter } from '../src/panels/work/dossiers/list';
import { createInput, updateInput, valuesOf, fieldOf } from '../src/panels/work/dossiers/form';
import { documentVersions, titleOf } from '../src/panels/work/dossiers/documents';
import { contentTypeOf } from '../src/format/files';
import { chainOf } from '../src/panels/work/dossiers/chain';
import { ringAreaM2 } from '../src/panels/work/dossiers/geometry';
import { areaChange, areaChangeText, changedAttributes, type ComparableVersion } from '../src/panels/historyCompare';
import { ApiError } from '../src/api/errors';
import type { DossierDocument, DossierFull } from '../src/api/work/dossiers';

const square: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[106.694, 21.975], [106.695, 21.975], [106.695, 21.976], [106.694, 21.976], [106.694, 21.975]]] };

describe('dossier list filter', () => {
  it('sends only the conditions set', () => {
    expect(dossierFilter(emptyFilter())).toEqual({});
    expect(dossierFilter({ ...emptyFilter(), text: '  Đồng Đăng ', kind: 'LOCAL_ADJUSTMENT', published: 'no', decisionNumber: '1055/QĐ-TTg', decidedFrom: '2010-01-01' }))
      .toEqual({ text: 'Đồng Đăng', kind: ['LOCAL_ADJUSTMENT'], published: false, decisionNumber: '1055/QĐ-TTg', decidedFrom: '2010-01-01' });
    expect(dossierFilter({ ...emptyFilter(), published: 'yes', status: 'APPROVED' })).toEqual({ published: true, status: ['APPROVED'] });
  });
});

describe('dossier form inputs', () => {
  const v = { ...valuesOf(null), code: ' E2E-1 ', name: 'Điều chỉnh', kind: 'LOCAL_ADJUSTMENT', status: 'APPROVED', decisionNumber: '15/QĐ', adjustsCode: 'QHC-2010-1055', scale: ' ' };
  it('creates with blanks as null and the boundary in its srid', () => {
    const input = createInput(v, { geometry: square, srid: 9215 });
    expect(input).toMatchObject({ code: 'E2E-1', scale: null, decisionNumber: '15/QĐ', adjustsCode: 'QHC-2010-1055', summary: null, srid: 9215 });
  });
  it('updates with the expected version and legal basis, and the boundary only when redrawn', () => {
    const kept = updateInput({ ...v, legalBasis: ' 16/QĐ ' }, 3, null);
    expect(kept).toMatchObject({ code: 'E2E-1', expectedVersion: 3, legalBasis: '16/QĐ', approvingBody: null });
    expect('geometry' in kept).toBe(false);
    expect(updateInput(v, 3, { geometry: square, srid: 4326 })).toMatchObject({ geometry: square, srid: 4326 });
  });
  it('puts a refusal next to the field the API names', () => {
    expect(fieldOf(new ApiError('BAD_USER_INPUT', 'x', { field: 'decisionNumber' }))).toBe('decisionNumber');
    expect(fieldOf(new ApiError('OUT_OF_AREA', 'x'))).toBe('geometry');
    expect(fieldOf(new ApiError('CONFLICT', 'x', { currentVersion: 4 }))).toBeNull();
    expect(fieldOf(new Error('x'))).toBeNull();
  });
});

describe('dossier documents', () => {
  const doc = (id: string, title: string, uploadedAt: string): DossierDocument => ({
    id, title, kind: 'DECISION', fileName: `${id}.pdf`, contentType: 'application/pdf', sizeBytes: 1, sha256: '', published: false, uploadedAt, uploadedBy: null, url: '',
  });
  it('shows same-title documents as versions, newest first', () => {
    const groups = documentVersions([doc('a', 'Quyết định', '2026-01-01T00:00:00Z'), doc('b', 'Bản vẽ', '2026-02-01T00:00:00Z'), doc('c', 'quyết định ', '2026-03-01T00:00:00Z')]);
    expect(groups.map((g) => g.versions.map((d) => d.id))).toEqual([['c', 'a'], ['b']]);
  });
  it('gives DWG/DXF a media type and titles from file names', () => {
    expect(contentTypeOf({ name: 'ban-ve.DWG', type: '' })).toBe('image/vnd.dwg');
    expect(contentTypeOf({ name: 'x.dxf', type: '' })).toBe('image/vnd.dxf');
    expect(contentTypeOf({ name: 'x.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(titleOf('quyet_dinh-15.pdf')).toBe('quyet dinh 15');
  });
});

describe('adjustment chain', () => {
  it('lists what it adjusts (oldest first), itself, then those adjusting it', () => {
    const link = (code: string, adjusts: unknown = null) => ({ code, name: code, kind: 'GENERAL_PLAN', status: 'APPROVED', decision: null, adjusts }) as never;
    const d = { ...link('B'), adjusts: link('A', link('Z')), adjustedBy: [link('C')] } as unknown as DossierFull;
    expect(chainOf(d).map((c) => `${c.role}:${c.link.code}`)).toEqual(['adjusted:Z', 'adjusted:A', 'self:B', 'adjusting:C']);
  });
});

describe('version comparison', () => {
  const base: ComparableVersion = { version: 1, validFrom: '', validTo: null, changedBy: null, legalBasis: null, geometry: square };
  it('lists the changed attributes of a dossier, zone and plot', () => {
    const older = { ...base, name: 'A', status: 'IN_PREPARATION', decision: null, published: false };
    const newer = { ...base, version: 2, name: 'A', status: 'APPROVED', decision: { number: '15/QĐ', date: null, approvingBody: null }, published: true };
    expect(changedAttributes('dossier', older, newer).map((c) => c.label)).toEqual(['Trạng thái', 'Số quyết định', 'Đã công bố']);
    expect(changedAttributes('zone', { ...base, name: 'A' }, { ...base, name: 'B' })).toEqual([{ label: 'Tên', old: 'A', new: 'B' }]);
    const plot = (far: number) => ({ ...base, landUse: { code: 'SKC' }, indicators: { maxBuildingDensity: 60, maxFloors: 5, far } });
    expect(changedAttributes('plot', plot(1.5), plot(2)).map((c) => c.label)).toEqual(['Hệ số sử dụng đất']);
  });
  it('gives the area change in m², ha and per cent', () => {
    expect(areaChange(10_000, 12_500)).toEqual({ deltaM2: 2_500, share: 0.25 });
    expect(areaChange(0, 5).share).toBeNull();
    expect(areaChangeText(10_000, 12_500)).toBe('10.000,0 m² → 12.500,0 m² (+2.500,0 m² = +0,25 ha, +25,0 %)');
    expect(areaChangeText(12_500, 10_000)).toContain('−2.500,0 m² = −0,25 ha, −20,0 %');
  });
  it('estimates a drawn boundary\'s area', () => {
    // About 103 m × 111 m at 22° N.
    expect(ringAreaM2(square)).toBeGreaterThan(11_000);
    expect(ringAreaM2(square)).toBeLessThan(12_000);
  });
});
