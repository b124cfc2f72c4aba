import { describe, expect, it } from 'vitest';
import {
  detectAxisOrder, parseCoordinateTable, parseNumber, planeArea, tablePolygon, vn2000ToWgs84, wgs84ToVn2000Pair,
} from '../src/format/vn2000';

// Expected values computed with PROJ: `cs2cs EPSG:9215 EPSG:4326 -f %.9f` (PROJ 9, the EPSG database's
// own parameters, the same the server's migration uses).
const PROJ_PAIRS: [number, number, number, number][] = [
  // easting, northing → lat, lon
  [448927.783, 2416895.459, 21.847779999, 106.757780011],
  [440000, 2430000, 21.965853643, 106.670931273],
  [455123.456, 2401234.567, 21.7065007700, 106.818143695],
  [449000.5, 2417000.25, 21.848728541, 106.758480271],
];

// Metres per degree at 22° N, to express the tolerance in metres.
const M_PER_DEG_LAT = 110_700;
const M_PER_DEG_LON = 103_200;

describe('VN-2000 (EPSG:9215) → WGS84 in the browser', () => {
  for (const [e, n, lat, lon] of PROJ_PAIRS) {
    it(`E ${e}, N ${n} agrees with PROJ within 0.5 m`, () => {
      const [gotLon, gotLat] = vn2000ToWgs84(e, n);
      expect(Math.abs(gotLat - lat) * M_PER_DEG_LAT).toBeLessThan(0.5);
      expect(Math.abs(gotLon - lon) * M_PER_DEG_LON).toBeLessThan(0.5);
    });
  }
  it('goes back to the same plane coordinates to the centimetre', () => {
    const [lon, lat] = vn2000ToWgs84(448927.783, 2416895.459);
    const [e, n] = wgs84ToVn2000Pair(lon, lat);
    expect(e).toBeCloseTo(448927.783, 2);
    expect(n).toBeCloseTo(2416895.459, 2);
  });
  it('matches domain.md\'s check value (WGS84 21.84778 N, 106.75778 E)', () => {
    const [lon, lat] = vn2000ToWgs84(448927.783, 2416895.459);
    expect(Math.abs(lat - 21.84778) * M_PER_DEG_LAT).toBeLessThan(0.01);
    expect(Math.abs(lon - 106.75778) * M_PER_DEG_LON).toBeLessThan(0.01);
  });
});

describe('numbers as typed', () => {
  it.each([
    ['2416895.459', 2416895.459],
    ['2416895,459', 2416895.459],
    ['2.416.895,459', 2416895.459],
    ['2,416,895.459', 2416895.459],
    ['448 927,78', 448927.78],
    ['2.416.895', 2416895],
    ['12', 12],
  ])('%s', (text, value) => expect(parseNumber(text)).toBeCloseTo(value, 6));
  it.each(['abc', '24168a5', '1.2.3', '', '-'])('rejects %s', (text) => expect(parseNumber(text)).toBeNull());
});

describe('coordinate tables', () => {
  const excel = 'Điểm\tX (m)\tY (m)\n1\t2416900,00\t448900,00\n2\t2416900,00\t449000,00\n3\t2417000,00\t449000,00\n4\t2417000,00\t448900,00\n1\t2416900,00\t448900,00\n';

  it('reads an Excel paste with a header, point numbers, decimal commas and the closing point', () => {
    const { rows, problems } = parseCoordinateTable(excel);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.point)).toEqual(['1', '2', '3', '4']);
    expect(rows[1]).toEqual({ line: 3, point: '2', first: 2416900, second: 449000 });
  });
  it('detects X = northing first and makes a 100 m × 100 m square in easting, northing', () => {
    const { rows } = parseCoordinateTable(excel);
    expect(detectAxisOrder(rows)).toBe('XY');
    const polygon = tablePolygon(rows, 'XY');
    expect(polygon.coordinates[0][0]).toEqual([448900, 2416900]);
    expect(polygon.coordinates[0]).toHaveLength(5);
    expect(planeArea(polygon)).toBeCloseTo(10_000, 6);
  });
  it('reads semicolons, spaces, no point column, and the easting-first order', () => {
    const { rows, problems } = parseCoordinateTable('448900.5; 2416900.5\n449000 2416900\n449000,0 2417000,0\n');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.point)).toEqual([null, null, null]);
    expect(detectAxisOrder(rows)).toBe('YX');
  });
  it('reads comma-separated values with decimal points', () => {
    const { rows } = parseCoordinateTable('1,2416900.5,448900.5\n2, 2416900.5, 449000\n3,2417000,449000');
    expect(rows).toHaveLength(3);
    expect(rows[0].first).toBe(2416900.5);
  });
  it('ignores an edge-length column after the coordinates', () => {
    const { rows } = parseCoordinateTable('M1 2416900 448900 100,00\nM2 2416900 449000 100,00\nM3 2417000 449000 141,42');
    expect(rows.map((r) => [r.point, r.first, r.second])).toEqual([['M1', 2416900, 448900], ['M2', 2416900, 449000], ['M3', 2417000, 449000]]);
  });
  it('locates a bad line by its number', () => {
    const { problems } = parseCoordinateTable('1 2416900 448900\n2 2416900 449000\n3 24169x0 449000\n4 2417000');
    expect(problems).toEqual([
      { line: 3, kind: 'unreadable', token: '24169x0' },
      { line: 4, kind: 'tooFewNumbers', found: 1 },
    ]);
  });
  it('needs three points', () => {
    expect(parseCoordinateTable('1 2416900 448900\n2 2416900 449000').problems).toEqual([{ line: 0, kind: 'tooFewPoints', found: 2 }]);
  });
  it('leaves the order open when the magnitudes do not say', () => {
    const { rows } = parseCoordinateTable('1 416900 448900\n2 416900 449000\n3 417000 449000');
    expect(detectAxisOrder(rows)).toBeNull();
  });
});
