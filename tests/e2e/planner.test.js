// Planner: moves a vertex of a zone boundary, saves with a decision number, sees the version in history, reverts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForMapIdle, renderedFeatures, screenshot, login, accounts, BASE_URL, openBoundaryEditor, dragFirstVertex, firstVertex } from './lib/browser.js';

const ZONE = 'KCN-DONG-BANH';

async function zoneTile(page) {
  await waitForMapIdle(page);
  const features = await renderedFeatures(page, ['zones-line'], ['==', ['get', 'code'], ZONE]);
  return features[0]?.properties;
}

test('planner edits a zone boundary, sees the new version and reverts it', { timeout: 240_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/#map=14/21.675/106.585');
    await waitForMapIdle(page);
    await login(page, accounts().planner);
    await waitForMapIdle(page);
    const before = await zoneTile(page);
    assert.ok(before, 'the zone is drawn');

    // Find the zone, open the editor, drag the first vertex (south-west corner) outwards.
    await openBoundaryEditor(page, ZONE, 'Đồng Bành');
    const vertex = await dragFirstVertex(page);
    const moved = (await firstVertex(page)).lngLat;
    assert.notDeepEqual(moved, vertex.lngLat, 'the vertex moved on the map');
    await screenshot(page, 'planner-vertex-moved');

    await page.fill('#panel-edit input[name=legalBasis]', '999/QĐ-BQLKKT (thử nghiệm e2e)');
    await page.click('#save-boundary');
    await page.waitForSelector('#history-list, #edit-message .error', { timeout: 30_000 });
    const refused = await page.$('#edit-message .error');
    if (refused) {
      await screenshot(page, 'planner-save-refused');
      assert.fail(`the save was refused: ${await refused.textContent()}`);
    }
    const versionAfterEdit = before.version + 1;
    await page.waitForSelector(`#history-list li[data-version="${versionAfterEdit}"]`);
    assert.match(await page.textContent('#history-list'), /999\/QĐ-BQLKKT/);
    const edited = await zoneTile(page);
    assert.equal(edited.version, versionAfterEdit, 'the map draws the new version');
    await screenshot(page, 'planner-saved-history');

    // Revert to the version before the edit.
    await page.fill('#panel-edit input[placeholder]', '1000/QĐ-BQLKKT (hoàn tác e2e)');
    await page.click(`[data-revert="${before.version}"]`);
    await page.waitForSelector(`#history-list li[data-version="${versionAfterEdit + 1}"]`, { timeout: 30_000 });
    const reverted = await zoneTile(page);
    assert.equal(reverted.version, versionAfterEdit + 1, 'the revert is a new version on the map');
    await screenshot(page, 'planner-reverted');
  } finally {
    await close();
  }
});

test('a dragged vertex snaps to the neighbouring plot\'s corner, and moving one vertex is saved', { timeout: 180_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/#map=17/21.6712/106.5842');
    await waitForMapIdle(page);
    await login(page, accounts().planner);
    await openBoundaryEditor(page, 'DB-B-04', 'DB-B-04');
    await page.waitForTimeout(1500); // the neighbours' exact boundaries arrive from the API

    const corner = await firstVertex(page);
    // Pull the corner 30 px away, then let it go 7 px from where the neighbour's corner is: it snaps there.
    await page.mouse.move(corner.x, corner.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(corner.x - 5 * i, corner.y + 2 * i);
    await page.mouse.move(corner.x - 6, corner.y + 4);
    const status = await page.textContent('#edit-snap-status');
    await page.mouse.up();
    await screenshot(page, 'planner-snapped');
    assert.match(status, /đỉnh lân cận/, 'snapped to a neighbouring vertex');
    const after = await page.evaluate(() => window.__planningMap.queryRenderedFeatures(undefined, { layers: ['edit-vertices'] }).find((f) => f.properties.index === 0).geometry.coordinates);
    assert.ok(Math.abs(after[0] - corner.lngLat[0]) < 2e-6 && Math.abs(after[1] - corner.lngLat[1]) < 2e-6, `the corner is back on the shared corner (${after} vs ${corner.lngLat})`);

    // Then move the next corner 15 px into the plot (Alt: exact) and save. Every other vertex, shared
    // edges included, goes back as the API wrote it: the save is accepted (it was refused for an
    // overlap on an untouched edge when the API wrote 7 decimals).
    const inward = await page.evaluate(() => {
      const map = window.__planningMap;
      const vertices = map.queryRenderedFeatures(undefined, { layers: ['edit-vertices'] });
      const r = map.getCanvas().getBoundingClientRect();
      const px = vertices.map((f) => map.project(f.geometry.coordinates));
      const centre = { x: px.reduce((s, p) => s + p.x, 0) / px.length, y: px.reduce((s, p) => s + p.y, 0) / px.length };
      const p = map.project(vertices.find((f) => f.properties.index === 1).geometry.coordinates);
      const d = Math.hypot(centre.x - p.x, centre.y - p.y);
      return { x: r.left + p.x, y: r.top + p.y, dx: (15 * (centre.x - p.x)) / d, dy: (15 * (centre.y - p.y)) / d };
    });
    await page.keyboard.down('Alt');
    await page.mouse.move(inward.x, inward.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(inward.x + (inward.dx * i) / 5, inward.y + (inward.dy * i) / 5);
    await page.mouse.up();
    await page.keyboard.up('Alt');
    await page.fill('#panel-edit input[name=legalBasis]', '998/QĐ-BQLKKT (thử nghiệm e2e)');
    await page.click('#save-boundary');
    await page.waitForSelector('#history-list, #edit-message .error', { timeout: 30_000 });
    const refused = await page.$('#edit-message .error');
    if (refused) {
      await screenshot(page, 'planner-one-vertex-refused');
      assert.fail(`moving one vertex was refused: ${await refused.textContent()}`);
    }
    await page.waitForSelector('#history-list li[data-version="2"]');
  } finally {
    await close();
  }
});

test('a version conflict is explained and the planner\'s edit is kept', { timeout: 180_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/#map=14/21.915/106.715');
    await waitForMapIdle(page);
    const planner = accounts().planner;
    await login(page, planner);
    await page.click('#tab-search');
    await page.fill('#search-input', 'KCX-1');
    await page.press('#search-input', 'Enter');
    await page.locator('#search-results button', { hasText: 'Khu chế xuất' }).first().click();
    await page.locator('[data-action="edit-boundary"]').first().click();
    await page.waitForSelector('#save-boundary');
    await waitForMapIdle(page);

    // Meanwhile another planner saves the same zone.
    const gql = async (query, variables, token) => (await (await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })).json()).data;
    const { login: session } = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: planner.username, p: planner.password });
    const { zone } = await gql('{ zone(code: "KCX-1") { version geometry } }', {}, session.token);
    const other = await gql('mutation($g: GeoJSON!, $v: Int!) { updateZoneBoundary(input: { code: "KCX-1", geometry: $g, legalBasis: "77/QĐ-BQLKKT (người khác)", expectedVersion: $v }) { version } }',
      { g: zone.geometry, v: zone.version }, session.token);
    assert.equal(other.updateZoneBoundary.version, zone.version + 1);

    await page.fill('#panel-edit input[name=legalBasis]', '78/QĐ-BQLKKT (thử nghiệm e2e)');
    await page.click('#save-boundary');
    const explained = await page.waitForSelector('#edit-message .error', { timeout: 30_000 });
    assert.match(await explained.textContent(), new RegExp(`phiên bản ${zone.version + 1}`));
    await waitForMapIdle(page);
    assert.ok((await renderedFeatures(page, ['ov-conflict-line'])).length > 0, 'the other version is drawn for comparison');
    assert.ok((await renderedFeatures(page, ['edit-vertices'])).length > 0, 'the edit is still on the map');
    await screenshot(page, 'planner-conflict');

    await page.locator('#edit-message button').click();
    await page.waitForSelector(`#history-list li[data-version="${zone.version + 2}"]`, { timeout: 30_000 });
    assert.match(await page.textContent('#history-list'), /78\/QĐ-BQLKKT/);
  } finally {
    await close();
  }
});
