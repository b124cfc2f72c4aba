import type { Map as MapLibreMap, MapMouseEvent, MapTouchEvent, GeoJSONSource, LayerSpecification } from 'maplibre-gl';
import { snap, ringsOf, openRing, closeRing, insertVertex, deleteVertex, midpoints, type Px, type SnapKind } from './snapping';

export interface EditorEvents {
  onChange: (ring: [number, number][], selected: number | null) => void;
  onSnap: (kind: SnapKind | null) => void;
  onRefused: (reason: 'tooFewVertices') => void;
}

/** Snapping reach on screen; it grows to the server's tolerance when that is more pixels (very close zooms). */
const SNAP_PX = 12;
/** The server's default (Planning:SnapToleranceMetres) until geometryRules answers. */
const SERVER_SNAP_METRES = 0.05;
const layers: LayerSpecification[] = [
  // Magenta, so the edited shape stands apart from violations (red/orange), history (orange) and conflicts (blue).
  { id: 'edit-fill', type: 'fill', source: 'edit-shape', paint: { 'fill-color': '#f8bbd0', 'fill-opacity': 0.3 } },
  { id: 'edit-line', type: 'line', source: 'edit-shape', paint: { 'line-color': '#c2185b', 'line-width': 3 } },
  { id: 'edit-midpoints', type: 'circle', source: 'edit-midpoints', paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': '#c2185b', 'circle-stroke-width': 1.5, 'circle-opacity': 0.9 } },
  {
    id: 'edit-vertices', type: 'circle', source: 'edit-vertices',
    paint: {
      'circle-radius': ['case', ['get', 'selected'], 9, 7],
      'circle-color': ['case', ['get', 'selected'], '#000000', '#c2185b'],
      'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2,
    },
  },
  { id: 'edit-snap', type: 'circle', source: 'edit-snap', paint: { 'circle-radius': 12, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#00c853', 'circle-stroke-width': 3 } },
];

/**
 * Moves, adds and deletes the vertices of one polygon's outer ring on the map, snapping to the
 * vertices and edges of the neighbours it is given. Holes and other parts are kept as they were.
 */
export class VertexEditor {
  private ring: [number, number][];
  private selected: number | null = null;
  private dragging: number | null = null;
  private snapEnabled = true;
  private neighbourRings: [number, number][][] = [];
  private serverSnapMetres = SERVER_SNAP_METRES;
  private readonly handlers: [string, string | null, (e: never) => void][] = [];

  constructor(
    private readonly map: MapLibreMap,
    private readonly original: GeoJSON.Polygon | GeoJSON.MultiPolygon,
    private readonly events: EditorEvents,
  ) {
    this.ring = openRing(this.outerRing(original));
    this.install();
    this.draw();
  }

  /** Neighbouring boundaries to snap to (their exact geometries from the API, or from the tiles). */
  setNeighbours(geometries: GeoJSON.Geometry[]): void {
    this.neighbourRings = geometries.flatMap(ringsOf);
  }

  /** The server snaps vertices this close (metres) to a neighbour anyway; the editor snaps at least as far. */
  setServerSnapTolerance(metres: number): void {
    this.serverSnapMetres = metres;
  }

  setSnapping(on: boolean): void {
    this.snapEnabled = on;
  }

  /** The edited geometry, of the same type as the original. */
  geometry(): GeoJSON.Polygon | GeoJSON.MultiPolygon {
    const outer = closeRing(this.ring);
    if (this.original.type === 'Polygon') return { type: 'Polygon', coordinates: [outer, ...this.original.coordinates.slice(1)] };
    const parts = this.original.coordinates.map((p) => p.map((r) => r.slice()));
    parts[this.largestPart()] = [outer, ...parts[this.largestPart()].slice(1)];
    return { type: 'MultiPolygon', coordinates: parts };
  }

  vertexCount(): number {
    return this.ring.length;
  }

  selectedIndex(): number | null {
    return this.selected;
  }

  select(i: number | null): void {
    this.selected = i == null ? null : ((i % this.ring.length) + this.ring.length) % this.ring.length;
    this.draw();
  }

  deleteSelected(): void {
    if (this.selected == null) return;
    const next = deleteVertex(this.ring, this.selected);
    if (!next) {
      this.events.onRefused('tooFewVertices');
      return;
    }
    this.ring = next;
    this.selected = Math.min(this.selected, next.length - 1);
    this.draw();
  }

  /** Moves the selected vertex by a number of screen pixels (keyboard editing). */
  nudgeSelected(dx: number, dy: number): void {
    if (this.selected == null) return;
    const p = this.map.project(this.ring[this.selected]);
    const ll = this.map.unproject([p.x + dx, p.y + dy]);
    this.ring[this.selected] = [ll.lng, ll.lat];
    this.draw();
  }

  destroy(): void {
    for (const [type, layer, fn] of this.handlers) {
      if (layer) this.map.off(type as 'mousedown', layer, fn as never);
      else this.map.off(type as 'mousemove', fn as never);
    }
    for (const l of [...layers].reverse()) if (this.map.getLayer(l.id)) this.map.removeLayer(l.id);
    for (const s of ['edit-shape', 'edit-vertices', 'edit-midpoints', 'edit-snap']) if (this.map.getSource(s)) this.map.removeSource(s);
    this.map.dragPan.enable();
    this.map.getCanvas().style.cursor = '';
  }

  private outerRing(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): [number, number][] {
    return (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[this.largestPartOf(g)][0]) as [number, number][];
  }

  private largestPart(): number {
    return this.original.type === 'MultiPolygon' ? this.largestPartOf(this.original) : 0;
  }

  private largestPartOf(g: GeoJSON.MultiPolygon): number {
    let best = 0, bestArea = -1;
    g.coordinates.forEach((p, i) => {
      const r = p[0];
      let a = 0;
      for (let j = 0; j < r.length - 1; j++) a += r[j][0] * r[j + 1][1] - r[j + 1][0] * r[j][1];
      if (Math.abs(a) > bestArea) { bestArea = Math.abs(a); best = i; }
    });
    return best;
  }

  private install(): void {
    const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
    for (const s of ['edit-shape', 'edit-vertices', 'edit-midpoints', 'edit-snap']) {
      if (!this.map.getSource(s)) this.map.addSource(s, { type: 'geojson', data: empty });
    }
    for (const l of layers) if (!this.map.getLayer(l.id)) this.map.addLayer(l);

    const on = <E>(type: string, layer: string | null, fn: (e: E) => void) => {
      this.handlers.push([type, layer, fn as (e: never) => void]);
      if (layer) this.map.on(type as 'mousedown', layer, fn as never);
      else this.map.on(type as 'mousemove', fn as never);
    };
    on<MapMouseEvent>('mousedown', 'edit-vertices', (e) => this.startDrag(e));
    on<MapTouchEvent>('touchstart', 'edit-vertices', (e) => this.startDrag(e));
    on<MapMouseEvent>('mousemove', null, (e) => this.drag(e));
    on<MapTouchEvent>('touchmove', null, (e) => this.drag(e));
    on<MapMouseEvent>('mouseup', null, () => this.endDrag());
    on<MapTouchEvent>('touchend', null, () => this.endDrag());
    on<MapMouseEvent>('mouseenter', 'edit-vertices', () => { this.map.getCanvas().style.cursor = 'move'; });
    on<MapMouseEvent>('mouseleave', 'edit-vertices', () => { if (this.dragging == null) this.map.getCanvas().style.cursor = ''; });
    on<MapMouseEvent>('mouseenter', 'edit-midpoints', () => { this.map.getCanvas().style.cursor = 'copy'; });
    on<MapMouseEvent>('mouseleave', 'edit-midpoints', () => { this.map.getCanvas().style.cursor = ''; });
  }

  /** A click while editing: on a midpoint adds a vertex, on a vertex selects it. */
  handleClick(e: MapMouseEvent): void {
    const box: [[number, number], [number, number]] = [[e.point.x - 6, e.point.y - 6], [e.point.x + 6, e.point.y + 6]];
    const vertex = this.map.queryRenderedFeatures(box, { layers: ['edit-vertices'] })[0];
    if (vertex) {
      this.select(Number(vertex.properties.index));
      return;
    }
    const mid = this.map.queryRenderedFeatures(box, { layers: ['edit-midpoints'] })[0];
    if (mid) {
      const after = Number(mid.properties.after);
      const at = midpoints(this.ring)[after].at;
      this.ring = insertVertex(this.ring, after, at);
      this.select(after + 1);
    }
  }

  private startDrag(e: MapMouseEvent | MapTouchEvent): void {
    const f = (e as MapMouseEvent & { features?: { properties: Record<string, unknown> }[] }).features?.[0];
    if (!f) return;
    e.preventDefault();
    this.dragging = Number(f.properties.index);
    this.selected = this.dragging;
    this.map.dragPan.disable();
  }

  private drag(e: MapMouseEvent | MapTouchEvent): void {
    if (this.dragging == null) return;
    const alt = 'originalEvent' in e && (e.originalEvent as MouseEvent).altKey;
    const snapped = this.snapEnabled && !alt ? this.snapAt(e.point) : null;
    const at: [number, number] = snapped ? snapped.at : [e.lngLat.lng, e.lngLat.lat];
    this.ring[this.dragging] = at;
    this.setData('edit-snap', snapped ? [{ type: 'Point', coordinates: at }] : []);
    this.events.onSnap(snapped?.kind ?? null);
    this.draw();
  }

  private endDrag(): void {
    if (this.dragging == null) return;
    this.dragging = null;
    this.map.dragPan.enable();
    this.setData('edit-snap', []);
    this.draw();
  }

  /**
   * Where the pointer snaps to, in exact coordinates: a neighbour's vertex as stored, or the point
   * of its edge (interpolated between the edge's stored ends), so shared boundaries really coincide.
   */
  private snapAt(point: { x: number; y: number }): { kind: SnapKind; at: [number, number] } | null {
    const vertices: Px[] = [], vertexCoords: [number, number][] = [];
    const segments: [Px, Px][] = [], segmentCoords: [[number, number], [number, number]][] = [];
    const near = (p: Px) => Math.abs(p.x - point.x) < 200 && Math.abs(p.y - point.y) < 200;
    for (const ring of this.neighbourRings) {
      let prev: { px: Px; c: [number, number] } | null = null;
      for (const c of ring) {
        const p = this.map.project(c);
        const px = { x: p.x, y: p.y };
        if (near(px)) { vertices.push(px); vertexCoords.push(c); }
        if (prev && (near(px) || near(prev.px))) { segments.push([prev.px, px]); segmentCoords.push([prev.c, c]); }
        prev = { px, c };
      }
    }
    const found = snap(point, vertices, segments, Math.max(SNAP_PX, this.serverSnapMetres / this.metresPerPixel(point)));
    if (!found) return null;
    if (found.kind === 'vertex') return { kind: 'vertex', at: vertexCoords[found.index] };
    const [a, b] = segmentCoords[found.index];
    return { kind: 'edge', at: [a[0] + found.t * (b[0] - a[0]), a[1] + found.t * (b[1] - a[1])] };
  }

  /** Ground metres per screen pixel at a point of the map (along the parallel). */
  private metresPerPixel(point: { x: number; y: number }): number {
    const a = this.map.unproject([point.x, point.y]);
    const b = this.map.unproject([point.x + 1, point.y]);
    return a.distanceTo(b);
  }

  private draw(): void {
    const closed = closeRing(this.ring);
    this.setData('edit-shape', [{ type: 'Polygon', coordinates: [closed] }]);
    this.setFeatures('edit-vertices', this.ring.map((c, index) => ({
      type: 'Feature', properties: { index, selected: index === this.selected }, geometry: { type: 'Point', coordinates: c },
    })));
    this.setFeatures('edit-midpoints', this.dragging == null ? midpoints(this.ring).map((m) => ({
      type: 'Feature', properties: { after: m.after }, geometry: { type: 'Point', coordinates: m.at },
    })) : []);
    this.events.onChange(this.ring, this.selected);
  }

  private setData(source: string, geometries: GeoJSON.Geometry[]): void {
    this.setFeatures(source, geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })));
  }

  private setFeatures(source: string, features: GeoJSON.Feature[]): void {
    (this.map.getSource(source) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  }
}
