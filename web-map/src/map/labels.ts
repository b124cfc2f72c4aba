import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';

/**
 * One label per zone and plot. Tiles cut a polygon at tile edges, and MapLibre would label each
 * piece; here the pieces are gathered by code and labelled once, at the middle of the largest piece.
 */
export function keepLabelsUnique(map: MapLibreMap): void {
  let timer = 0;
  const soon = () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => update(map), 30);
  };
  // As soon as the zone and plot tiles are in, not after the whole map is drawn, so labels do not add a round.
  map.on('sourcedata', (e) => {
    if ((e.sourceId === 'tiles-zones' || e.sourceId === 'tiles-plots') && e.isSourceLoaded) soon();
  });
  map.on('moveend', soon);
  map.once('load', () => warmUpGlyphs(map));
}

function update(map: MapLibreMap): void {
  const source = map.getSource('labels') as GeoJSONSource | undefined;
  if (!source) return;
  const features: GeoJSON.Feature[] = [];
  for (const [layer, kind] of [['zones', 'zone'], ['plots', 'plot']] as const) {
    if (!map.getSource(`tiles-${layer}`)) continue;
    const best = new Map<string, { area: number; box: number[]; props: Record<string, unknown> }>();
    for (const f of map.querySourceFeatures(`tiles-${layer}`, { sourceLayer: layer })) {
      const code = f.properties?.code as string | undefined;
      if (!code || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const polygon of polygons) {
        const box = bbox(polygon[0]);
        const area = (box[2] - box[0]) * (box[3] - box[1]);
        const seen = best.get(code);
        // Pieces of one polygon in neighbouring tiles: grow the box; a bigger separate piece wins.
        if (seen && overlaps(seen.box, box)) {
          seen.box = [Math.min(seen.box[0], box[0]), Math.min(seen.box[1], box[1]), Math.max(seen.box[2], box[2]), Math.max(seen.box[3], box[3])];
          seen.area = (seen.box[2] - seen.box[0]) * (seen.box[3] - seen.box[1]);
        } else if (!seen || area > seen.area) {
          best.set(code, { area, box, props: f.properties ?? {} });
        }
      }
    }
    for (const [code, { box, props }] of best) {
      features.push({
        type: 'Feature',
        properties: { ...props, code, kind },
        geometry: { type: 'Point', coordinates: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] },
      });
    }
  }
  // Setting the same labels again would make the map busy again, and idle again: only changes are set.
  features.sort((a, b) => String(a.properties!.code).localeCompare(String(b.properties!.code)));
  const signature = features.map((f) => `${f.properties!.code}@${(f.geometry as GeoJSON.Point).coordinates.join(',')}`).join(';');
  if (signature === lastSignature.get(map)) return;
  lastSignature.set(map, signature);
  source.setData({ type: 'FeatureCollection', features });
}

const lastSignature = new WeakMap<MapLibreMap, string>();

/**
 * Labels need their font files loaded and glyphs drawn; doing that only once the tiles are in
 * costs about a second. An invisible label with the letters of plot codes and Vietnamese names,
 * placed at the centre at start-up, gets it done while the tiles are still loading.
 */
const WARM_UP_TEXT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789 abcdeghiklmnopqrstuvxyĐđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ–';

function warmUpGlyphs(map: MapLibreMap): void {
  const source = map.getSource('labels') as GeoJSONSource | undefined;
  if (!source || lastSignature.has(map)) return;
  const { lng, lat } = map.getCenter();
  source.setData({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind: 'warm-up', code: WARM_UP_TEXT }, geometry: { type: 'Point', coordinates: [lng, lat] } }] });
}

function bbox(ring: GeoJSON.Position[]): number[] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of ring) {
    minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

const overlaps = (a: number[], b: number[]) => a[0] <= b[2] + 1e-9 && b[0] <= a[2] + 1e-9 && a[1] <= b[3] + 1e-9 && b[1] <= a[3] + 1e-9;
