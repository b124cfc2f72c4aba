import type { Map as MapLibreMap, GeoJSONSource, LayerSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * Layers the app draws itself on top of the tiles (selection, finder results, history, errors).
 * Their ids start with `ov-` so a style change (sign-in) can carry them over.
 */
export const OVERLAY_PREFIX = 'ov-';
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
/** The history comparison: the older version dashed, the newer solid (features carry role: 'old' | 'new'). */
export const COMPARE_COLOURS = { old: '#8e24aa', new: '#00897b' } as const;

const overlayLayers: LayerSpecification[] = [
  { id: 'ov-finder-fill', type: 'fill', source: 'ov-finder', paint: { 'fill-color': '#00e5ff', 'fill-opacity': 0.25 } },
  { id: 'ov-finder-line', type: 'line', source: 'ov-finder', paint: { 'line-color': '#006064', 'line-width': 2 } },
  { id: 'ov-history-line', type: 'line', source: 'ov-history', paint: { 'line-color': '#ff6f00', 'line-width': 3, 'line-dasharray': [2, 1] } },
  { id: 'ov-conflict-line', type: 'line', source: 'ov-conflict', paint: { 'line-color': '#0d47a1', 'line-width': 3, 'line-dasharray': [1, 1] } },
  { id: 'ov-highlight-line', type: 'line', source: 'ov-highlight', paint: { 'line-color': '#ffeb3b', 'line-width': 5, 'line-opacity': 0.9 } },
  { id: 'ov-highlight-line2', type: 'line', source: 'ov-highlight', paint: { 'line-color': '#212121', 'line-width': 1.5 } },
  { id: 'ov-compare-new-fill', type: 'fill', source: 'ov-compare', filter: ['==', ['get', 'role'], 'new'], paint: { 'fill-color': COMPARE_COLOURS.new, 'fill-opacity': 0.12 } },
  { id: 'ov-compare-old', type: 'line', source: 'ov-compare', filter: ['==', ['get', 'role'], 'old'], paint: { 'line-color': COMPARE_COLOURS.old, 'line-width': 3, 'line-dasharray': [2, 1.5] } },
  { id: 'ov-compare-new', type: 'line', source: 'ov-compare', filter: ['==', ['get', 'role'], 'new'], paint: { 'line-color': COMPARE_COLOURS.new, 'line-width': 3 } },
  { id: 'ov-draft-fill', type: 'fill', source: 'ov-draft', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#d50000', 'fill-opacity': 0.25 } },
  { id: 'ov-draft-line', type: 'line', source: 'ov-draft', paint: { 'line-color': '#d50000', 'line-width': 2 } },
  { id: 'ov-draft-point', type: 'circle', source: 'ov-draft', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': '#d50000', 'circle-radius': 7, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } },
  { id: 'ov-problem-line', type: 'line', source: 'ov-problem', filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': '#d50000', 'line-width': 4, 'line-dasharray': [2, 1] } },
  { id: 'ov-problem-point', type: 'circle', source: 'ov-problem', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': 'rgba(0,0,0,0)', 'circle-radius': 14, 'circle-stroke-color': '#d50000', 'circle-stroke-width': 4 } },
];

export type OverlayName = 'finder' | 'history' | 'conflict' | 'highlight' | 'compare' | 'draft' | 'problem';

export function addOverlays(map: MapLibreMap): void {
  for (const name of ['finder', 'history', 'conflict', 'highlight', 'compare', 'draft', 'problem']) {
    if (!map.getSource(`ov-${name}`)) map.addSource(`ov-${name}`, { type: 'geojson', data: EMPTY });
  }
  for (const layer of overlayLayers) if (!map.getLayer(layer.id)) map.addLayer(layer);
}

export function setOverlay(map: MapLibreMap, name: OverlayName, data: GeoJSON.FeatureCollection | GeoJSON.Geometry | null): void {
  const source = map.getSource(`ov-${name}`) as GeoJSONSource | undefined;
  if (!source) return;
  if (!data) source.setData(EMPTY);
  else if (data.type === 'FeatureCollection') source.setData(data);
  else source.setData({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: data }] });
}

/** Keeps the app's own sources and layers when the style is replaced. */
export function keepOverlays(previous: StyleSpecification | undefined, next: StyleSpecification): StyleSpecification {
  if (!previous) return next;
  const sources = { ...next.sources };
  for (const [id, source] of Object.entries(previous.sources)) {
    if (id.startsWith(OVERLAY_PREFIX) || id.startsWith('edit-')) sources[id] = source;
  }
  const kept = previous.layers.filter((l) => l.id.startsWith(OVERLAY_PREFIX) || l.id.startsWith('edit-'));
  return { ...next, sources, layers: [...next.layers, ...kept] };
}

/** The bounding box of a geometry, for fitBounds. */
export function bboxOf(geometry: GeoJSON.Geometry): [[number, number], [number, number]] | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => visit((g as GeoJSON.Point).coordinates));
  else visit(geometry.coordinates);
  return Number.isFinite(minX) ? [[minX, minY], [maxX, maxY]] : null;
}

export function fitTo(map: MapLibreMap, geometry: GeoJSON.Geometry | null | undefined, maxZoom = 17): void {
  const box = geometry && bboxOf(geometry);
  if (box) map.fitBounds(box, { padding: 60, maxZoom, duration: 600 });
}
