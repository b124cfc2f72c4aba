/** Small geometry helpers of the dossiers area (pure, tested in test/dossiers.test.ts). */

const EARTH_RADIUS_M = 6_378_137;
const rad = (d: number) => (d * Math.PI) / 180;

/** Area of one ring on the sphere (m², always positive): a preview while drawing; the API's areaM2 (VN-2000) is what counts. */
function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i], [x2, y2] = ring[i + 1];
    sum += rad(x2 - x1) * (2 + Math.sin(rad(y1)) + Math.sin(rad(y2)));
  }
  return Math.abs((sum * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

/** Area of a polygon or multipolygon (outer rings minus holes), m². */
export function ringAreaM2(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): number {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.reduce((total, rings) => total + rings.reduce((s, ring, i) => s + (i === 0 ? 1 : -1) * ringArea(ring), 0), 0);
}
