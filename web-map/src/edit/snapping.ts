/** Snapping in screen pixels: to a neighbour's vertex first, else to the nearest point of its edges. */
export interface Px { x: number; y: number }
export type SnapKind = 'vertex' | 'edge';
/** `index` is the vertex or segment snapped to; `t` the position along that segment (0 at its start). */
export interface Snap { point: Px; kind: SnapKind; distance: number; index: number; t: number }

const dist = (a: Px, b: Px) => Math.hypot(a.x - b.x, a.y - b.y);

/** Where along segment a–b (0…1) the point nearest to p is. */
export function positionOnSegment(p: Px, a: Px, b: Px): number {
  const dx = b.x - a.x, dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  return len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
}

/** The point of segment a–b nearest to p. */
export function nearestOnSegment(p: Px, a: Px, b: Px): Px {
  const t = positionOnSegment(p, a, b);
  return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
}

/**
 * Where `p` snaps to, or null when nothing is within `tolerance` pixels. Vertices win over edges
 * when both are in reach, so corners line up exactly with the neighbour's corners.
 */
export function snap(p: Px, vertices: Px[], segments: [Px, Px][], tolerance: number): Snap | null {
  let best: Snap | null = null;
  vertices.forEach((v, index) => {
    const d = dist(p, v);
    if (d <= tolerance && (!best || d < best.distance)) best = { point: v, kind: 'vertex', distance: d, index, t: 0 };
  });
  if (best) return best;
  segments.forEach(([a, b], index) => {
    const t = positionOnSegment(p, a, b);
    const q = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
    const d = dist(p, q);
    if (d <= tolerance && (!best || d < best.distance)) best = { point: q, kind: 'edge', distance: d, index, t };
  });
  return best;
}

/** Vertices and edges of polygons/lines, as [lon, lat] rings, for snapping candidates. */
export function ringsOf(geometry: GeoJSON.Geometry): [number, number][][] {
  switch (geometry.type) {
    case 'Polygon': return geometry.coordinates as [number, number][][];
    case 'MultiPolygon': return geometry.coordinates.flat() as [number, number][][];
    case 'LineString': return [geometry.coordinates as [number, number][]];
    case 'MultiLineString': return geometry.coordinates as [number, number][][];
    default: return [];
  }
}

/** Drops the closing vertex of a ring (the editor works on open rings). */
export function openRing(ring: [number, number][]): [number, number][] {
  const n = ring.length;
  return n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1] ? ring.slice(0, -1) : ring.slice();
}

export function closeRing(ring: [number, number][]): [number, number][] {
  return ring.length ? [...ring, ring[0]] : ring;
}

/** Inserts a vertex after index i (between i and i+1, wrapping). */
export function insertVertex(ring: [number, number][], after: number, at: [number, number]): [number, number][] {
  return [...ring.slice(0, after + 1), at, ...ring.slice(after + 1)];
}

/** Removes vertex i; a polygon keeps at least 3 vertices (returns null when it would not). */
export function deleteVertex(ring: [number, number][], i: number): [number, number][] | null {
  if (ring.length <= 3) return null;
  return ring.filter((_, j) => j !== i);
}

/** Midpoints of each edge of an open ring, with the index of the vertex they follow. */
export function midpoints(ring: [number, number][]): { after: number; at: [number, number] }[] {
  return ring.map((a, i) => {
    const b = ring[(i + 1) % ring.length];
    return { after: i, at: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] as [number, number] };
  });
}
