// The map for anyone: the offline base map and the tile layers are really drawn, and fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, waitForMapIdle, renderedFeatures, pixelAt, colourDistance, screenshot, ARTIFACTS, BASE_URL } from './lib/browser.js';

const DONG_BANH_VIEW = '/#map=15.5/21.675/106.585';

test('the economic zone map draws the base map, dossiers and zones with no internet', { timeout: 120_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page, problems } = await openPage(context, '/');
    await waitForMapIdle(page);
    await screenshot(page, 'map-overview');
    const countries = await renderedFeatures(page, ['countries-fill']);
    assert.ok(countries.some((f) => f.properties.name === 'Vietnam'), 'Vietnam is drawn from world-atlas');
    const zones = await renderedFeatures(page, ['zones-fill', 'zones-line']);
    assert.ok(zones.length > 0, 'zones are drawn');
    const dossiers = await renderedFeatures(page, ['dossiers-line']);
    assert.ok(dossiers.length > 0, 'dossier boundaries are drawn');
    const external = problems.filter((p) => p.includes('requestfailed') && !p.includes(new URL(BASE_URL).host));
    assert.deepEqual(external, [], 'nothing is fetched from outside');
    assert.deepEqual(problems.filter((p) => p.startsWith('pageerror') || p.includes('Error:')), [], 'no script or style errors');
  } finally {
    await close();
  }
});

test('plots of Đồng Bành are coloured by their land-use code, and the map is drawn in time', { timeout: 120_000 }, async () => {
  const { context, close } = await launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Navigation start → every layer drawn (MapLibre idle with all tiles loaded), measured in the page.
    await page.goto(BASE_URL + DONG_BANH_VIEW, { waitUntil: 'load' });
    await waitForMapIdle(page);
    const timing = await page.evaluate(() => ({ firstIdleMs: window.__mapTimings.firstIdle, allDrawnMs: window.__mapTimings.lastIdle, bundle: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') || r.name.endsWith('.mjs')).map((r) => ({ name: r.name.split('/').pop(), bytes: r.encodedBodySize })) }));
    await screenshot(page, 'map-dong-banh-plots');
    writeFileSync(join(ARTIFACTS, 'load-time.json'), JSON.stringify(timing, null, 2));
    console.log(`# load: navigation → tiles drawn ${Math.round(timing.firstIdleMs)} ms, everything incl. labels ${Math.round(timing.allDrawnMs)} ms (goal 2000); js ${JSON.stringify(timing.bundle)}`);

    const plots = await renderedFeatures(page, ['plots-fill']);
    assert.ok(plots.length > 10, `plots are drawn (${plots.length})`);
    // The painted pixel inside a plot is its land-use colour (blended at 85 % over the zone).
    const size = await page.evaluate(() => ({ w: window.__planningMap.getCanvas().clientWidth, h: window.__planningMap.getCanvas().clientHeight }));
    const centreOf = (f) => {
      const ring = f.geometry.coordinates[0].slice(0, 4);
      return [ring.reduce((s, c) => s + c[0], 0) / 4, ring.reduce((s, c) => s + c[1], 0) / 4];
    };
    let plot = null, centre = null;
    for (const f of plots.filter((f) => f.geometry.type === 'Polygon' && f.geometry.coordinates[0].length === 5 && f.properties.land_use_code !== 'DGT')) {
      const p = await page.evaluate((c) => window.__planningMap.project(c), centreOf(f));
      if (p.x > 40 && p.y > 40 && p.x < size.w - 40 && p.y < size.h - 40) { plot = f; centre = centreOf(f); break; }
    }
    assert.ok(plot, 'a whole plot is in view');
    const painted = await pixelAt(page, centre);
    assert.ok(colourDistance(painted, plot.properties.colour) < 60, `plot ${plot.properties.code}: painted ${painted}, land-use colour ${plot.properties.colour}`);
    // Timings never gate tests (the machine is shared); the goal of 2 s is reported, not asserted.
    assert.ok(timing.allDrawnMs > 0, 'the map settled');
  } finally {
    await close();
  }
});
