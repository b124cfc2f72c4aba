import proj4 from 'proj4';
import { EPSG_9215 } from './coordinates';

/**
 * VN-2000 coordinate tables as Vietnamese decisions and surveys write them: one point a line, an
 * optional point name, X = northing (≈ 2 400 000 m in Lạng Sơn) and Y = easting (≈ 400 000–600 000 m),
 * pasted from Excel (tabs), CSV (semicolons) or typed (spaces), decimal comma or point.
 * EPSG:9215's own axis order is easting, northing: the reverse (interop.md), so the order is detected
 * from the magnitudes and confirmed by the user.
 */

/** One point of the table: its line in the text (1-based), its name if given, and the two numbers in the order typed. */
export interface TableRow {
  line: number;
  point: string | null;
  first: number;
  second: number;
}

export type TableProblem =
  | { line: number; kind: 'unreadable'; token: string }
  | { line: number; kind: 'tooFewNumbers'; found: number }
  | { line: 0; kind: 'tooFewPoints'; found: number };

/** Which typed column is the northing: 'XY' = first column is X (northing), as Vietnamese tables write it. */
export type AxisOrder = 'XY' | 'YX';

// Coordinates in metres on a TM-3 plane are large; point numbers and edge lengths in the same table are not.
const COORDINATE_MIN = 10_000;
// Anything above this is a northing in Vietnam (8.5°–23.4° N ≈ 0.94–2.6 Mm); eastings stay below 1 Mm.
const NORTHING_MIN = 1_000_000;

/**
 * A number as typed: `2416895.459`, `2416895,459`, `2.416.895,459`, `2,416,895.459`, `448 927,78`.
 * When both separators appear the last one is the decimal one; a lone separator followed by exactly
 * three digits more than once (`2.416.895`) is grouping.
 */
export function parseNumber(token: string): number | null {
  let s = token.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    s = s.split(group).join('');
    if (s.split(decimal).length > 2) return null;
    s = s.replace(decimal, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (sep) {
      const parts = s.split(sep);
      if (parts.length > 2) {
        if (!parts.slice(1).every((p) => p.length === 3)) return null;
        s = parts.join('');
      } else {
        s = parts.join('.');
      }
    }
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** A line's cells: tabs or semicolons if there are any (Excel, CSV), else spaces, else commas between numbers written with points. */
function cells(line: string): string[] {
  if (/[\t;|]/.test(line)) return line.split(/[\t;|]+/).map((c) => c.trim()).filter(Boolean);
  const bySpace = line.trim().split(/\s+/).map((c) => c.replace(/,$/, '')).filter(Boolean);
  // One cell with commas: a CSV line ("1,2416900.5,448900.5"); a lone decimal-comma number is one coordinate either way.
  if (bySpace.length === 1 && line.includes(',')) return line.split(',').map((c) => c.trim()).filter(Boolean);
  return bySpace;
}

/**
 * Reads the table. Lines without any digit (headers such as "Điểm  X (m)  Y (m)", blank lines) are
 * skipped; a line with digits that does not give two coordinates is a problem with its line number.
 * A last point equal to the first (tables often close the ring) is dropped.
 */
export function parseCoordinateTable(text: string): { rows: TableRow[]; problems: TableProblem[] } {
  const rows: TableRow[] = [];
  const problems: TableProblem[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!/\d/.test(raw)) return;
    const parts = cells(raw);
    const values = parts.map(parseNumber);
    // The point name is the first cell unless it is itself a coordinate.
    const nameFirst = values[0] === null || Math.abs(values[0]) < COORDINATE_MIN;
    const coordinates: number[] = [];
    for (let i = nameFirst ? 1 : 0; i < parts.length && coordinates.length < 2; i++) {
      const v = values[i];
      if (v === null) return void problems.push({ line, kind: 'unreadable', token: parts[i] });
      if (Math.abs(v) >= COORDINATE_MIN) coordinates.push(v);
    }
    if (coordinates.length < 2) return void problems.push({ line, kind: 'tooFewNumbers', found: coordinates.length });
    rows.push({ line, point: nameFirst ? parts[0] : null, first: coordinates[0], second: coordinates[1] });
  });
  const last = rows[rows.length - 1];
  if (rows.length > 1 && last.first === rows[0].first && last.second === rows[0].second) rows.pop();
  if (!problems.length && rows.length < 3) problems.push({ line: 0, kind: 'tooFewPoints', found: rows.length });
  return { rows, problems };
}

/** The order the magnitudes show (the northing is the value above 1 000 km), or null when the rows disagree or say nothing. */
export function detectAxisOrder(rows: TableRow[]): AxisOrder | null {
  const isXY = (r: TableRow) => Math.abs(r.first) >= NORTHING_MIN && Math.abs(r.second) < NORTHING_MIN;
  const isYX = (r: TableRow) => Math.abs(r.second) >= NORTHING_MIN && Math.abs(r.first) < NORTHING_MIN;
  if (rows.length && rows.every(isXY)) return 'XY';
  if (rows.length && rows.every(isYX)) return 'YX';
  return null;
}

/** A row as [easting, northing], EPSG:9215's axis order. */
export function toEastingNorthing(row: TableRow, order: AxisOrder): [number, number] {
  return order === 'XY' ? [row.second, row.first] : [row.first, row.second];
}

/** The closed polygon in EPSG:9215 (easting, northing), exactly as typed. */
export function tablePolygon(rows: TableRow[], order: AxisOrder): GeoJSON.Polygon {
  const ring = rows.map((r) => toEastingNorthing(r, order));
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
}

/** Area in m² on the VN-2000 plane (shoelace), what the API reports as areaM2 for a boundary typed in 9215. */
export function planeArea(polygon: GeoJSON.Polygon): number {
  const ringArea = (ring: GeoJSON.Position[]) => {
    let sum = 0;
    for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    return Math.abs(sum) / 2;
  };
  const [outer, ...holes] = polygon.coordinates;
  return ringArea(outer) - holes.reduce((s, h) => s + ringArea(h), 0);
}

const toWgs84 = proj4(EPSG_9215, 'EPSG:4326');
const fromWgs84 = proj4('EPSG:4326', EPSG_9215);

/** EPSG:9215 easting/northing → WGS84 [lon, lat]: TM-3 inverse, then the 7-parameter VN-2000 → WGS84 shift (position-vector signs). */
export function vn2000ToWgs84(easting: number, northing: number): [number, number] {
  const [lon, lat] = toWgs84.forward([easting, northing]);
  return [lon, lat];
}

/** WGS84 [lon, lat] → EPSG:9215 [easting, northing]. */
export function wgs84ToVn2000Pair(lon: number, lat: number): [number, number] {
  const [e, n] = fromWgs84.forward([lon, lat]);
  return [e, n];
}

/** A polygon in EPSG:9215 as WGS84, for drawing on the map. */
export function polygonToWgs84(polygon: GeoJSON.Polygon): GeoJSON.Polygon {
  return { type: 'Polygon', coordinates: polygon.coordinates.map((ring) => ring.map(([e, n]) => vn2000ToWgs84(e, n))) };
}

/** A polygon in WGS84 as EPSG:9215 (a drawn boundary's plane area). */
export function polygonToVn2000(polygon: GeoJSON.Polygon): GeoJSON.Polygon {
  return { type: 'Polygon', coordinates: polygon.coordinates.map((ring) => ring.map(([lon, lat]) => wgs84ToVn2000Pair(lon, lat))) };
}
