import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { CrsCandidate, StagedFeatures } from '../../../api/work/imports';
import { IMPORT_STATUS_COLOURS, statusColourExpression } from './status';

/**
 * The staged features over the live layers, coloured by status, and the CRS candidates' centres.
 * Added when the wizard first draws (not with the app's overlays, so the map's first load does not
 * carry them); their ids start with `ov-` so a restyle (sign-in) keeps them.
 */
export const STAGED_LAYERS = ['ov-import-fill', 'ov-import-line', 'ov-import-point'];
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const isPolygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isPoint = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const colour = statusColourExpression();

const layers = (): LayerSpecification[] => [
  { id: 'ov-import-fill', type: 'fill', source: 'ov-import', filter: isPolygon as never, paint: { 'fill-color': colour as never, 'fill-opacity': 0.3 } },
  { id: 'ov-import-line', type: 'line', source: 'ov-import', filter: ['!', isPoint] as never, paint: { 'line-color': colour as never, 'line-width': 2.5 } },
  { id: 'ov-import-point', type: 'circle', source: 'ov-import', filter: isPoint as never,
    paint: { 'circle-color': colour as never, 'circle-radius': 6, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
  { id: 'ov-import-label', type: 'symbol', source: 'ov-import', minzoom: 14, filter: ['has', 'code'],
    layout: { 'text-field': ['get', 'code'], 'text-font': ['Noto Sans Regular'], 'text-size': 12 },
    paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } },
  // Where the file's extent lands under each candidate (a box), beneath its numbered centre.
  { id: 'ov-import-crs-box', type: 'line', source: 'ov-import-crs', filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'line-color': IMPORT_STATUS_COLOURS.update, 'line-width': ['case', ['get', 'chosen'], 3, 1.5] as never, 'line-dasharray': [2, 1] } },
  { id: 'ov-import-crs-point', type: 'circle', source: 'ov-import-crs', filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-color': ['case', ['get', 'chosen'], IMPORT_STATUS_COLOURS.update, '#ffffff'] as never, 'circle-radius': 11,
      'circle-stroke-color': IMPORT_STATUS_COLOURS.update, 'circle-stroke-width': 3,
    } },
  { id: 'ov-import-crs-label', type: 'symbol', source: 'ov-import-crs', filter: ['==', ['geometry-type'], 'Point'],
    layout: { 'text-field': ['get', 'rank'], 'text-font': ['Noto Sans Regular'], 'text-size': 13, 'text-allow-overlap': true },
    paint: { 'text-color': ['case', ['get', 'chosen'], '#ffffff', '#0d47a1'] as never } },
];

function ensure(map: MapLibreMap): void {
  for (const id of ['ov-import', 'ov-import-crs']) if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: EMPTY });
  for (const layer of layers()) if (!map.getLayer(layer.id)) map.addLayer(layer);
}

function setData(map: MapLibreMap, source: string, data: GeoJSON.FeatureCollection): void {
  if (!map.isStyleLoaded() && !map.getSource(source)) {
    map.once('idle', () => setData(map, source, data));
    return;
  }
  ensure(map);
  (map.getSource(source) as GeoJSONSource).setData(data);
}

export function showStaged(map: MapLibreMap, features: StagedFeatures | null): void {
  setData(map, 'ov-import', features ?? EMPTY);
}

/** Each candidate's centre numbered by rank (1 = most likely) and its extent's box, the chosen one filled. */
export function showCandidates(map: MapLibreMap, candidates: CrsCandidate[], chosen: number | null): void {
  setData(map, 'ov-import-crs', { type: 'FeatureCollection', features: candidateFeatures(candidates, chosen) });
}

export function candidateFeatures(candidates: CrsCandidate[], chosen: number | null): GeoJSON.Feature[] {
  return candidates.flatMap((c, i) => {
    const properties = { srid: c.srid, rank: String(i + 1), chosen: c.srid === chosen };
    const centre: GeoJSON.Feature = { type: 'Feature', properties, geometry: { type: 'Point', coordinates: c.centre } };
    if (!c.bbox) return [centre];
    const [w, s, e, n] = c.bbox;
    const box: GeoJSON.Feature = { type: 'Feature', properties,
      geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } };
    return [box, centre];
  });
}

export function hideCandidates(map: MapLibreMap): void {
  (map.getSource('ov-import-crs') as GeoJSONSource | undefined)?.setData(EMPTY);
}

export function clearImportLayers(map: MapLibreMap): void {
  for (const id of ['ov-import', 'ov-import-crs']) (map.getSource(id) as GeoJSONSource | undefined)?.setData(EMPTY);
}
