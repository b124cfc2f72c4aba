// "Plan as of" in the details panel: a point of the Hữu Nghị border-gate zone (CK-HUU-NGHI, first version from its
// 2014 decision) is in no zone on 01/01/2010 and in the zone on 01/01/2020, the card says it shows that day's plan
// (and that land use and availability are today's), a day after today is refused next to the field, and
// "back to today" shows today's plan again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, screenPoint, waitForMapIdle } from './lib/browser.js';

async function anonymous(page, query, variables = {}) {
  return page.evaluate(async ([q, v]) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
    return (await response.json()).data;
  }, [query, variables]);
}

const ZONE_AT = `query($lon: Float!, $lat: Float!, $asOf: DateTime) { planningAt(lon: $lon, lat: $lat, asOf: $asOf) { zone { code name version } } }`;

/** A point inside the zone today: the first of a grid over its bounding box that the API places in it. */
async function pointInZone(page, code) {
  const { zone } = await anonymous(page, `query($code: String!) { zone(code: $code) { geometry } }`, { code });
  const rings = zone.geometry.type === 'Polygon' ? zone.geometry.coordinates : zone.geometry.coordinates.flat();
  const xs = rings.flat().map((c) => c[0]), ys = rings.flat().map((c) => c[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const fx of [0.5, 0.35, 0.65, 0.2, 0.8]) {
    for (const fy of [0.5, 0.35, 0.65, 0.2, 0.8]) {
      const lngLat = [minX + (maxX - minX) * fx, minY + (maxY - minY) * fy];
      const answer = await anonymous(page, ZONE_AT, { lon: lngLat[0], lat: lngLat[1] });
      if (answer.planningAt.zone?.code === code) return lngLat;
    }
  }
  throw new Error(`no point found inside ${code}`);
}

/** Sets the day and waits for the card of that day; returns how long the answer took. */
async function setDay(page, day) {
  const started = Date.now();
  await page.fill('#details-as-of', day);
  await page.waitForSelector(`.details-body section.planning-as-of[data-as-of="${day}"]`, { timeout: 20_000 });
  return Date.now() - started;
}

test('the details panel shows the plan at a clicked point as of a chosen day', { timeout: 120_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page, problems } = await openPage(context, '/');
    await waitForMapIdle(page);
    const lngLat = await pointInZone(page, 'CK-HUU-NGHI');
    // The API's own answer for both days, at the end of each day in Vietnam (the first version dates from the 2014 decision).
    assert.equal((await anonymous(page, ZONE_AT, { lon: lngLat[0], lat: lngLat[1], asOf: '2010-01-01T16:59:59Z' })).planningAt.zone, null);
    assert.equal((await anonymous(page, ZONE_AT, { lon: lngLat[0], lat: lngLat[1], asOf: '2020-01-01T16:59:59Z' })).planningAt.zone?.code, 'CK-HUU-NGHI');

    await page.evaluate((center) => window.__planningMap.jumpTo({ center, zoom: 14 }), lngLat);
    await waitForMapIdle(page);
    const at = await screenPoint(page, lngLat);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('.details-body .zone-card[data-zone="CK-HUU-NGHI"]', { timeout: 20_000 });
    assert.equal(await page.$('.details-body .as-of-note'), null, 'today: no as-of note');
    assert.equal(await page.inputValue('#details-as-of'), '');
    assert.equal(await page.textContent('label[for="details-as-of"]'), 'Quy hoạch tại ngày');

    const before = await setDay(page, '2010-01-01');
    console.log(`MEASURE plan as of a day (date set to card shown): ${before} ms`);
    const card2010 = page.locator('.details-body section.planning-as-of');
    assert.equal(await card2010.locator('h3').first().textContent(), 'Quy hoạch tại điểm này ngày 01/01/2010');
    assert.equal(await card2010.locator('.outside').textContent(), 'Ngày 01/01/2010, điểm này chưa thuộc khu chức năng nào đã được phê duyệt.');
    assert.equal(await card2010.locator('.zone-card').count(), 0);
    assert.match(await card2010.locator('.as-of-note').textContent(), /cuối ngày 01\/01\/2010.*Hiện trạng sử dụng đất và tình trạng lô đất .* là của hôm nay/);
    await screenshot(page, 'planning-at-2010');

    await setDay(page, '2020-01-01');
    const card2020 = page.locator('.details-body section.planning-as-of');
    assert.equal(await card2020.locator('.zone-card[data-zone="CK-HUU-NGHI"] h3').textContent(), 'Khu vực cửa khẩu quốc tế Hữu Nghị');
    assert.match(await card2020.locator('.as-of-note').textContent(), /01\/01\/2020/);
    await screenshot(page, 'planning-at-2020');

    // A day after today is refused next to the field; the 2020 card stays.
    await page.fill('#details-as-of', '2099-01-01');
    await page.waitForSelector('#details-as-of-message:not(:empty)');
    assert.match(await page.textContent('#details-as-of-message'), /^Chọn một ngày không muộn hơn hôm nay/);
    assert.equal(await page.getAttribute('.details-body section', 'data-as-of'), '2020-01-01');

    // Back to today: today's plan, no as-of note.
    await page.click('#details-as-of-today');
    await page.waitForSelector('.details-body section:not(.planning-as-of) .zone-card[data-zone="CK-HUU-NGHI"]', { timeout: 20_000 });
    assert.equal(await page.inputValue('#details-as-of'), '');
    assert.equal(await page.textContent('#details-as-of-message'), '');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
