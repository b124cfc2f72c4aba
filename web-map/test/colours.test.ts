import { describe, expect, it } from 'vitest';
import { matchColour, safeColour, textColourOn, clearanceColour, AVAILABILITY_COLOURS } from '../src/layers/colours';
import { layerGroups, TILE_SOURCES, CLICKABLE_LAYERS } from '../src/layers/catalog';

describe('colour mapping', () => {
  it('matches enum values in any case (tiles are lower case, the API upper case)', () => {
    expect(matchColour('availability', { AVAILABLE: '#00ff00' }, '#999999')).toEqual(
      ['match', ['upcase', ['to-string', ['get', 'availability']]], 'AVAILABLE', '#00ff00', '#999999']);
  });
  it('has a colour for every plot availability', () => {
    for (const value of ['AVAILABLE', 'RESERVED', 'ALLOCATED', 'NOT_FOR_INVESTMENT']) expect(AVAILABILITY_COLOURS[value]).toMatch(/^#[0-9a-f]{6}$/);
  });
  it('keeps a land-use colour from the data and greys out a broken one', () => {
    expect(safeColour('#a078dc')).toBe('#a078dc');
    expect(safeColour('purple')).toBe('#cccccc');
    expect(safeColour(null)).toBe('#cccccc');
  });
  it('chooses legible text on a swatch', () => {
    expect(textColourOn('#ffff64')).toBe('#000000');
    expect(textColourOn('#0b4f6c')).toBe('#ffffff');
  });
  it('runs clearance from red to green', () => {
    expect(clearanceColour(0)).toBe('#d32f2f');
    expect(clearanceColour(1)).toBe('#388e3c');
    expect(clearanceColour(0.25)).not.toBe(clearanceColour(0.75));
  });
});

describe('layer catalogue', () => {
  const groups = layerGroups();
  it('uses only tile layers the host serves', () => {
    const served = new Set([...TILE_SOURCES.map((s) => `tiles-${s.name}`), 'labels']);
    for (const g of groups) for (const l of g.layers) expect(served.has((l as { source: string }).source)).toBe(true);
  });
  it('keeps staff-only layers for staff (conversions: the tiles show everyone the approved ones)', () => {
    expect(groups.filter((g) => g.staffOnly).map((g) => g.id).sort()).toEqual(['violations']);
  });
  it('colours plots by their land-use colour property', () => {
    const fill = groups.find((g) => g.id === 'plots')!.layers.find((l) => l.id === 'plots-fill') as { paint: Record<string, unknown> };
    expect(JSON.stringify(fill.paint['fill-color'])).toContain('"colour"');
  });
  it('lets every clickable layer exist', () => {
    const ids = new Set(groups.flatMap((g) => g.layers.map((l) => l.id)));
    for (const id of CLICKABLE_LAYERS) expect(ids.has(id)).toBe(true);
  });
});
