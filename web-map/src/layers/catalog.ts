import type { LayerSpecification } from 'maplibre-gl';
import type { MessageKey } from '../i18n';
import {
  AVAILABILITY_COLOURS, CLEARANCE_RAMP, CONVERSION_STATUS_COLOURS, CURRENT_CATEGORY_COLOURS, DOSSIER_KIND_COLOURS,
  VIOLATION_STATUS_COLOURS, ZONE_KIND_COLOURS, matchColour,
} from './colours';

/**
 * A tile layer the host serves at /tiles/{name}/{z}/{x}/{y}.mvt. Beyond `maxzoom` MapLibre
 * enlarges the last tiles instead of asking for more: a z14 tile keeps 4096 units over ~2.4 km
 * (0.6 m), plenty for zone outlines; plots keep z15 (0.3 m). Fewer requests, a faster first map.
 */
export interface TileSource { name: string; minzoom: number; maxzoom: number; staffOnly: boolean }

export const TILE_SOURCES: TileSource[] = [
  { name: 'dossiers', minzoom: 0, maxzoom: 14, staffOnly: false },
  { name: 'zones', minzoom: 0, maxzoom: 14, staffOnly: false },
  { name: 'plots', minzoom: 12, maxzoom: 15, staffOnly: false },
  { name: 'clearance', minzoom: 8, maxzoom: 14, staffOnly: false },
  { name: 'land_use_current', minzoom: 8, maxzoom: 14, staffOnly: false },
  { name: 'conversions', minzoom: 8, maxzoom: 14, staffOnly: false },
  { name: 'violations', minzoom: 8, maxzoom: 15, staffOnly: true },
];

/** What the legend shows for a group: swatches with a message key or a literal label. */
export type LegendItem = { colour: string; label: string; shape: 'fill' | 'line' | 'circle' | 'ramp'; literal?: boolean };

/** A group of map layers the user turns on and off together, with one opacity slider. */
export interface LayerGroup {
  id: string;
  name: MessageKey;
  source: string;
  staffOnly: boolean;
  minzoom: number;
  visible: boolean;
  layers: LayerSpecification[];
  legend: LegendItem[];
}

const src = (name: string) => `tiles-${name}`;
const legendOf = (group: string, colours: Record<string, string>, shape: LegendItem['shape']): LegendItem[] =>
  Object.entries(colours).map(([value, colour]) => ({ colour, label: `${group}.${value}`, shape }));

/** Every thematic layer group, bottom to top. */
export function layerGroups(): LayerGroup[] {
  return [
    {
      id: 'landUseCurrent', name: 'layer.landUseCurrent', source: 'land_use_current', staffOnly: false, minzoom: 8, visible: false,
      layers: [{
        id: 'land-use-current-fill', type: 'fill', source: src('land_use_current'), 'source-layer': 'land_use_current',
        filter: ['in', ['get', 'category'], ['literal', ['rice', 'forest']]],
        paint: {
          'fill-color': ['match', ['get', 'category'], 'rice', CURRENT_CATEGORY_COLOURS.rice, CURRENT_CATEGORY_COLOURS.forest],
          'fill-opacity': 0.65,
        },
      }],
      legend: [
        { colour: CURRENT_CATEGORY_COLOURS.rice, label: 'legend.rice', shape: 'fill' },
        { colour: CURRENT_CATEGORY_COLOURS.forest, label: 'legend.forest', shape: 'fill' },
      ],
    },
    {
      id: 'dossiers', name: 'layer.dossiers', source: 'dossiers', staffOnly: false, minzoom: 0, visible: true,
      layers: [{
        id: 'dossiers-line', type: 'line', source: src('dossiers'), 'source-layer': 'dossiers',
        paint: {
          'line-color': matchColour('kind', DOSSIER_KIND_COLOURS, '#555555') as never,
          'line-width': ['match', ['upcase', ['get', 'kind']], 'GENERAL_PLAN', 2.5, 'ZONING_PLAN', 2, 1.2],
          'line-dasharray': [3, 2],
          'line-opacity': 0.9,
        },
      }],
      legend: legendOf('kind', DOSSIER_KIND_COLOURS, 'line'),
    },
    {
      id: 'zones', name: 'layer.zones', source: 'zones', staffOnly: false, minzoom: 0, visible: true,
      layers: [
        {
          id: 'zones-fill', type: 'fill', source: src('zones'), 'source-layer': 'zones',
          paint: { 'fill-color': matchColour('kind', ZONE_KIND_COLOURS, '#555555') as never, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 10, 0.35, 14, 0.08] },
        },
        {
          id: 'zones-line', type: 'line', source: src('zones'), 'source-layer': 'zones',
          paint: { 'line-color': matchColour('kind', ZONE_KIND_COLOURS, '#555555') as never, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 14, 3], 'line-opacity': 1 },
        },
        {
          id: 'zones-label', type: 'symbol', source: 'labels', filter: ['==', ['get', 'kind'], 'zone'], minzoom: 11,
          layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'], 'text-size': 13, 'text-max-width': 10 },
          paint: { 'text-color': '#202020', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-opacity': 1 },
        },
      ],
      legend: legendOf('zoneKind', ZONE_KIND_COLOURS, 'fill'),
    },
    {
      id: 'plots', name: 'layer.plots', source: 'plots', staffOnly: false, minzoom: 12, visible: true,
      layers: [
        {
          id: 'plots-fill', type: 'fill', source: src('plots'), 'source-layer': 'plots',
          paint: { 'fill-color': ['coalesce', ['get', 'colour'], '#cccccc'], 'fill-opacity': 0.85 },
        },
        {
          id: 'plots-line', type: 'line', source: src('plots'), 'source-layer': 'plots',
          paint: { 'line-color': '#5d4037', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.3, 16, 1.2], 'line-opacity': 1 },
        },
        {
          id: 'plots-label', type: 'symbol', source: 'labels', filter: ['==', ['get', 'kind'], 'plot'], minzoom: 15,
          layout: { 'text-field': ['concat', ['get', 'code'], '\n', ['get', 'land_use_code']], 'text-font': ['Noto Sans Regular'], 'text-size': 11 },
          paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1, 'text-opacity': 1 },
        },
      ],
      legend: [],
    },
    {
      id: 'availability', name: 'layer.availability', source: 'plots', staffOnly: false, minzoom: 12, visible: false,
      layers: [{
        id: 'availability-fill', type: 'fill', source: src('plots'), 'source-layer': 'plots',
        paint: { 'fill-color': matchColour('availability', AVAILABILITY_COLOURS, '#9e9e9e') as never, 'fill-opacity': 0.75 },
      }],
      legend: legendOf('availability', AVAILABILITY_COLOURS, 'fill'),
    },
    {
      id: 'clearance', name: 'layer.clearance', source: 'clearance', staffOnly: false, minzoom: 8, visible: false,
      layers: [
        {
          id: 'clearance-fill', type: 'fill', source: src('clearance'), 'source-layer': 'clearance',
          paint: {
            'fill-color': ['interpolate', ['linear'], ['to-number', ['get', 'handover_rate'], 0], ...CLEARANCE_RAMP.flat()] as never,
            'fill-opacity': 0.5,
          },
        },
        {
          id: 'clearance-line', type: 'line', source: src('clearance'), 'source-layer': 'clearance',
          paint: { 'line-color': '#5d4037', 'line-width': 1.5, 'line-dasharray': [1, 1], 'line-opacity': 1 },
        },
      ],
      legend: [
        { colour: CLEARANCE_RAMP[0][1], label: 'legend.clearance0', shape: 'fill' },
        { colour: CLEARANCE_RAMP[2][1], label: 'legend.clearance1', shape: 'fill' },
      ],
    },
    {
      id: 'conversions', name: 'layer.conversions', source: 'conversions', staffOnly: false, minzoom: 8, visible: true,
      layers: [
        {
          id: 'conversions-fill', type: 'fill', source: src('conversions'), 'source-layer': 'conversions',
          paint: { 'fill-color': matchColour('status', CONVERSION_STATUS_COLOURS, '#7b1fa2') as never, 'fill-opacity': 0.25 },
        },
        {
          id: 'conversions-line', type: 'line', source: src('conversions'), 'source-layer': 'conversions',
          paint: { 'line-color': matchColour('status', CONVERSION_STATUS_COLOURS, '#7b1fa2') as never, 'line-width': 2, 'line-dasharray': [2, 1], 'line-opacity': 1 },
        },
      ],
      legend: legendOf('conversionStatus', CONVERSION_STATUS_COLOURS, 'line'),
    },
    {
      id: 'violations', name: 'layer.violations', source: 'violations', staffOnly: true, minzoom: 8, visible: true,
      layers: [
        {
          id: 'violations-area', type: 'fill', source: src('violations'), 'source-layer': 'violations',
          filter: ['==', ['geometry-type'], 'Polygon'],
          paint: { 'fill-color': matchColour('status', VIOLATION_STATUS_COLOURS, '#d50000') as never, 'fill-opacity': 0.35 },
        },
        {
          id: 'violations-point', type: 'circle', source: src('violations'), 'source-layer': 'violations',
          paint: {
            'circle-color': matchColour('status', VIOLATION_STATUS_COLOURS, '#d50000') as never,
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 4, 16, 9],
            'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2, 'circle-opacity': 1,
          },
        },
      ],
      legend: legendOf('violationStatus', VIOLATION_STATUS_COLOURS, 'circle'),
    },
  ];
}

/** The paint properties that carry a layer's opacity, per layer type. */
export const OPACITY_PROPERTY: Partial<Record<LayerSpecification['type'], string[]>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity'],
  raster: ['raster-opacity'],
};

/** Which layers answer a click, most specific first. */
export const CLICKABLE_LAYERS = ['violations-point', 'violations-area', 'plots-fill', 'availability-fill', 'conversions-fill', 'clearance-fill', 'zones-fill', 'dossiers-line', 'land-use-current-fill'];
