import type { StyleSpecification, SourceSpecification, LayerSpecification } from 'maplibre-gl';
import notoLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import notoVietnamese from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import type { Config } from '../config';
import { TILE_SOURCES, type LayerGroup } from '../layers/catalog';

export interface StyleOptions {
  config: Config;
  staff: boolean;
  /** Changes with the signed-in user, so tiles made for another role are not reused. */
  sessionTag: string;
  groups: LayerGroup[];
  opacity: Record<string, number>;
}

/** Absolute URL of a path next to index.html, keeping `{z}/{x}/{y}` as they are (URL() would escape them). */
const absolute = (path: string) => new URL('.', document.baseURI).href + path;

/**
 * Labels are drawn from font files shipped with the app (Noto Sans from the @fontsource npm
 * package, Latin + Latin Extended + Vietnamese subsets) through the style's `font-faces`:
 * MapLibre rasterises them in the browser, so no glyph server and no internet are needed.
 */
function fontFaces() {
  return {
    'Noto Sans Regular': [
      { url: absolute(notoVietnamese), 'unicode-range': ['U+0102-0103', 'U+0110-0111', 'U+0128-0129', 'U+0168-0169', 'U+01A0-01A1', 'U+01AF-01B0', 'U+0300-0323', 'U+1EA0-1EF9', 'U+20AB'] },
      { url: absolute(notoLatinExt), 'unicode-range': ['U+0100-02FF', 'U+1E00-1EFF', 'U+2020-20CF', 'U+A720-A7FF'] },
      { url: absolute(notoLatin), 'unicode-range': ['U+0000-00FF', 'U+2000-206F', 'U+2122', 'U+2212'] },
    ],
  };
}

export function buildStyle(options: StyleOptions): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {
    countries: { type: 'geojson', data: absolute('base-map/countries.json'), attribution: 'Natural Earth' },
    borders: { type: 'geojson', data: absolute('base-map/borders.json') },
    // One point per zone and plot, filled in by map/labels.ts.
    labels: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  };
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': '#cfe3ef' } },
    {
      id: 'countries-fill', type: 'fill', source: 'countries',
      // Neighbouring countries fade when zoomed in: a 1:10m border is only approximate there.
      paint: {
        'fill-color': ['interpolate', ['linear'], ['zoom'],
          10, ['case', ['get', 'home'], '#f6f3ea', '#e4e2dc'],
          13, ['case', ['get', 'home'], '#f6f3ea', '#f0eee8']],
      },
    },
  ];
  const online = options.config.onlineBaseMap;
  if (online) {
    sources.online = { type: 'raster', tiles: online.tiles, tileSize: online.tileSize ?? 256, maxzoom: online.maxzoom ?? 19, attribution: online.attribution ?? '' };
    layers.push({ id: 'online-base', type: 'raster', source: 'online', paint: { 'raster-opacity': options.opacity.baseOnline ?? 1 } });
  }
  layers.push({
    id: 'borders-line', type: 'line', source: 'borders',
    paint: {
      'line-color': '#7a4f9a', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 12, 3], 'line-dasharray': [4, 1, 1, 1],
      'line-opacity': ['interpolate', ['linear'], ['zoom'], 11, 1, 14, 0.45],
    },
  });

  for (const tile of TILE_SOURCES) {
    if (tile.staffOnly && !options.staff) continue;
    sources[`tiles-${tile.name}`] = {
      type: 'vector',
      tiles: [absolute(`tiles/${tile.name}/{z}/{x}/{y}.mvt?s=${encodeURIComponent(options.sessionTag)}`)],
      minzoom: tile.minzoom,
      maxzoom: tile.maxzoom,
    };
  }
  // Labels go above every fill and line, whatever group they belong to.
  const shown = options.groups.filter((g) => !g.staffOnly || options.staff)
    .flatMap((g) => g.layers.map((layer) => withVisibility(layer, g.visible)));
  layers.push(...shown.filter((l) => l.type !== 'symbol'), ...shown.filter((l) => l.type === 'symbol'));
  layers.push({
    id: 'labels-warm-up', type: 'symbol', source: 'labels', filter: ['==', ['get', 'kind'], 'warm-up'],
    layout: { 'text-field': ['get', 'code'], 'text-font': ['Noto Sans Regular'], 'text-size': 12, 'text-allow-overlap': true, 'text-max-width': 100 },
    paint: { 'text-opacity': 0 },
  });

  return {
    version: 8,
    'font-faces': fontFaces(),
    sources,
    layers,
  } as StyleSpecification;
}

function withVisibility(layer: LayerSpecification, visible: boolean): LayerSpecification {
  return { ...layer, layout: { ...(layer as { layout?: object }).layout, visibility: visible ? 'visible' : 'none' } } as LayerSpecification;
}
