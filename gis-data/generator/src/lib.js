// Shared helpers for the sample-data generator: seeded PRNG, PROJ (cs2cs) transforms,
// rectilinear ring construction, GeoJSON writing.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG (deterministic)
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hashString(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0), 16777619);
  return h >>> 0;
}
/** One independent stream per data set, so changing one file never shifts another. */
export class Rng {
  constructor(name) { this.f = mulberry32(hashString('planninggis-sample/' + name)); }
  next() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  range(a, b) { return a + this.f() * (b - a); }
  chance(p) { return this.f() < p; }
  pick(arr) { return arr[Math.floor(this.f() * arr.length)]; }
  shuffle(arr) {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
}

// ---------------------------------------------------------------- coordinates
/** EPSG:9215 VN-2000 / TM-3 107-15 (Lạng Sơn), exactly as `projinfo EPSG:9215 -o PROJ` prints it. */
export const VN2000_LANG_SON =
  '+proj=tmerc +lat_0=0 +lon_0=107.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ' +
  '+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs';
const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

function cs2cs(from, to, points) {
  if (points.length === 0) return [];
  const input = points.map((p) => `${p[0]} ${p[1]}`).join('\n') + '\n';
  const out = execFileSync('cs2cs', [...from.split(' '), '+to', ...to.split(' '), '-f', '%.10f'], {
    input, maxBuffer: 1 << 30,
  }).toString().trim().split('\n');
  if (out.length !== points.length) throw new Error(`cs2cs returned ${out.length} lines for ${points.length} points`);
  return out.map((line) => {
    const [x, y] = line.trim().split(/\s+/).map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error('cs2cs failed: ' + line);
    return [x, y];
  });
}
/** EPSG:9215 (E, N) metres -> WGS84 (lon, lat) degrees, via PROJ's cs2cs. */
export const toWgs84 = (points) => cs2cs(VN2000_LANG_SON, WGS84, points);
/** WGS84 (lon, lat) -> EPSG:9215 (E, N). */
export const toVn2000 = (points) => cs2cs(WGS84, VN2000_LANG_SON, points);

export const round = (x, d) => Number(x.toFixed(d));

/**
 * Transforms every coordinate of many GeoJSON geometries (built in EPSG:9215 metres) to WGS84
 * in one cs2cs call, rounding to 7 decimals (about 1 cm). Identical input vertices give identical
 * output vertices, so edges shared on the plane stay shared.
 */
export function geometriesToWgs84(geometries) {
  const keys = new Map();
  const pts = [];
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      const k = c[0] + ',' + c[1];
      if (!keys.has(k)) { keys.set(k, pts.length); pts.push(c); }
    } else c.forEach(visit);
  };
  geometries.forEach((g) => visit(g.coordinates));
  const out = toWgs84(pts).map(([x, y]) => [round(x, 7), round(y, 7)]);
  const map = (c) => (typeof c[0] === 'number' ? out[keys.get(c[0] + ',' + c[1])] : c.map(map));
  return geometries.map((g) => ({ type: g.type, coordinates: map(g.coordinates) }));
}

// ---------------------------------------------------------------- rings on the plane
/**
 * Counter-clockwise closed ring of the axis-parallel rectangle [x0,x1] x [y0,y1], passing through
 * the extra nodes given for each side (x values for bottom/top, y values for left/right), so that
 * neighbours which split a side share exactly the same vertices (no T-junctions).
 */
export function rectRing(x0, y0, x1, y1, nodes = {}) {
  const inside = (v, a, b) => v > a && v < b;
  const bx = [...new Set(nodes.bottom ?? [])].filter((v) => inside(v, x0, x1)).sort((a, b) => a - b);
  const tx = [...new Set(nodes.top ?? [])].filter((v) => inside(v, x0, x1)).sort((a, b) => b - a);
  const ry = [...new Set(nodes.right ?? [])].filter((v) => inside(v, y0, y1)).sort((a, b) => a - b);
  const ly = [...new Set(nodes.left ?? [])].filter((v) => inside(v, y0, y1)).sort((a, b) => b - a);
  const ring = [[x0, y0]];
  bx.forEach((x) => ring.push([x, y0]));
  ring.push([x1, y0]);
  ry.forEach((y) => ring.push([x1, y]));
  ring.push([x1, y1]);
  tx.forEach((x) => ring.push([x, y1]));
  ring.push([x0, y1]);
  ly.forEach((y) => ring.push([x0, y]));
  ring.push([x0, y0]);
  return ring;
}
export const reverseRing = (r) => r.slice().reverse();
export const rectPolygon = (x0, y0, x1, y1, nodes) => ({ type: 'Polygon', coordinates: [rectRing(x0, y0, x1, y1, nodes)] });
export const rectMulti = (x0, y0, x1, y1) => ({ type: 'MultiPolygon', coordinates: [[rectRing(x0, y0, x1, y1)]] });

export function signedArea(ring) {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}
export function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// ---------------------------------------------------------------- output
/** A FeatureCollection with one feature per line: readable diffs, modest size. */
export function writeFeatureCollection(path, features, extra = {}) {
  const head = { type: 'FeatureCollection', ...extra };
  const headJson = JSON.stringify(head);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(path, headJson.slice(0, -1) + ',"features":[\n' + body + '\n]}\n');
}
export function writeJsonArray(path, rows) {
  writeFileSync(path, '[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n');
}
export function writeCsv(path, header, rows) {
  const cell = (v) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  writeFileSync(path, [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h])).join(','))].join('\n') + '\n');
}

// ---------------------------------------------------------------- dates
export const isoDate = (d) => d.toISOString().slice(0, 10);
export function addDays(date, days) { const d = new Date(date + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + days); return isoDate(d); }
export function addYears(date, years) {
  // Same rule as PostgreSQL's date + make_interval(years => n): 29 Feb clamps to 28 Feb.
  const [y, m, d] = date.split('-').map(Number);
  const ny = y + years;
  const last = new Date(Date.UTC(ny, m, 0)).getUTCDate();
  return `${ny}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
export function randomDate(rng, from, to) {
  const a = Date.parse(from + 'T00:00:00Z'), b = Date.parse(to + 'T00:00:00Z');
  return isoDate(new Date(a + Math.floor(rng.next() * ((b - a) / 86400000 + 1)) * 86400000));
}
