// Cuts the offline base map out of world-atlas (Natural Earth 1:10m): the countries around
// Vietnam as fills and the land borders as lines, clipped to a box around the region so the
// browser downloads tens of kilobytes instead of the whole world.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
const [minX, minY, maxX, maxY] = [99, 14, 114, 27];
const round = (p) => [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];
// Natural Earth 1:10m is good to about a kilometre; points closer than ~50 m to the line add bytes, not accuracy.
const TOLERANCE = 0.0005;

/** Douglas–Peucker simplification of a polyline (ends kept). */
function simplify(points) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy) || 1;
    let worst = -1, index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs(dy * (points[i][0] - ax) - dx * (points[i][1] - ay)) / len;
      if (d > worst) { worst = d; index = i; }
    }
    if (worst > TOLERANCE) { keep[index] = 1; stack.push([a, index], [index, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

// Sutherland–Hodgman against one edge of the box at a time.
function clipRing(ring) {
  const edges = [
    (p) => p[0] >= minX, (p) => p[0] <= maxX, (p) => p[1] >= minY, (p) => p[1] <= maxY,
  ];
  const cut = [
    (a, b) => at(a, b, (minX - a[0]) / (b[0] - a[0])), (a, b) => at(a, b, (maxX - a[0]) / (b[0] - a[0])),
    (a, b) => at(a, b, (minY - a[1]) / (b[1] - a[1])), (a, b) => at(a, b, (maxY - a[1]) / (b[1] - a[1])),
  ];
  let out = ring;
  edges.forEach((inside, i) => {
    const input = out;
    out = [];
    for (let j = 0; j < input.length; j++) {
      const cur = input[j], prev = input[(j + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut[i](prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut[i](prev, cur));
    }
  });
  return out;
}
const at = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

function dedupe(points) {
  const out = [];
  for (const p of points.map(round)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

const countries = [];
for (const f of feature(world, world.objects.countries).features) {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = [];
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => dedupe(simplify(clipRing(ring.slice(0, -1))))).filter((r) => r.length >= 3);
    if (rings.length && rings[0].length >= 3) kept.push(rings.map((r) => [...r, r[0]]));
  }
  if (kept.length) {
    countries.push({
      type: 'Feature',
      properties: { name: f.properties.name, home: f.properties.name === 'Vietnam' },
      geometry: { type: 'MultiPolygon', coordinates: kept },
    });
  }
}

const inBox = (p) => p[0] >= minX && p[0] <= maxX && p[1] >= minY && p[1] <= maxY;
const borders = mesh(world, world.objects.countries, (a, b) => a !== b);
const lines = [];
for (const line of borders.coordinates) {
  let run = [];
  for (const p of line) {
    if (inBox(p)) run.push(p);
    else { if (run.length > 1) lines.push(dedupe(simplify(run))); run = []; }
  }
  if (run.length > 1) lines.push(dedupe(simplify(run)));
}

mkdirSync(new URL('../public/base-map/', import.meta.url), { recursive: true });
writeFileSync(new URL('../public/base-map/countries.json', import.meta.url),
  JSON.stringify({ type: 'FeatureCollection', features: countries }));
writeFileSync(new URL('../public/base-map/borders.json', import.meta.url),
  JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } }] }));
console.log(`base map: ${countries.length} countries, ${lines.length} border lines`);
