import { describe, expect, it } from 'vitest';
import { newImportId, type CrsCandidate } from '../src/api/work/imports';
import { candidateFeatures } from '../src/panels/work/imports/mapLayers';

const candidate = (srid: number, bbox?: [number, number, number, number]): CrsCandidate => ({
  name: `EPSG:${srid}`, srid, centre: [106.7, 21.9], bbox, swapXy: false, inProvince: true, distanceToZonesKm: 1,
});

describe('CRS candidates on the map', () => {
  it('draws each candidate as its numbered centre and the box its extent lands in, the chosen one marked', () => {
    const features = candidateFeatures([candidate(9215, [106.6, 21.8, 106.8, 22.0]), candidate(9216)], 9215);

    expect(features.map((f) => [f.geometry.type, f.properties?.rank, f.properties?.chosen])).toEqual([
      ['Polygon', '1', true], ['Point', '1', true], ['Point', '2', false],
    ]);
    expect((features[0].geometry as GeoJSON.Polygon).coordinates[0]).toEqual(
      [[106.6, 21.8], [106.8, 21.8], [106.8, 22.0], [106.6, 22.0], [106.6, 21.8]]);
  });
});

describe('the import id chosen by the browser', () => {
  it('is a version-4 UUID, new each time', () => {
    const a = newImportId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newImportId()).not.toBe(a);
  });
});
