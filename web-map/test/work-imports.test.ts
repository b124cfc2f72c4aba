import { describe, expect, it } from 'vitest';
import { answer, type ImportPreview, type StagedFeatures, type StagedProperties, type TargetField } from '../src/api/work/imports';
import { ApiError, userMessage } from '../src/api/errors';
import {
  IMPORT_STATUS_COLOURS, changeRows, commitBlock, encodingLabel, featuresBounds, formatChanges, formatValue, problemPlace,
  statusColourExpression, statusCounts, unmappedRequired,
} from '../src/panels/work/imports/status';

const fields: TargetField[] = [
  { name: 'code', label: 'Mã lô', required: true, type: 'text' },
  { name: 'land_use_code', label: 'Loại đất (mã)', required: true, type: 'text' },
  { name: 'max_floors', label: 'Tầng cao tối đa', required: false, type: 'integer' },
  { name: 'far', label: 'Hệ số sử dụng đất', required: false, type: 'number' },
];

const preview = (over: Partial<ImportPreview> = {}): ImportPreview => ({
  id: 'x', target: 'plots', status: 'staged', file: { name: 'a.geojson', sha256: '', sizeBytes: 10, format: 'GeoJSON' }, encoding: 'utf8',
  crs: { srid: 9215, source: 'file', swapXy: false, confirmed: true, candidates: [] }, fieldMap: { code: 'ma_lo', land_use_code: 'loai_dat' },
  layerMap: {}, notes: [], sourceFields: ['ma_lo', 'loai_dat'], layers: [], counts: { features: 2, create: 1, update: 1, skip: 0, withErrors: 0 },
  errors: 0, warnings: 0, problems: [], targetFields: fields, written: 0, createdBy: 'planner', createdAt: '', committedBy: null, committedAt: null,
  legalBasis: null, ...over,
});

const feature = (props: Partial<StagedProperties>, coordinates: number[][][] = [[[106.5, 21.6], [106.6, 21.6], [106.6, 21.7], [106.5, 21.6]]]) => ({
  type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates },
  properties: { feature: 1, action: 'create' as const, status: 'create' as const, ...props },
});

describe('import wizard: status colours', () => {
  it('paints errors red, warnings orange, new green, updates blue and skipped grey', () => {
    expect(IMPORT_STATUS_COLOURS).toEqual({ error: '#d32f2f', warning: '#ef6c00', create: '#2e7d32', update: '#1565c0', skip: '#9e9e9e' });
  });
  it('gives MapLibre a match on the status property, grey for anything else', () => {
    const expression = statusColourExpression();
    expect(expression.slice(0, 2)).toEqual(['match', ['get', 'status']]);
    expect(expression).toContain('error');
    expect(expression[expression.indexOf('update') + 1]).toBe('#1565c0');
    expect(expression.at(-1)).toBe('#9e9e9e');
  });
  it('counts the staged features by status', () => {
    const fc: StagedFeatures = { type: 'FeatureCollection', features: [feature({ status: 'error' }), feature({ status: 'error' }), feature({ status: 'update' })] };
    expect(statusCounts(fc)).toEqual({ error: 2, warning: 0, create: 0, update: 1, skip: 0 });
    expect(statusCounts(null).create).toBe(0);
  });
});

describe('import wizard: the diff of an update', () => {
  it('lists changed fields in the target\'s order with old → new, and the area when it moves', () => {
    const rows = changeRows({ feature: 1, action: 'update', status: 'update', areaM2: 240712.91, currentAreaM2: 240704,
      changes: { far: { old: 2.5, new: '3,5' }, max_floors: { old: 0, new: '7' }, land_use_code: { old: 'DGT', new: 'SKK' } } }, fields, 'Diện tích', 'vi-VN');
    expect(rows.map((r) => r.field)).toEqual(['land_use_code', 'max_floors', 'far', 'area']);
    expect(formatChanges(rows)).toBe('Loại đất (mã): DGT → SKK; Tầng cao tối đa: 0 → 7; Hệ số sử dụng đất: 2,50 → 3,50; Diện tích: 240.704,0 m² → 240.712,9 m²');
  });
  it('leaves the area out when it differs by rounding only (the same boundary sent again)', () => {
    expect(changeRows({ feature: 1, action: 'update', status: 'update', areaM2: 240703.91, currentAreaM2: 240704 }, fields, 'Diện tích')).toEqual([]);
  });
  it('names a field it does not know by its name, and an empty value as a dash', () => {
    expect(changeRows({ feature: 1, action: 'update', status: 'update', changes: { note: { old: null, new: 'mới' } } }, fields, 'Area', 'en-GB'))
      .toEqual([{ field: 'note', label: 'note', old: '—', new: 'mới' }]);
  });
  it('formats numbers the user\'s way and keeps codes as they are', () => {
    expect(formatValue(1234.5, 'vi-VN')).toBe('1.234,50');
    expect(formatValue('1234.5', 'en-GB')).toBe('1,234.50');
    expect(formatValue('DB-A-01', 'vi-VN')).toBe('DB-A-01');
    expect(formatValue('', 'vi-VN')).toBe('—');
  });
});

describe('import wizard: problems, mapping, commit', () => {
  it('places a problem by its field\'s label, else by its VN-2000 position', () => {
    expect(problemPlace({ problem: 'UNKNOWN_ZONE', severity: 'error', message: '', field: 'land_use_code' }, fields)).toBe('Loại đất (mã)');
    expect(problemPlace({ problem: 'INVALID_GEOMETRY', severity: 'error', message: '', location: [106.5750978, 21.6516381] }, fields, 'vi-VN'))
      .toMatch(/^E 429\.\d{3},\d{2} m, N 2\.395\.\d{3},\d{2} m$/);
    expect(problemPlace({ problem: 'X', severity: 'warning', message: '' }, fields)).toBe('');
  });
  it('keeps the commit off while errors remain, the CRS is unconfirmed or nothing would be written', () => {
    expect(commitBlock(preview())).toBeNull();
    expect(commitBlock(preview({ errors: 3 }))).toEqual({ key: 'imports.block.errors', count: 3 });
    expect(commitBlock(preview({ crs: { srid: 9215, source: 'detected', swapXy: false, confirmed: false, candidates: [] } }))?.key).toBe('imports.block.crs');
    expect(commitBlock(preview({ counts: { features: 0, create: 0, update: 0, skip: 4, withErrors: 0 } }))?.key).toBe('imports.block.nothing');
    expect(commitBlock(preview({ status: 'committed' }))?.key).toBe('imports.block.committed');
  });
  it('says which required fields are not mapped', () => {
    expect(unmappedRequired(preview())).toEqual([]);
    expect(unmappedRequired(preview(), { code: 'ma_lo' }).map((f) => f.name)).toEqual(['land_use_code']);
  });
  it('names the detected encodings', () => {
    expect(encodingLabel('utf8')).toBe('UTF-8');
    expect(encodingLabel('tcvn3')).toBe('TCVN3 (ABC)');
    expect(encodingLabel(null)).toBe('—');
  });
  it('fits the map to every staged feature', () => {
    const fc: StagedFeatures = { type: 'FeatureCollection', features: [feature({}), feature({}, [[[106.4, 21.9], [106.45, 21.9], [106.4, 21.95], [106.4, 21.9]]])] };
    expect(featuresBounds(fc)).toEqual([[106.4, 21.6], [106.6, 21.95]]);
    expect(featuresBounds({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});

const caught = (f: () => unknown): unknown => {
  try { f(); } catch (error) { return error; }
  throw new Error('expected a refusal');
};

describe('import wizard: the API\'s answers', () => {
  it('reads a preview, and a refusal as an ApiError with the server\'s Vietnamese sentence', () => {
    expect(answer<{ id: string }>(201, '{"id":"a"}')).toEqual({ id: 'a' });
    expect(answer(204, '')).toBeNull();
    const refused = () => answer(422, '{"code":"IMPORT_HAS_PROBLEMS","message":"Bản nhập còn 1 lỗi ở 1 đối tượng; không có gì được ghi.","details":{"errors":1}}');
    expect(refused).toThrow(ApiError);
    expect(refused).toThrow(expect.objectContaining({ code: 'IMPORT_HAS_PROBLEMS' }));
    expect(userMessage(caught(refused))).toBe('Bản nhập còn 1 lỗi ở 1 đối tượng; không có gì được ghi.');
  });
  it('keeps a refusal\'s field for the form (the legal basis)', () => {
    const error = caught(() => answer(400, '{"code":"BAD_USER_INPUT","message":"Cần căn cứ pháp lý (số quyết định) để ghi dữ liệu nhập.","details":{"field":"legalBasis"}}'));
    expect((error as ApiError).details.field).toBe('legalBasis');
  });
  it('says "too large" for Kestrel\'s own 413 page, and "not found" for a bare 404', () => {
    expect(() => answer(413, '<html>')).toThrow(expect.objectContaining({ code: 'BAD_FILE' }));
    expect(() => answer(404, '')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
