import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ClearanceParcel } from '../../../api/work/clearance';

/**
 * The project's parcels drawn on the map, coloured by the step they are at. The ids start with
 * `ov-` so a restyle (sign-in, tile reload) keeps them (map/overlays.ts keepOverlays).
 */
export const PARCEL_SOURCE = 'ov-clearance-parcels';
export const PARCEL_FILL = 'ov-clearance-parcels-fill';
const PARCEL_LINE = 'ov-clearance-parcels-line';
const STUCK_LINE = 'ov-clearance-parcels-stuck';

/** 0 = nothing recorded yet; 1–11 the statutory steps, from cold (notice) to warm (payment), green for handover. */
export const STEP_COLOURS: Record<number, string> = {
  0: '#9e9e9e', 1: '#4a148c', 2: '#283593', 3: '#b71c1c', 4: '#1565c0', 5: '#00838f', 6: '#00897b',
  7: '#7cb342', 8: '#f9a825', 9: '#ef6c00', 10: '#2e7d32', 11: '#c62828',
};
export const STUCK_COLOUR = '#d50000';

function ensureLayers(map: MapLibreMap): GeoJSONSource | undefined {
  if (!map.getSource(PARCEL_SOURCE)) map.addSource(PARCEL_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  if (!map.getLayer(PARCEL_FILL)) {
    map.addLayer({ id: PARCEL_FILL, type: 'fill', source: PARCEL_SOURCE, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.55 } });
    map.addLayer({ id: PARCEL_LINE, type: 'line', source: PARCEL_SOURCE, paint: { 'line-color': '#212121', 'line-width': 1 } });
    map.addLayer({ id: STUCK_LINE, type: 'line', source: PARCEL_SOURCE, filter: ['==', ['get', 'stuck'], true], paint: { 'line-color': STUCK_COLOUR, 'line-width': 3, 'line-dasharray': [2, 1] } });
  }
  return map.getSource(PARCEL_SOURCE) as GeoJSONSource | undefined;
}

/** Draws the parcels (or clears them with an empty list). */
export function drawParcels(map: MapLibreMap, parcels: ClearanceParcel[], stuck: Set<string>): void {
  const features: GeoJSON.Feature[] = parcels.filter((p) => p.geometry).map((p) => {
    const stepNo = p.currentStep?.stepNo ?? 0;
    return {
      type: 'Feature', geometry: p.geometry as GeoJSON.Geometry,
      properties: { parcelCode: p.parcelCode, stepNo, colour: STEP_COLOURS[stepNo] ?? STEP_COLOURS[0], stuck: stuck.has(p.parcelCode) },
    };
  });
  if (!map.isStyleLoaded() && !map.getSource(PARCEL_SOURCE)) {
    map.once('idle', () => drawParcels(map, parcels, stuck));
    return;
  }
  ensureLayers(map)?.setData({ type: 'FeatureCollection', features });
}

/** The parcel under a map click, if any. */
export function parcelAt(map: MapLibreMap, point: { x: number; y: number }): string | null {
  if (!map.getLayer(PARCEL_FILL)) return null;
  const hit = map.queryRenderedFeatures([point.x, point.y], { layers: [PARCEL_FILL] })[0];
  return hit ? String(hit.properties?.parcelCode) : null;
}
