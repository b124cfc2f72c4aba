import { describe, expect, it } from 'vitest';
import { boundaryTableUrl, defaultFileName, exportUrl, fileNameOf, filterParams } from '../src/api/exports';
import { plotFinderFilter } from '../src/api/queries';

describe('export URLs', () => {
  it('defaults to VN-2000 EPSG:9215', () => {
    expect(exportUrl('zones', 'gpkg')).toBe('/exports/zones.gpkg?srid=9215');
  });
  it('carries the finder\'s filter with the API\'s field names', () => {
    const filter = plotFinderFilter({ zoneCode: 'KCN-DONG-BANH', landUseCode: 'SKK', minArea: '1.000', maxArea: '20.000,5', onlyAvailable: true });
    expect(exportUrl('plots', 'shp.zip', 3405, filter))
      .toBe('/exports/plots.shp.zip?srid=3405&zoneCode=KCN-DONG-BANH&landUseCode=SKK&availability=AVAILABLE&minAreaM2=1000&maxAreaM2=20000.5');
  });
  it('repeats a list of codes, writes a bbox as one value and flattens a nested filter', () => {
    expect(filterParams({ landUseCode: ['SKK', 'TMD'], spatial: { bbox: [106.5, 21.6, 106.7, 21.8] }, text: '', status: null, kinds: [] }))
      .toEqual([['landUseCode', 'SKK'], ['landUseCode', 'TMD'], ['spatial.bbox', '106.5,21.6,106.7,21.8']]);
  });
  it('escapes values', () => {
    expect(exportUrl('dossiers', 'kml', 4326, { text: 'Đồng Bành & Tân Thanh' })).toBe('/exports/dossiers.kml?srid=4326&text=%C4%90%E1%BB%93ng+B%C3%A0nh+%26+T%C3%A2n+Thanh');
  });
  it('names the boundary table of a zone, plot or dossier', () => {
    expect(boundaryTableUrl('plot', 'DB-B-04', 'xlsx')).toBe('/exports/boundary-table/plots/DB-B-04.xlsx');
    expect(boundaryTableUrl('dossier', 'QH 1/500#2', 'pdf')).toBe('/exports/boundary-table/dossiers/QH%201%2F500%232.pdf');
  });
});

describe('downloaded file names', () => {
  it('takes the server\'s name, the UTF-8 one first', () => {
    expect(fileNameOf("attachment; filename=\"lo-dat.gpkg\"; filename*=UTF-8''l%C3%B4-%C4%91%E1%BA%A5t.gpkg", 'x')).toBe('lô-đất.gpkg');
    expect(fileNameOf('attachment; filename=plots.csv', 'x')).toBe('plots.csv');
    expect(fileNameOf(null, 'x')).toBe('x');
  });
  it('falls back on the URL\'s last part', () => {
    expect(defaultFileName('/exports/plots.shp.zip?srid=9215')).toBe('plots.shp.zip');
  });
});
