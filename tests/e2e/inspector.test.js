// Inspector: flags a violation with a photo (at phone width); the planner then sees it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForMapIdle, renderedFeatures, screenshot, login, logout, accounts, screenPoint, apiAsSignedIn } from './lib/browser.js';

// A 1×1 red PNG.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const SPOT = [106.5842, 21.6748];

test('inspector flags a violation with a photo on a phone, and the planner sees it', { timeout: 240_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, `/#map=16/${SPOT[1]}/${SPOT[0]}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await waitForMapIdle(page);
    await login(page, accounts().inspector);
    await page.waitForSelector('#tab-violations[aria-selected=true]');
    await waitForMapIdle(page);

    // Field work at phone width: the map keeps at least 70% of the height, and the GPS position
    // (followed with the map's locate button) updates the coordinate readout.
    const heights = await page.evaluate(() => ({ map: document.getElementById('map').getBoundingClientRect().height, all: innerHeight }));
    assert.ok(heights.map / heights.all >= 0.7, `the map has ${Math.round(heights.map / heights.all * 100)}% of the height`);
    await context.grantPermissions(['geolocation'], { origin: new URL(page.url()).origin });
    await context.setGeolocation({ latitude: 21.9135, longitude: 106.7188, accuracy: 8 });
    await page.click('.maplibregl-ctrl-geolocate');
    await page.waitForSelector('#coords[data-source=gps]', { timeout: 15_000 });
    assert.match(await page.textContent('#coords'), /GPS \(±8 m\).*21,91350° N, 106,71880° E/);
    await page.click('.maplibregl-ctrl-geolocate'); // stop following before placing by hand
    await page.click('#violation-pick');
    await page.evaluate((c) => window.__planningMap.jumpTo({ center: c }), SPOT);
    await waitForMapIdle(page);
    const at = await screenPoint(page, SPOT);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('#violation-where:has-text("21,67")');
    await page.selectOption('#violation-form select[name=category]', 'ENCROACHMENT');
    await page.fill('#violation-form textarea[name=description]', 'Lấn chiếm hành lang đường (kiểm thử e2e)');
    await page.setInputFiles('#violation-form input[type=file]', { name: 'hien-truong.png', mimeType: 'image/png', buffer: PHOTO });
    await screenshot(page, 'inspector-form-phone');
    await page.click('#violation-submit');
    const notice = await page.waitForSelector('#panel-violations .notice', { timeout: 30_000 });
    const code = (await notice.textContent()).match(/vi phạm (\S+)\./)?.[1];
    assert.ok(code, 'the new violation has a code');
    await page.waitForSelector(`#violation-list li[data-violation="${code}"]`, { timeout: 30_000 });
    await waitForMapIdle(page);
    const drawn = await renderedFeatures(page, ['violations-point'], ['==', ['get', 'code'], code]);
    assert.ok(drawn.length > 0, 'the inspector sees the new violation on the map');
    await screenshot(page, 'inspector-flagged');

    await logout(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await login(page, accounts().planner);
    await page.click('#tab-violations');
    await page.waitForSelector(`#violation-list li[data-violation="${code}"]`, { timeout: 30_000 });
    assert.match(await page.textContent(`#violation-list li[data-violation="${code}"]`), /Lấn, chiếm đất/);
    // The planner opens the inspector's photo.
    await page.click(`#violation-list li[data-violation="${code}"] .photos >> xpath=.. >> button.link`);
    const photo = await page.waitForSelector(`#violation-list li[data-violation="${code}"] .photos img`, { timeout: 15_000 });
    assert.equal(await photo.evaluate((img) => img.decode().then(() => img.naturalWidth)), 1, 'the photo arrives intact');
    await page.evaluate((c) => window.__planningMap.jumpTo({ center: c, zoom: 16 }), SPOT);
    await waitForMapIdle(page);
    const seen = await renderedFeatures(page, ['violations-point'], ['==', ['get', 'code'], code]);
    assert.ok(seen.length > 0, 'the planner sees it on the map');
    await screenshot(page, 'planner-sees-violation');
  } finally {
    await close();
  }
});

// What the API says about a violation, asked as the signed-in inspector.
async function violationOnServer(page, code) {
  const data = await apiAsSignedIn(page, `query($c: String) { violations(first: 100, filter: { text: $c }) {
    nodes { code status resolvedAt resolutionNote noticeNumber events { fromStatus toStatus note noticeNumber by } } } }`, { c: code });
  return data.violations.nodes.find((v) => v.code === code);
}

test('inspector takes a violation from "new" through verified to a notice on a phone; refusals are in Vietnamese next to the field and keep what was typed', { timeout: 180_000 }, async () => {
  const CODE = 'VP-2024-008';
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/');
    await page.setViewportSize({ width: 390, height: 844 });
    await waitForMapIdle(page);
    await login(page, accounts().inspector);
    await page.waitForSelector('#tab-violations[aria-selected=true]');
    const row = `#violation-list li[data-violation="${CODE}"]`;
    await page.click(`${row} details.case summary`, { timeout: 30_000 });

    let started = Date.now();
    await page.fill(`${row} textarea[name=note]`, 'Đã kiểm tra thực địa (kiểm thử e2e)');
    await page.click(`${row} [data-status=VERIFIED]`);
    await page.waitForSelector(`${row} [data-status=NOTICE_ISSUED]`, { timeout: 30_000 });
    console.log(`MEASURE violation step (verify): ${Date.now() - started} ms`);
    assert.match(await page.textContent(`${row} .badge`), /Đã xác minh/);
    let server = await violationOnServer(page, CODE);
    assert.equal(server.status, 'VERIFIED');
    assert.deepEqual(server.events.map((e) => [e.toStatus, e.note]), [['VERIFIED', 'Đã kiểm tra thực địa (kiểm thử e2e)']]);

    // A notice without its number is refused next to the number field; the note typed is kept.
    await page.fill(`${row} textarea[name=note]`, 'Lập biên bản tại hiện trường');
    await page.click(`${row} [data-status=NOTICE_ISSUED]`);
    const missing = await page.waitForSelector(`${row} input[name=noticeNumber] ~ .field-message:not(:empty)`, { timeout: 15_000 });
    assert.match(await missing.textContent(), /biên bản/);
    assert.equal(await page.inputValue(`${row} textarea[name=note]`), 'Lập biên bản tại hiện trường');
    started = Date.now();
    await page.fill(`${row} input[name=noticeNumber]`, '21/BB-VPHC');
    await page.click(`${row} [data-status=NOTICE_ISSUED]`);
    await page.waitForSelector(`${row} [data-status=ESCALATED]`, { timeout: 30_000 });
    console.log(`MEASURE violation step (notice): ${Date.now() - started} ms`);
    assert.equal(await page.locator(`${row} .case-events li`).count(), 3, 'the report and the two steps are listed');
    assert.match(await page.textContent(`${row} .case-events`), /21\/BB-VPHC/);
    server = await violationOnServer(page, CODE);
    assert.equal(server.status, 'NOTICE_ISSUED');
    assert.equal(server.noticeNumber, '21/BB-VPHC');
    assert.deepEqual(server.events.map((e) => e.by), ['inspector', 'inspector']);
    await screenshot(page, 'inspector-violation-notice');

    // Someone else resolves it meanwhile; this list is now stale, and escalating is refused.
    await apiAsSignedIn(page, 'mutation($c: String!) { updateViolationStatus(input: { code: $c, status: RESOLVED, note: "Đã tháo dỡ" }) { status } }', { c: CODE });
    await page.fill(`${row} textarea[name=note]`, 'Ghi chú chưa lưu');
    await page.click(`${row} [data-status=ESCALATED]`);
    const refusal = await page.waitForSelector(`${row} .status-actions > .field-message:not(:empty)`, { timeout: 15_000 });
    assert.match(await refusal.textContent(), /[ạảãáàâăđêôơư]/i, 'the refusal is in Vietnamese');
    assert.equal(await page.inputValue(`${row} textarea[name=note]`), 'Ghi chú chưa lưu', 'the typed note is kept');
    server = await violationOnServer(page, CODE);
    assert.equal(server.status, 'RESOLVED', 'the refused move changed nothing');
    assert.ok(server.resolvedAt);

    // The list by status and age: what is still open after more than a year, as the API counts it.
    await page.selectOption('#violation-filter select[name=status]', 'OPEN');
    await page.selectOption('#violation-filter select[name=age]', '365');
    await page.waitForFunction(() => !document.querySelector('#violation-list .loading-inline'));
    const listed = await page.$$eval('#violation-list li[data-violation]', (items) => items.map((li) => li.dataset.violation).sort());
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString();
    const expected = (await apiAsSignedIn(page, 'query($to: DateTime) { violations(first: 100, filter: { status: [OPEN], reportedTo: $to }) { nodes { code } } }',
      { to: yearAgo })).violations.nodes;
    assert.ok(expected.length > 0, 'the sample has violations open for more than a year');
    assert.deepEqual(listed, expected.map((v) => v.code).sort());
    assert.ok(!listed.includes(CODE));
    await screenshot(page, 'inspector-violations-open-over-a-year');
  } finally {
    await close();
  }
});
