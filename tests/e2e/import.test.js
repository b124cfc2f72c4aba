// Planner: the import wizard (a zone from a VN-2000 GeoJSON file previewed on the map, refused without a
// legal basis, committed with one; a self-intersecting file without a CRS: candidates, the problem row,
// the commit kept off, discarded, at phone width); the export menus' URLs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, openPage, waitForMapIdle, renderedFeatures, screenshot, login, accounts, apiAsSignedIn } from './lib/browser.js';

// East of Đồng Bành where the sample has nothing: E 429 000–429 400, N 2 395 000–2 395 400 (EPSG:9215).
const ZONE = 'E2E-IMP-KHU';
const BAD = 'E2E-IMP-LOI';
const BASIS = '15/QĐ-BQLKKT ngày 04/12/2026 (kiểm thử e2e nhập dữ liệu)';
const CENTRE = [106.5678, 21.6512];
const ring = (e0, n0, e1, n1) => [[e0, n0], [e1, n0], [e1, n1], [e0, n1], [e0, n0]];

const zoneFile = JSON.stringify({
  type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9215' } },
  features: [{ type: 'Feature', properties: { ma_khu: ZONE, ten_khu: 'Khu nhập thử (e2e)', loai_khu: 'industrial_park' },
    geometry: { type: 'Polygon', coordinates: [ring(429000, 2395000, 429400, 2395400)] } }],
});
// A bow tie (its edges cross at E 429 950, N 2 395 250), and no CRS: GeoJSON's default WGS84 puts it far outside the province.
const badFile = JSON.stringify({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { ma_khu: BAD, ten_khu: 'Khu lỗi (e2e)', loai_khu: 'industrial_park' },
    geometry: { type: 'Polygon', coordinates: [[[429700, 2395000], [430200, 2395000], [429700, 2395500], [430200, 2395500], [429700, 2395000]]] } }],
});

const ZONE_QUERY = 'query($c: String!) { zone(code: $c) { code name kind areaM2 legalBasis version } }';

function tempFile(name, text) {
  const dir = mkdtempSync(join(tmpdir(), 'planninggis-import-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function openWizard(page) {
  await page.click('#tab-work');
  await page.click('.work-nav button[data-area=imports]');
  await page.waitForSelector('#import-upload-step');
}

async function upload(page, target, path) {
  await page.selectOption('#import-target', target);
  await page.setInputFiles('#import-file', path);
  await page.click('#import-upload');
  await page.waitForSelector('#import-check-step', { timeout: 60_000 });
}

const require = createRequire(import.meta.url);

/** axe-core's WCAG 2 A/AA findings on the page, as in a11y.test.js. */
async function audit(page, where) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const importId = (page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('import'));

test('planner imports a zone from a VN-2000 GeoJSON: previewed on the map, refused without a legal basis, written with one', { timeout: 180_000 }, async () => {
  const file = tempFile('khu-nhap-thu.geojson', zoneFile);
  const { context, close } = await launch();
  try {
    const { page, problems } = await openPage(context, `/#map=15/${CENTRE[1]}/${CENTRE[0]}`);
    await waitForMapIdle(page);
    await login(page, accounts().planner);
    await openWizard(page);

    // 1–2. Upload; the check step says what was read: UTF-8, the file's CRS, the fields mapped by their names.
    await upload(page, 'zones', file.path);
    assert.equal(await page.textContent('#import-encoding'), 'UTF-8');
    assert.match(await page.textContent('#import-crs-state'), /EPSG:9215 \(ghi trong tệp\)/);
    assert.equal(await page.inputValue('#import-field-code'), 'ma_khu');
    assert.equal(await page.inputValue('#import-field-kind'), 'loai_khu');
    assert.ok(await importId(page), 'the import is kept in the URL');
    await screenshot(page, 'import-check');
    const a11y = await audit(page, 'check');

    // 3. Preview: the zone drawn over the live layers in the "create" colour, the map fitted to it, no problems.
    await page.click('#import-next');
    await page.waitForSelector('#import-preview-step');
    await waitForMapIdle(page);
    const staged = await renderedFeatures(page, ['ov-import-fill']);
    // A feature may come in several tile pieces: one code, one status.
    assert.deepEqual([...new Set(staged.map((f) => `${f.properties.code} ${f.properties.status}`))], [`${ZONE} create`]);
    assert.ok(await page.evaluate((c) => window.__planningMap.getBounds().contains(c), CENTRE), 'the map shows the staged zone');
    assert.match(await page.textContent('#import-legend li[data-status=create]'), /Tạo mới: 1/);
    await page.waitForSelector('#import-no-problems');
    await screenshot(page, 'import-preview');
    a11y.push(...(await audit(page, 'preview')));

    // 4. Commit without a legal basis: refused in Vietnamese next to the field, nothing written.
    await page.click('#import-next');
    await page.waitForSelector('#import-commit-step');
    assert.equal(await page.isDisabled('#import-commit'), false);
    await page.click('#import-commit');
    assert.match(await page.textContent('#import-legal-basis-msg'), /Hãy nhập số quyết định/);
    assert.equal((await apiAsSignedIn(page, ZONE_QUERY, { c: ZONE })).zone, null, 'nothing was written');
    a11y.push(...(await audit(page, 'commit')));
    assert.deepEqual(a11y, [], 'the wizard passes the WCAG A/AA checks of axe-core');

    // ... with one: written, the result said, the zone in the database and in the zones tiles.
    await page.fill('#import-legal-basis', BASIS);
    await page.click('#import-commit');
    const written = await page.waitForSelector('#import-written', { timeout: 60_000 });
    assert.match(await written.textContent(), /Đã ghi 1 đối tượng \(Khu chức năng\)/);
    const zone = (await apiAsSignedIn(page, ZONE_QUERY, { c: ZONE })).zone;
    assert.equal(zone?.name, 'Khu nhập thử (e2e)');
    assert.equal(zone.kind, 'INDUSTRIAL_PARK');
    assert.equal(zone.legalBasis, BASIS);
    assert.ok(Math.abs(zone.areaM2 - 400 * 400) < 400 * 400 * 0.005, `area ${zone.areaM2} m² is the file's 160 000 m²`);
    await waitForMapIdle(page);
    const tiles = await renderedFeatures(page, ['zones-fill'], ['==', ['get', 'code'], ZONE]);
    assert.ok(tiles.length > 0, 'the zones tile layer draws the new zone');
    await screenshot(page, 'import-committed');

    // The result links to the zone's card, which offers its boundary coordinate table.
    await page.click(`#import-written-list button[data-code="${ZONE}"]`);
    await page.waitForSelector(`.zone-card[data-zone="${ZONE}"]`);
    const table = page.waitForRequest((r) => r.url().includes('/exports/boundary-table/'));
    await page.click(`.zone-card[data-zone="${ZONE}"] .boundary-table button[data-format=xlsx]`);
    const request = await table;
    assert.equal(new URL(request.url()).pathname, `/exports/boundary-table/zones/${ZONE}.xlsx`);
    assert.match(request.headers().authorization ?? '', /^Bearer /);
    assert.deepEqual(problems.filter((p) => p.startsWith('pageerror')), []);
  } finally {
    await close();
    file.remove();
  }
});

test('a self-intersecting file without a CRS: candidates confirmed, the problem listed and shown, the commit kept off, discarded (phone width)', { timeout: 180_000 }, async () => {
  const file = tempFile('khu-loi.geojson', badFile);
  const { context, close } = await launch();
  try {
    const { page, problems } = await openPage(context, `/#map=13/${CENTRE[1]}/${CENTRE[0]}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await waitForMapIdle(page);
    await login(page, accounts().planner);
    await page.click('#sheet-toggle');
    await openWizard(page);

    // An upload held up (the server never answers) is stopped with the cancel button: said, nothing kept.
    let held = null;
    await page.route('**/imports', (route) => { held = route; });
    await page.selectOption('#import-target', 'zones');
    await page.setInputFiles('#import-file', file.path);
    await page.click('#import-upload');
    await page.waitForSelector('#import-progress', { state: 'visible' });
    assert.equal(await page.isDisabled('#import-upload'), true, 'one upload at a time');
    await page.click('#import-cancel');
    assert.match(await page.textContent('#import-message'), /Đã dừng tải lên/);
    assert.ok(held, 'the upload was sent');
    await page.unroute('**/imports');
    await upload(page, 'zones', file.path);

    // The CRS is only detected: the candidates are listed and drawn, the best one first; the user confirms it.
    assert.match(await page.textContent('#import-crs-state'), /Tệp không ghi hệ tọa độ; đề xuất EPSG:9215/);
    const candidates = await page.locator('#import-crs input[name=import-srid]').count();
    assert.ok(candidates >= 2, `${candidates} candidates`);
    assert.equal(await page.isChecked('#import-srid-9215'), true);
    await waitForMapIdle(page);
    assert.equal((await renderedFeatures(page, ['ov-import-crs-point'])).length >= 2, true, 'the candidates are on the map');
    await page.click('#import-crs-confirm');
    await page.waitForSelector('#import-crs-state.notice');
    assert.match(await page.textContent('#import-crs-state'), /EPSG:9215 \(do bạn chọn\)/);
    const panel = await page.evaluate(() => { const p = document.querySelector('#tab-panels'); return { scroll: p.scrollWidth, width: p.clientWidth }; });
    assert.ok(panel.scroll <= panel.width, `nothing scrolls sideways at 390 px (${panel.scroll} > ${panel.width})`);
    await screenshot(page, 'import-phone-check');

    // The preview: the feature in the error colour, its problem row in Vietnamese; a tap on the row marks the crossing.
    await page.click('#import-next');
    await page.waitForSelector('#import-preview-step');
    const row = page.locator('#import-problems tr[data-problem=INVALID_GEOMETRY]');
    assert.match(await row.textContent(), new RegExp(`${BAD}.*Hình học không hợp lệ`));
    assert.match(await row.textContent(), /E 429\.950,00 m, N 2\.395\.250,00 m/);
    await row.click();
    await waitForMapIdle(page);
    assert.ok((await renderedFeatures(page, ['ov-problem-point'])).length > 0, 'the crossing is marked on the map');
    assert.ok((await renderedFeatures(page, ['ov-import-line'])).some((f) => f.properties.status === 'error'), 'the feature is drawn as an error');
    await screenshot(page, 'import-phone-problem');
    assert.deepEqual(await audit(page, 'preview (phone)'), []);

    // The commit stays off, and says why.
    await page.click('#import-next');
    await page.waitForSelector('#import-commit-step');
    assert.equal(await page.isDisabled('#import-commit'), true);
    assert.match(await page.textContent('#import-commit-block'), /còn 1 lỗi/);

    // Discarded: nothing written, the import gone from the URL, the server says discarded.
    const id = await importId(page);
    await page.click('#import-discard');
    await page.waitForSelector('#import-upload-step');
    assert.match(await page.textContent('#import-message'), /Đã hủy bản nhập/);
    assert.equal(await importId(page), null);
    const status = await page.evaluate(async (importId) => {
      const { token } = JSON.parse(localStorage.getItem('planninggis.session'));
      return (await (await fetch(`/imports/${importId}`, { headers: { authorization: `Bearer ${token}` } })).json()).status;
    }, id);
    assert.equal(status, 'discarded');
    assert.equal((await apiAsSignedIn(page, ZONE_QUERY, { c: BAD })).zone, null);
    assert.deepEqual(problems.filter((p) => p.startsWith('pageerror')), []);
  } finally {
    await close();
    file.remove();
  }
});

test('export menus ask for the layer, and for the finder\'s selection with its filters, in the chosen format and CRS', { timeout: 120_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/');
    await waitForMapIdle(page);
    // A guest cannot open the staff-only violations layer's menu.
    await page.waitForSelector('.layer-item[data-group=violations] .export-menu summary[aria-disabled=true]');
    await login(page, accounts().planner);

    const exportRequest = (path) => page.waitForRequest((r) => r.url().includes(path));
    await page.click('#tab-layers');
    const menu = '.layer-item[data-group=zones] .export-menu';
    await page.click(`${menu} summary`);
    assert.equal(await page.inputValue(`${menu} select[name=srid]`), '9215', 'VN-2000 9215 by default');
    assert.deepEqual(await page.locator(`${menu} select[name=format] option`).evaluateAll((o) => o.map((x) => x.value)),
      ['gpkg', 'shp.zip', 'dxf', 'kml', 'csv', 'xlsx', 'geojson', 'fgb']);
    await page.selectOption(`${menu} select[name=format]`, 'dxf');
    await page.selectOption(`${menu} select[name=srid]`, '3405');
    let pending = exportRequest('/exports/zones.');
    await page.click(`${menu} [data-action=export]`);
    let request = await pending;
    const url = new URL(request.url());
    assert.equal(`${url.pathname}${url.search}`, '/exports/zones.dxf?srid=3405');
    assert.match(request.headers().authorization ?? '', /^Bearer /, 'the token is sent');
    // Until the server exports (or once it does), the user is told what happened.
    await page.waitForSelector('.toast', { timeout: 15_000 });
    assert.match(await page.textContent('.toast'), /Không tải được tệp|Đã tải về/);

    // The finder's selection: the same filter as its search, the last choices offered again.
    await page.click('#tab-finder');
    await page.waitForSelector('#finder-zone option[value="KCN-DONG-BANH"]', { state: 'attached' });
    await page.selectOption('#finder-zone', 'KCN-DONG-BANH');
    await page.fill('#finder-min', '5.000');
    await page.click('.finder-form button[type=submit]');
    await page.waitForSelector('#finder-export .export-menu');
    await page.click('#finder-export summary');
    assert.equal(await page.inputValue('#finder-export select[name=format]'), 'dxf');
    assert.equal(await page.inputValue('#finder-export select[name=srid]'), '3405');
    await page.selectOption('#finder-export select[name=format]', 'xlsx');
    await page.selectOption('#finder-export select[name=srid]', '9215');
    pending = exportRequest('/exports/plots.');
    await page.click('#finder-export [data-action=export]');
    request = await pending;
    const found = new URL(request.url());
    assert.equal(`${found.pathname}${found.search}`, '/exports/plots.xlsx?srid=9215&zoneCode=KCN-DONG-BANH&availability=AVAILABLE&minAreaM2=5000');
    await screenshot(page, 'export-finder');
  } finally {
    await close();
  }
});
