// Planner: a new zone and plots from pasted VN-2000 coordinate tables (X = northing), an overlap refused,
// a stale edit refused, a plot split by a line drawn on the map and merged back by picking on the map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForMapIdle, renderedFeatures, screenshot, login, accounts, screenPoint, apiAsSignedIn } from './lib/browser.js';

// An empty place between the sample zones (no zone, plot or current land use there): E 447 600–447 800, N 2 424 100–2 424 300 (EPSG:9215).
const ZONE = 'E2E-PLOTS-KHU';
const A = 'E2E-PLOTS-A';
const B = 'E2E-PLOTS-B';
const MERGED = 'E2E-PLOTS-BH';
const BASIS = '77/QĐ-BQLKKT ngày 03/12/2026 (kiểm thử e2e)';
const CENTRE = [106.74616, 21.91372];
// WGS84 of plane points (cs2cs EPSG:9215 EPSG:4326): the split line's ends and the two halves of B.
const LINE = [[106.7456217, 21.9137162], [106.7467348, 21.9137196]]; // E 447 695 → 447 810 at N 2 424 200
const B_SOUTH = [106.7461556, 21.9132662]; // E 447 750, N 2 424 150
const B_NORTH = [106.7461524, 21.9141694]; // E 447 750, N 2 424 250

// The zone as a CSV with easting first (Y; X), no point numbers: the order must be detected the other way round.
const ZONE_TABLE = '447600.00;2424100.00\n447800.00;2424100.00\n447800.00;2424300.00\n447600.00;2424300.00\n';
// Excel pastes: header, point numbers, X (northing) then Y (easting), decimal comma, the ring closed.
const excel = (rows) => `Điểm\tX (m)\tY (m)\n${rows.map(([n, x, y]) => `${n}\t${x}\t${y}`).join('\n')}\n`;
const A_TABLE = excel([[1, '2424100,00', '447600,00'], [2, '2424100,00', '447700,00'], [3, '2424300,00', '447700,00'], [4, '2424300,00', '447600,00'], [1, '2424100,00', '447600,00']]);
const B_OVERLAPPING = excel([[1, '2424100,00', '447650,50'], [2, '2424100,00', '447800,00'], [3, '2424300,00', '447800,00'], [4, '2424300,00', '447650,50']]);
const B_TABLE = excel([[1, '2424100,00', '447700,00'], [2, '2424100,00', '447800,00'], [3, '2424300,00', '447800,00'], [4, '2424300,00', '447700,00']]);
const B_AREA = 100 * 200; // m² on the VN-2000 plane, from the table

const PLOT = 'query($c: String!) { plot(code: $c) { code areaM2 availability version zone { code } landUse { code } indicators { maxBuildingDensity maxFloors far minSetbackM maxHeightM } parents { code } children { code } } }';
const plotOnServer = async (page, code) => (await apiAsSignedIn(page, PLOT, { c: code })).plot;
const near = (value, expected, share = 0.005) => Math.abs(value - expected) <= expected * share;

async function measure(label, start) {
  console.log(`MEASURE ${label}: ${Date.now() - start} ms`);
}

/** Pastes a table into a boundary input, checks the detected order and confirms it. */
async function pasteTable(page, prefix, text, detected) {
  await page.check(`#${prefix}-mode-table`);
  await page.fill(`#${prefix}-table`, text);
  await page.waitForSelector(`#${prefix}-order-part:not([hidden])`);
  assert.match(await page.textContent(`#${prefix}-order`), detected);
  await page.check(`#${prefix}-confirm-order`);
}

async function plotTileCodes(page) {
  await waitForMapIdle(page);
  return [...new Set((await renderedFeatures(page, ['plots-fill'])).map((f) => f.properties.code).filter((c) => c.startsWith('E2E-PLOTS-')))];
}

test('planner creates a zone and plots from VN-2000 tables, sees an overlap and a stale edit refused, splits and merges', { timeout: 180_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page, problems } = await openPage(context, `/#map=17/${CENTRE[1]}/${CENTRE[0]}`);
    await waitForMapIdle(page);
    await login(page, accounts().planner);
    await page.click('#tab-work');
    await page.click('.work-nav button[data-area=plots]');
    await page.waitForSelector('#plots-new-zone');

    // 1. The zone, from a table typed easting first: the detected order says so, and is confirmed.
    let start = Date.now();
    await page.click('#plots-new-zone');
    await page.fill('#zone-create-form input[name=code]', ZONE);
    await page.fill('#zone-create-form input[name=name]', 'Khu thử nghiệm lô đất (e2e)');
    await page.selectOption('#zone-create-form select[name=kind]', 'URBAN_SERVICE_AREA');
    await pasteTable(page, 'zone-new', ZONE_TABLE, /X \(Bắc\) = 2\.424\.100,000, Y \(Đông\) = 447\.600,000/);
    await page.fill('#zone-create-form input[name=legalBasis]', BASIS);
    await page.click('#zone-create-save');
    await page.waitForSelector('#plots-status .notice', { timeout: 30_000 });
    await measure('create zone (table)', start);
    const zone = (await apiAsSignedIn(page, 'query($c: String!) { zone(code: $c) { code kind areaM2 } }', { c: ZONE })).zone;
    assert.equal(zone?.kind, 'URBAN_SERVICE_AREA');
    assert.ok(near(zone.areaM2, 200 * 200), `zone area ${zone.areaM2} m² is the table's 40 000 m²`);
    assert.equal(await page.inputValue('#plots-area select[name=zone]'), ZONE, 'the list shows the new zone');

    // ... and renamed (updateZone, with its version).
    start = Date.now();
    await page.click('#plots-edit-zone');
    await page.fill('#zone-edit-form input[name=name]', 'Khu thử nghiệm lô đất (e2e, đã đổi tên)');
    await page.fill('#zone-edit-form input[name=legalBasis]', BASIS);
    await page.click('#zone-edit-save');
    await page.waitForSelector('#plots-status .notice:has-text("phiên bản 2")', { timeout: 30_000 });
    await measure('edit zone', start);
    assert.equal((await apiAsSignedIn(page, 'query($c: String!) { zone(code: $c) { name } }', { c: ZONE })).zone.name, 'Khu thử nghiệm lô đất (e2e, đã đổi tên)');

    // 2. Plot A from an Excel paste (X = northing first, detected), land use from the 08/2024 list, indicators.
    start = Date.now();
    await page.click('#plots-new-plot');
    await page.fill('#plot-create-form input[name=code]', A);
    await pasteTable(page, 'plot-new', A_TABLE, /X \(Bắc\) = 2\.424\.100,000, Y \(Đông\) = 447\.600,000 \(điểm 1\)/);
    await waitForMapIdle(page);
    assert.ok((await renderedFeatures(page, ['ov-draft-fill'])).length > 0, 'the table is previewed on the map');
    await page.check('#plot-create-form input[name="plot-new-landUse"][value=TMD]');
    await page.fill('#plot-create-form input[name=maxBuildingDensity]', '60');
    await page.fill('#plot-create-form input[name=maxFloors]', '5');
    await page.fill('#plot-create-form input[name=far]', '2,5');
    await page.fill('#plot-create-form input[name=legalBasis]', BASIS);
    await screenshot(page, 'plots-create-a');
    await page.click('#plot-create-save');
    await page.waitForSelector(`#plots-list li[data-plot-row="${A}"]`, { timeout: 30_000 });
    await measure('create plot (table)', start);
    const a = await plotOnServer(page, A);
    assert.equal(a.zone.code, ZONE);
    assert.equal(a.landUse.code, 'TMD');
    assert.deepEqual(a.indicators, { maxBuildingDensity: 60, maxFloors: 5, far: 2.5, minSetbackM: null, maxHeightM: null });
    assert.ok(near(a.areaM2, 100 * 200), `plot A's area ${a.areaM2} m² is the table's 20 000 m²`);

    // 3. Plot B overlapping A: refused with the API's sentence by the boundary, the place marked, nothing saved, the table kept.
    start = Date.now();
    await page.click('#plots-new-plot');
    await page.fill('#plot-create-form input[name=code]', B);
    await pasteTable(page, 'plot-new', B_OVERLAPPING, /X \(Bắc\) = 2\.424\.100,000, Y \(Đông\) = 447\.650,500/);
    await page.check('#plot-create-form input[name="plot-new-landUse"][value=TMD]');
    await page.fill('#plot-create-form input[name=legalBasis]', BASIS);
    await page.click('#plot-create-save');
    const refusal = await page.waitForSelector('#plot-new-geometry-msg:not(:empty)', { timeout: 30_000 });
    assert.match(await refusal.textContent(), new RegExp(`chồng lấn lên lô ${A}`));
    await waitForMapIdle(page);
    assert.ok((await renderedFeatures(page, ['ov-problem-point'])).length > 0, 'the overlap is marked on the map');
    await screenshot(page, 'plots-overlap-refused');
    assert.equal(await plotOnServer(page, B), null, 'nothing was saved');
    assert.equal(await page.inputValue('#plot-new-table'), B_OVERLAPPING, 'the typed table is kept');
    assert.equal(await page.inputValue('#plot-create-form input[name=code]'), B);

    // ... corrected in the same form: saved.
    await page.fill('#plot-new-table', B_TABLE);
    await page.check('#plot-new-confirm-order');
    await page.click('#plot-create-save');
    await page.waitForSelector(`#plots-list li[data-plot-row="${B}"]`, { timeout: 30_000 });
    await measure('create plot after an overlap refusal', start);
    const b = await plotOnServer(page, B);
    assert.ok(near(b.areaM2, B_AREA), `plot B's area ${b.areaM2} m² is the table's ${B_AREA} m²`);
    assert.deepEqual((await plotTileCodes(page)).sort(), [A, B], 'the plots tile layer draws the new plots');

    // 4. A stale edit of A: someone saves version 2 meanwhile; the API's CONFLICT sentence, the typed value kept.
    await page.click(`#plots-list li[data-plot-row="${A}"] [data-action=edit-plot]`);
    await page.waitForSelector('#plot-edit-form');
    await apiAsSignedIn(page, 'mutation($i: UpdatePlotInput!) { updatePlot(input: $i) { version } }',
      { i: { code: A, expectedVersion: a.version, legalBasis: BASIS, indicators: { far: 3 } } });
    await page.fill('#plot-edit-form input[name=maxFloors]', '7');
    await page.fill('#plot-edit-form input[name=legalBasis]', BASIS);
    await page.click('#plot-edit-save');
    const conflict = await page.waitForSelector('#plot-edit-form .form-message .error', { timeout: 30_000 });
    assert.match(await conflict.textContent(), /phiên bản 2/);
    assert.equal(await page.inputValue('#plot-edit-form input[name=maxFloors]'), '7');
    assert.equal((await plotOnServer(page, A)).indicators.maxFloors, 5, 'the stale edit changed nothing');
    // Opened again (version 2), the edit is saved.
    start = Date.now();
    await page.click('#plot-edit-form button[type=button]:has-text("Quay lại")');
    await page.click(`#plots-list li[data-plot-row="${A}"] [data-action=edit-plot]`);
    await page.fill('#plot-edit-form input[name=maxFloors]', '7');
    await page.fill('#plot-edit-form input[name=minSetbackM]', '6');
    await page.fill('#plot-edit-form input[name=maxHeightM]', '21,5');
    await page.fill('#plot-edit-form input[name=legalBasis]', BASIS);
    await page.click('#plot-edit-save');
    await page.waitForSelector('#plots-status .notice', { timeout: 30_000 });
    await measure('edit plot indicators', start);
    assert.deepEqual((await plotOnServer(page, A)).indicators, { maxBuildingDensity: 60, maxFloors: 7, far: 3, minSetbackM: 6, maxHeightM: 21.5 });

    // 5. Split B by an east–west line clicked on the map: south piece first, then north.
    start = Date.now();
    await page.click(`#plots-list li[data-plot-row="${B}"] [data-action=split-plot]`);
    await page.waitForSelector('#plot-split-form');
    await page.evaluate((c) => window.__planningMap.jumpTo({ center: c, zoom: 17 }), CENTRE);
    await waitForMapIdle(page);
    await page.click('#plot-split-draw');
    for (const point of LINE) {
      const at = await screenPoint(page, point);
      await page.mouse.click(at.x, at.y);
    }
    await page.waitForSelector('#plot-split-status:has-text("2 điểm")');
    await page.fill('#plot-split-form input[name=legalBasis]', BASIS);
    await screenshot(page, 'plots-split-line');
    await page.click('#plot-split-save');
    await page.waitForSelector(`#plots-list li[data-plot-row="${B}-1"]`, { timeout: 30_000 });
    await measure('split plot', start);
    const [south, north] = [await plotOnServer(page, `${B}-1`), await plotOnServer(page, `${B}-2`)];
    assert.equal((await plotOnServer(page, B)).availability, 'RETIRED');
    assert.deepEqual(south.parents.map((p) => p.code), [B]);
    assert.ok(near(south.areaM2, B_AREA / 2) && near(north.areaM2, B_AREA / 2), `halves ${south.areaM2} and ${north.areaM2} m²`);
    assert.ok(near(south.areaM2 + north.areaM2, B_AREA), 'the pieces add up to the table\'s area');
    assert.deepEqual((await plotTileCodes(page)).sort(), [A, `${B}-1`, `${B}-2`], 'the tiles draw the pieces, not the retired plot');

    // 6. Merge them back, chosen by clicking them on the map.
    start = Date.now();
    await page.click('#plots-pick');
    for (const point of [B_SOUTH, B_NORTH]) {
      const at = await screenPoint(page, point);
      await page.mouse.click(at.x, at.y);
    }
    assert.equal(await page.isChecked(`#plots-list li[data-plot-row="${B}-1"] input[type=checkbox]`), true);
    assert.equal(await page.isChecked(`#plots-list li[data-plot-row="${B}-2"] input[type=checkbox]`), true);
    await page.click('#plots-merge');
    await page.waitForSelector('#plot-merge-form');
    await page.fill('#plot-merge-form input[name=newCode]', MERGED);
    await page.fill('#plot-merge-form input[name=legalBasis]', BASIS);
    await page.click('#plot-merge-save');
    await page.waitForSelector(`#plots-list li[data-plot-row="${MERGED}"]`, { timeout: 30_000 });
    await measure('merge plots (picked on the map)', start);
    const merged = await plotOnServer(page, MERGED);
    assert.deepEqual(merged.parents.map((p) => p.code).sort(), [`${B}-1`, `${B}-2`]);
    assert.equal(merged.landUse.code, 'TMD');
    assert.ok(near(merged.areaM2, B_AREA), `merged area ${merged.areaM2} m² is the table's ${B_AREA} m²`);
    assert.deepEqual((await plotTileCodes(page)).sort(), [A, MERGED]);
    await screenshot(page, 'plots-merged');

    // 7. The merged plot leaves the plan on a decision: retired as a new version, gone from the tiles.
    start = Date.now();
    await page.click(`#plots-list li[data-plot-row="${MERGED}"] [data-action=edit-plot]`);
    await page.waitForSelector('#plot-edit-form #plot-retire');
    await page.fill('#plot-edit-form input[name=legalBasis]', BASIS);
    page.once('dialog', (d) => void d.accept());
    await page.click('#plot-retire');
    await page.waitForSelector('#plots-status .notice', { timeout: 30_000 });
    await measure('retire plot', start);
    const retired = await plotOnServer(page, MERGED);
    assert.equal(retired.availability, 'RETIRED');
    assert.equal(retired.version, merged.version + 1);
    assert.deepEqual((await plotTileCodes(page)).sort(), [A], 'the retired plot is no longer drawn');
    assert.deepEqual(problems.filter((p) => !/status of 4\d\d/.test(p)), [], 'no page errors');
  } finally {
    await close();
  }
});

test('on a phone: a bad table line is located, a self-crossing boundary and a plot outside its zone are refused in Vietnamese and nothing is saved; axe finds nothing', { timeout: 150_000 }, async () => {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const SAMPLE_ZONE = 'CK-NA-HINH'; // read only: the refused plots are never saved
  const CODE = 'E2E-PLOTS-X';
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, `/#map=16/${CENTRE[1]}/${CENTRE[0]}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await waitForMapIdle(page);
    await login(page, accounts().planner);
    await page.click('#tab-work');
    await page.click('.work-nav button[data-area=plots]');
    await page.selectOption('#plots-area select[name=zone]', SAMPLE_ZONE);
    await page.click('#plots-new-plot');
    await page.fill('#plot-create-form input[name=code]', CODE);
    await page.check('#plot-create-form input[name="plot-new-landUse"][value=TMD]');
    await page.fill('#plot-create-form input[name=legalBasis]', BASIS);

    // A mistyped number and a line without its Y: each problem names its line.
    await page.check('#plot-new-mode-table');
    await page.fill('#plot-new-table', 'Điểm\tX\tY\n1\t2424100,00\t447600,00\n2\t24241o0,00\t447700,00\n3\t2424300,00\n');
    const lines = await page.locator('#plot-new-table-problems li').allTextContents();
    assert.deepEqual(lines, ['Dòng 3: không đọc được “24241o0,00” thành số.', 'Dòng 4: cần hai tọa độ X và Y, chỉ đọc được 1.']);
    assert.equal(await page.isHidden('#plot-new-order-part'), true, 'no order to confirm while the table has problems');

    // A bow tie: INVALID_GEOMETRY with the crossing point marked.
    await pasteTable(page, 'plot-new', excel([[1, '2424100', '447600'], [2, '2424300', '447700'], [3, '2424100', '447700'], [4, '2424300', '447600']]), /X \(Bắc\) = 2\.424\.100/);
    await page.click('#plot-create-save');
    const invalid = await page.waitForSelector('#plot-new-geometry-msg:not(:empty)', { timeout: 30_000 });
    assert.match(await invalid.textContent(), /tự cắt/);
    await waitForMapIdle(page);
    assert.ok((await renderedFeatures(page, ['ov-problem-point'])).length > 0, 'the crossing is marked on the map');

    // The swap switch reads the columns the other way round and asks again.
    await page.fill('#plot-new-table', excel([[1, '2424100', '447800'], [2, '2424100', '447900'], [3, '2424200', '447900'], [4, '2424200', '447800']]));
    await page.click('#plot-new-swap');
    assert.match(await page.textContent('#plot-new-order'), /Đã đổi thứ tự.*X \(Bắc\) = 447\.800/);
    assert.equal(await page.isChecked('#plot-new-confirm-order'), false);
    await page.click('#plot-new-swap');
    await page.check('#plot-new-confirm-order');

    // A good square, but not inside the zone chosen: TOPOLOGY, by the boundary.
    await page.click('#plot-create-save');
    await page.waitForFunction(() => /khu chức năng/.test(document.querySelector('#plot-new-geometry-msg')?.textContent ?? ''), null, { timeout: 30_000 });
    assert.match(await page.textContent('#plot-new-geometry-msg'), /nằm ngoài ranh giới khu chức năng/);
    assert.equal(await plotOnServer(page, CODE), null, 'nothing was saved');
    assert.equal(await page.inputValue('#plot-create-form input[name=legalBasis]'), BASIS, 'the form keeps what was typed');

    // Drawn instead (sent in WGS84 as clicked): three clicks on the map, finished; refused the same way.
    await page.check('#plot-new-mode-draw');
    await page.click('#plot-new-start');
    await waitForMapIdle(page);
    const centre = await page.evaluate(() => { const r = window.__planningMap.getCanvas().getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
    for (const [dx, dy] of [[-40, 30], [40, 30], [0, -30]]) await page.mouse.click(centre.x + dx, centre.y + dy);
    await page.click('#plot-new-undo');
    await page.mouse.click(centre.x, centre.y - 30);
    await page.click('#plot-new-finish');
    assert.match(await page.textContent('#plot-new-draw-status'), /Đã vẽ ranh giới: 3 đỉnh/);
    await page.evaluate(() => { document.querySelector('#plot-new-geometry-msg').textContent = ''; });
    await page.click('#plot-create-save');
    await page.waitForSelector('#plot-new-geometry-msg:not(:empty)', { timeout: 30_000 });
    assert.match(await page.textContent('#plot-new-geometry-msg'), /nằm ngoài ranh giới khu chức năng/);
    assert.equal(await plotOnServer(page, CODE), null);

    const overflow = await page.evaluate(() => { const p = document.querySelector('#panel-work'); return p.scrollWidth - p.clientWidth; });
    assert.ok(overflow <= 0, `the panel does not scroll sideways (${overflow} px)`);
    await screenshot(page, 'plots-phone-refused');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then((r) =>
      r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)));
    assert.deepEqual(violations, []);
  } finally {
    await close();
  }
});
