import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { layerGroups } from '../src/layers/catalog';

// style.ts builds absolute URLs from the page's address.
(globalThis as { document?: unknown }).document = { baseURI: 'http://127.0.0.1:5080/' };
const { buildStyle } = await import('../src/map/style');

const options = (staff: boolean, online = false) => ({
  config: { onlineBaseMap: online ? { tiles: ['https://tiles.example/{z}/{x}/{y}.png'] } : null },
  staff, sessionTag: 'test', groups: layerGroups(), opacity: {},
});

describe('the map style', () => {
  it('is a valid MapLibre style for guests, staff and with an online base map', () => {
    for (const o of [options(false), options(true), options(true, true)]) {
      expect(validateStyleMin(buildStyle(o) as never).map((e) => e.message)).toEqual([]);
    }
  });
  it('keeps {z}/{x}/{y} in tile URLs and carries the user tag', () => {
    const style = buildStyle(options(false));
    expect((style.sources['tiles-zones'] as { tiles: string[] }).tiles[0]).toBe('http://127.0.0.1:5080/tiles/zones/{z}/{x}/{y}.mvt?s=test');
  });
  it('asks guests for no staff-only tiles', () => {
    expect(Object.keys(buildStyle(options(false)).sources)).not.toContain('tiles-violations');
    expect(Object.keys(buildStyle(options(true)).sources)).toContain('tiles-violations');
  });
  it('adds an online base map only when configured', () => {
    expect(buildStyle(options(false)).sources.online).toBeUndefined();
    expect(buildStyle(options(false, true)).sources.online).toMatchObject({ type: 'raster' });
  });
  it('draws labels above every fill and line', () => {
    const layers = buildStyle(options(true)).layers;
    const firstSymbol = layers.findIndex((l) => l.type === 'symbol');
    expect(layers.slice(firstSymbol).every((l) => l.type === 'symbol')).toBe(true);
  });
});
