// Converting rice land in the "Nghiệp vụ" tab: the planner draws the area over sample rice land, sees what the API's
// conversionNeeds says lies under it (ha, authority) and the overlap on the map, submits (a taken code is refused
// next to the field first), and approves it with a decision (a date before the request is refused first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, openPage, waitForMapIdle, renderedFeatures, screenshot, login, accounts, screenPoint, apiAsSignedIn } from './lib/browser.js';

const require = createRequire(import.meta.url);
/** axe-core's WCAG A/AA rules on the work panel only (the rest of the page is a11y.test.js's). */
async function audit(page, where) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run('#panel-work', { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const CODE = `E2E-CONVERSIONS-${Date.now().toString(36).toUpperCase()}`;

const NEEDS = `query($g: GeoJSON!) { conversionNeeds(geometry: $g) { on riceHa forestHa needs { landKind areaHa requiredAuthority approvalRule { instrument } } } }`;
const STORED = `query($c: String) { conversions(first: 20, filter: { text: $c }) { nodes { code status areaHa requiredAuthority from { code } to { code } zone { code } decision { number date } } } }`;
const stored = async (page, code) => (await apiAsSignedIn(page, STORED, { c: code })).conversions.nodes.find((c) => c.code === code);

test('planner requests converting rice land drawn on the map, sees its needs, and approves it', { timeout: 150_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page, problems } = await openPage(context, '/');
    await waitForMapIdle(page);
    await login(page, accounts().planner);
    await page.click('#tab-work');
    const started = Date.now();
    await page.click('.work-nav [data-area=conversions]');
    await page.waitForSelector('#conversion-form');

    // Sample rice land (current land use), one of the 2024 inventory's rice fields.
    const outerRing = (g) => (g.type === 'MultiPolygon' ? g.coordinates[0][0] : g.coordinates[0]);
    const fields = (await apiAsSignedIn(page, 'query { currentLandUse(first: 500, filter: { category: RICE }) { nodes { landUse { code } source areaHa geometry } } }'))
      .currentLandUse.nodes;
    // A plain rectangular field of the 2024 inventory: a box inside it is all rice.
    const rice = fields.filter((n) => /2024/.test(n.source ?? '') && n.landUse.code === 'LUK' && outerRing(n.geometry).length === 5)
      .sort((a, b) => b.areaHa - a.areaHa)[0];
    assert.ok(rice, `the sample has rice land (${fields.length} rice fields)`);
    const ring = outerRing(rice.geometry);
    const xs = ring.map((c) => c[0]), ys = ring.map((c) => c[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const centre = [(x0 + x1) / 2, (y0 + y1) / 2];
    await page.evaluate((c) => window.__planningMap.jumpTo({ center: c, zoom: 16 }), centre);
    await waitForMapIdle(page);

    // Draw a quadrilateral inside the field's box: click, a stray click undone, finish.
    await page.fill('#conversion-form input[name=code]', 'CD-DB-01'); // taken by a sample conversion: refused below
    await page.fill('#conversion-form input[name=name]', 'Kiểm thử e2e: chuyển đất trồng lúa sang đất thương mại, dịch vụ');
    await page.selectOption('#conversion-form select[name=fromLandUseCode]', 'LUK');
    await page.selectOption('#conversion-form select[name=toLandUseCode]', 'TMD');
    await page.click('#conversion-start');
    const inset = (fx, fy) => [x0 + (x1 - x0) * fx, y0 + (y1 - y0) * fy];
    const stray = inset(0.5, 0.5);
    for (const corner of [inset(0.3, 0.3), inset(0.7, 0.3), inset(0.7, 0.7), stray, inset(0.3, 0.7)]) {
      const at = await screenPoint(page, corner);
      await page.mouse.click(at.x, at.y);
      if (corner === stray) await page.click('#conversion-undo'); // the stray vertex
    }
    assert.match(await page.textContent('#conversion-draw-status'), /4 đỉnh/);
    const needsRequest = page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('conversionNeeds'));
    await page.click('#conversion-finish');
    const drawn = JSON.parse((await needsRequest).postData()).variables.geometry;
    assert.equal(drawn.coordinates[0].length, 5, 'four vertices, closed');
    await page.waitForSelector('#conversion-rice-ha', { timeout: 30_000 });

    // What the form shows is the API's answer for that geometry.
    const answer = (await apiAsSignedIn(page, NEEDS, { g: drawn })).conversionNeeds;
    assert.ok(answer.riceHa > 0, 'the drawn area covers rice land');
    assert.equal(Number(await page.getAttribute('#conversion-rice-ha', 'data-ha')), answer.riceHa);
    const riceText = await page.textContent('#conversion-rice-ha');
    assert.ok(riceText.includes(answer.riceHa.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })), `${riceText} shows ${answer.riceHa} ha`);
    const riceNeed = answer.needs.find((n) => n.landKind === 'RICE');
    const riceRow = await page.textContent('#conversion-needs tr[data-land-kind=RICE]');
    assert.match(riceRow, riceNeed.requiredAuthority === 'PROVINCIAL_COUNCIL' ? /Hội đồng nhân dân tỉnh/ : /Quốc hội|Thủ tướng/);
    assert.ok(riceRow.includes(riceNeed.approvalRule.instrument), 'the rule\'s instrument is named');
    await waitForMapIdle(page);
    const overlap = await renderedFeatures(page, ['ov-conversion-needs-fill']);
    assert.ok(overlap.some((f) => f.properties.landKind === 'RICE'), 'the rice overlap is drawn on the map');
    await screenshot(page, 'conversion-needs');
    assert.deepEqual(await audit(page, 'planner/conversion-form'), []);

    // A land-use code that is not rice or forest (as from a stale list): the API's refusal next to the from-code.
    await page.evaluate(() => document.querySelector('#conversion-form select[name=fromLandUseCode]').append(new Option('HNK', 'HNK')));
    await page.selectOption('#conversion-form select[name=fromLandUseCode]', 'HNK');
    await page.click('#conversion-submit');
    const notRice = await page.waitForSelector('#conversion-form select[name=fromLandUseCode] + .field-message:not(:empty)', { timeout: 15_000 });
    assert.match(await notRice.textContent(), /không phải đất lúa, đất rừng/);
    await page.selectOption('#conversion-form select[name=fromLandUseCode]', 'LUK');

    // A taken code: refused next to the code, what was typed kept, nothing created.
    await page.click('#conversion-submit');
    const refusal = await page.waitForSelector('#conversion-form input[name=code] + .field-message:not(:empty)', { timeout: 15_000 });
    assert.match(await refusal.textContent(), /đã tồn tại/);
    assert.equal(await page.inputValue('#conversion-form select[name=fromLandUseCode]'), 'LUK', 'the form keeps its values');
    assert.equal((await stored(page, 'CD-DB-01')).from.code, 'LUC', 'the sample conversion is untouched');

    await page.fill('#conversion-form input[name=code]', CODE);
    await page.click('#conversion-submit');
    await page.waitForSelector(`#conversion-list li[data-conversion="${CODE}"]`, { timeout: 30_000 });
    console.log(`MEASURE conversion request (area opened → saved): ${Date.now() - started} ms`);
    let server = await stored(page, CODE);
    assert.equal(server.status, 'REQUESTED');
    assert.equal(server.from.code, 'LUK');
    assert.equal(server.to.code, 'TMD');
    assert.equal(server.requiredAuthority, riceNeed.requiredAuthority, 'the stored authority is the one shown before submitting');
    assert.ok(server.areaHa >= answer.riceHa - 0.01 && server.areaHa > 0, 'the stored area is the drawn one');

    // The list by status and authority; a row fits the map to the conversion.
    await page.selectOption('#conversion-filter select[name=status]', 'REQUESTED');
    await page.selectOption('#conversion-filter select[name=authority]', riceNeed.requiredAuthority);
    await page.waitForSelector(`#conversion-list li[data-conversion="${CODE}"]`);
    const listed = await page.$$eval('#conversion-list li[data-conversion]', (items) => items.map((li) => [li.dataset.status, li.querySelector('[data-authority]').dataset.authority]));
    assert.ok(listed.every(([s, a]) => s === 'REQUESTED' && a === riceNeed.requiredAuthority), JSON.stringify(listed));
    await page.click(`#conversion-list li[data-conversion="${CODE}"] button.result`);
    await waitForMapIdle(page);
    const centreNow = await page.evaluate(() => window.__planningMap.getCenter().toArray());
    assert.ok(Math.abs(centreNow[0] - centre[0]) < 0.01 && Math.abs(centreNow[1] - centre[1]) < 0.01, 'the map is fitted to the conversion');

    // Decide: a decision dated before the request is refused next to the control; then approved.
    const decideStarted = Date.now();
    const row = `#conversion-list li[data-conversion="${CODE}"]`;
    await page.fill(`${row} input[name=decisionNumber]`, '45/NQ-HĐND');
    await page.fill(`${row} input[name=decisionDate]`, '2020-01-01');
    await page.click(`${row} button[data-status=APPROVED]`);
    const early = await page.waitForSelector(`${row} .field-message:not(:empty)`, { timeout: 15_000 });
    assert.match(await early.textContent(), /trước ngày đề nghị/);
    assert.equal(await page.inputValue(`${row} input[name=decisionNumber]`), '45/NQ-HĐND');
    assert.equal((await stored(page, CODE)).status, 'REQUESTED', 'the refused decision changed nothing');
    const today = await page.evaluate(() => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10));
    await page.fill(`${row} input[name=decisionDate]`, today);
    await page.click(`${row} button[data-status=APPROVED]`);
    await page.selectOption('#conversion-filter select[name=status]', 'APPROVED');
    await page.waitForSelector(`#conversion-list li[data-conversion="${CODE}"][data-status=APPROVED]`, { timeout: 30_000 });
    console.log(`MEASURE conversion decision (typed → approved): ${Date.now() - decideStarted} ms`);
    server = await stored(page, CODE);
    assert.equal(server.status, 'APPROVED');
    assert.equal(server.decision.number, '45/NQ-HĐND');
    assert.equal(server.decision.date, today);

    await screenshot(page, 'conversion-approved');
    assert.deepEqual(await audit(page, 'planner/conversion-list'), []);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector(`#conversion-list li[data-conversion="${CODE}"]`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no horizontal scrolling at phone width');
    await screenshot(page, 'conversion-phone');
    assert.deepEqual(problems.filter((p) => !/status of 4\d\d|ERR_ABORTED/.test(p)), []);
  } finally {
    await close();
  }
});
