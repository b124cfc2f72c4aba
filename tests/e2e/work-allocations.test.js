// Investors and allocations ("Nghiệp vụ" → "Nhà đầu tư và giao đất"), as the planner: a new investor
// (a tax code another investor holds is refused next to the field), a plot picked on the map leased to it,
// the same plot allocated again refused and drawn with the allocation it runs into, the lease terminated on a
// decision; then the investor's own account sees only its own allocation, with its terms. Checked through
// the API and the map. The plot HD-K-07 (Hoàng Đồng, no allocation in the sample) is used by no other test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, openPage, waitForMapIdle, renderedFeatures, screenshot, login, logout, accounts, apiAsSignedIn, screenPoint, BASE_URL } from './lib/browser.js';

const require = createRequire(import.meta.url);

/** axe-core's WCAG 2 A/AA rules on the page as it is (as in a11y.test.js). */
async function audit(page, where) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const PLOT = 'HD-K-07';
const stamp = Date.now().toString(36).toUpperCase();
const INVESTOR = `E2E-ALLOC-${stamp}`;
const TAX_CODE = `98${String(Date.now()).slice(-8)}`;

const ALLOCATION_FIELDS = 'code status form termYears startDate endDate investor { code } decision { number } endDecision { number } annualRentVnd termsNote';

async function plotAllocations(page) {
  const data = await apiAsSignedIn(page, `query($p: String) { allocations(first: 50, filter: { plotCode: $p }) { totalCount nodes { ${ALLOCATION_FIELDS} } } }`, { p: PLOT });
  return data.allocations;
}

async function plotTile(page) {
  await waitForMapIdle(page);
  return (await renderedFeatures(page, ['plots-fill'], ['==', ['get', 'code'], PLOT]))[0]?.properties;
}

function centroid(geometry) {
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0][0];
  const points = ring.slice(0, -1);
  return [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];
}

async function openArea(page, view) {
  await page.click('#tab-work');
  await page.click('.work-nav button[data-area=allocations]');
  if (view) await page.click(`.allocations-nav button[data-view=${view}]`);
}

test('a planner registers an investor, leases it a plot picked on the map, sees a double allocation refused on the map, terminates the lease; the investor sees only its own', { timeout: 180_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/');
    await login(page, accounts().planner);
    const before = await plotAllocations(page);
    assert.equal(before.nodes.filter((a) => ['PENDING', 'ACTIVE'].includes(a.status)).length, 0, `${PLOT} is free in the sample`);
    const { plot } = await apiAsSignedIn(page, `{ plot(code: "${PLOT}") { availability geometry } }`);
    assert.equal(plot.availability, 'AVAILABLE');
    // The map moves to the plot now, and loads its tiles while the investor is registered.
    const centre = centroid(plot.geometry);
    await page.evaluate((c) => window.__planningMap.jumpTo({ center: c, zoom: 17 }), centre);

    // 1. The investor register: a tax code another investor holds is refused next to the tax code.
    await openArea(page, 'investors');
    await page.waitForSelector('#investor-list li[data-investor]', { timeout: 30_000 });
    let started = Date.now();
    await page.click('#investor-new');
    await page.fill('#investor-code', INVESTOR);
    await page.fill('#investor-name', 'Công ty TNHH Kiểm thử Giao đất');
    await page.fill('#investor-country', 'JP');
    await page.fill('#investor-tax-code', '9900010437');
    await page.fill('#investor-representative', 'Tanaka Kenji');
    await page.fill('#investor-email', 'lienhe@e2e-alloc.example');
    await page.fill('#investor-phone', '+81 3 1234 5678');
    await page.click('#investor-save');
    const taken = await page.waitForSelector('#investor-form .field-message[data-field=taxCode]:not(:empty)', { timeout: 15_000 });
    assert.match(await taken.textContent(), /đã thuộc nhà đầu tư NDT-01/);
    assert.equal(await page.inputValue('#investor-representative'), 'Tanaka Kenji', 'the refused form keeps what was typed');
    const a11y = await audit(page, 'planner/investor refused');
    let investors = (await apiAsSignedIn(page, '{ investors { code taxCode representative contactEmail contactPhone country } }')).investors;
    assert.ok(!investors.some((i) => i.code === INVESTOR), 'the refused investor was not stored');
    await page.fill('#investor-tax-code', TAX_CODE);
    await page.click('#investor-save');
    await page.waitForSelector(`#investor-result .notice:has-text("${INVESTOR}")`, { timeout: 15_000 });
    console.log(`MEASURE new investor: ${Date.now() - started} ms`);
    investors = (await apiAsSignedIn(page, '{ investors { code taxCode representative contactEmail contactPhone country } }')).investors;
    assert.deepEqual(investors.find((i) => i.code === INVESTOR),
      { code: INVESTOR, taxCode: TAX_CODE, representative: 'Tanaka Kenji', contactEmail: 'lienhe@e2e-alloc.example', contactPhone: '+81 3 1234 5678', country: 'JP' });

    // 2. Lease the plot, picked on the map, for 50 years with an annual rent.
    await page.click('.allocations-nav button[data-view=allocate]');
    started = Date.now();
    await page.waitForSelector('#allocation-form');
    await page.click('#allocation-pick');
    await waitForMapIdle(page);
    const at = await screenPoint(page, centre);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((code) => document.querySelector('#allocation-plot').value === code, PLOT, { timeout: 15_000 });
    await page.waitForSelector(`#allocation-plot-info:has-text("${PLOT}")`);
    const picked = Date.now();
    await page.selectOption('#allocation-investor', INVESTOR);
    await page.selectOption('#allocation-form-kind', 'LEASE_ANNUAL');
    await page.fill('#allocation-term', '50');
    await page.fill('#allocation-decision', `E2E-${stamp}/QĐ-BQLKKT`);
    await page.fill('#allocation-decision-date', '2026-11-20');
    await page.fill('#allocation-rent', '123.456.000');
    await page.fill('#allocation-note', 'Miễn tiền thuê trong thời gian xây dựng (kiểm thử e2e).');
    assert.match(await page.textContent('#allocation-end'), /Kết thúc ngày/);
    await page.click('#allocation-save');
    const saved = await page.waitForSelector('#allocation-result .notice', { timeout: 15_000 });
    console.log(`MEASURE allocate plot (form open → saved, with the map pick): ${Date.now() - started} ms`);
    console.log(`MEASURE allocate plot (plot picked → saved): ${Date.now() - picked} ms`);
    const code = (await saved.textContent()).match(/Đã lưu (\S+):/)?.[1];
    assert.ok(code?.startsWith(`GD-${PLOT}-`), `a generated allocation code (${code})`);
    let onServer = await plotAllocations(page);
    const lease = onServer.nodes.find((a) => a.code === code);
    assert.equal(lease.status, 'ACTIVE');
    assert.equal(lease.form, 'LEASE_ANNUAL');
    assert.equal(lease.termYears, 50);
    assert.equal(lease.investor.code, INVESTOR);
    assert.equal(String(lease.annualRentVnd), '123456000');
    assert.equal(lease.decision.number, `E2E-${stamp}/QĐ-BQLKKT`);
    assert.equal((await plotTile(page))?.availability, 'ALLOCATED', 'the map draws the plot as allocated');

    // 3. The same plot allocated again to another investor for an overlapping period: refused, drawn, named.
    await page.click('.allocations-nav button[data-view=allocate]');
    await page.fill('#allocation-plot', PLOT);
    await page.press('#allocation-plot', 'Tab');
    await page.selectOption('#allocation-investor', 'NDT-02');
    await page.selectOption('#allocation-form-kind', 'ALLOCATION');
    await page.fill('#allocation-decision', 'E2E-TRUNG/QĐ-BQLKKT');
    await page.click('#allocation-save');
    const refusal = await page.waitForSelector('#allocation-form .field-message[data-field=plot] .conflict-with', { timeout: 15_000 });
    const refusalText = await page.textContent('#allocation-form .field-message[data-field=plot]');
    assert.match(refusalText, /đã được giao hoặc cho thuê/);
    assert.ok((await refusal.textContent()).includes(code), 'the refusal names the allocation it runs into');
    await waitForMapIdle(page);
    const conflict = await renderedFeatures(page, ['ov-conflict-line']);
    assert.ok(conflict.some((f) => f.properties.allocation === code && f.properties.plot === PLOT), 'the conflicting allocation is drawn on the map');
    assert.equal(await page.inputValue('#allocation-plot'), PLOT, 'the form keeps its values');
    assert.equal(await page.inputValue('#allocation-investor'), 'NDT-02');
    assert.equal(await page.inputValue('#allocation-decision'), 'E2E-TRUNG/QĐ-BQLKKT');
    await screenshot(page, 'allocations-double-refused');
    a11y.push(...(await audit(page, 'planner/double allocation refused')));
    onServer = await plotAllocations(page);
    assert.equal(onServer.totalCount, before.totalCount + 1, 'the refused allocation was not stored');

    // 4. Terminate the lease on a decision; the register is filtered by investor.
    await page.click('.allocations-nav button[data-view=register]');
    await page.waitForSelector('#allocation-list li[data-allocation]', { timeout: 30_000 });
    await page.selectOption('#allocation-filter select[name=investor]', INVESTOR);
    await page.waitForFunction(() => document.querySelectorAll('#allocation-list li[data-allocation]').length === 1, null, { timeout: 15_000 });
    const row = `#allocation-list li[data-allocation="${code}"]`;
    started = Date.now();
    await page.click(`${row} [data-action=end-allocation]`);
    await page.selectOption(`${row} .end-allocation select`, 'TERMINATED');
    await page.click(`${row} .end-allocation button[type=submit]`);
    assert.match(await page.textContent(`${row} .field-message[data-field=decisionNumber]`), /số quyết định/i, 'the ending decision is asked for');
    await page.fill(`${row} .end-allocation input[name=decisionNumber]`, `E2E-THU-HOI-${stamp}/QĐ-BQLKKT`);
    await page.click(`${row} .end-allocation button[type=submit]`);
    await page.waitForSelector(`#allocation-result .notice:has-text("${code}")`, { timeout: 15_000 });
    console.log(`MEASURE end allocation: ${Date.now() - started} ms`);
    await page.waitForSelector(`${row}[data-status=TERMINATED]`, { timeout: 15_000 });
    onServer = await plotAllocations(page);
    const ended = onServer.nodes.find((a) => a.code === code);
    assert.equal(ended.status, 'TERMINATED');
    assert.equal(ended.endDecision.number, `E2E-THU-HOI-${stamp}/QĐ-BQLKKT`);
    assert.equal(ended.decision.number, `E2E-${stamp}/QĐ-BQLKKT`, 'the granting decision stays');
    assert.equal((await plotTile(page))?.availability, 'AVAILABLE', 'the plot is available again on the map');
    await screenshot(page, 'allocations-terminated');
    a11y.push(...(await audit(page, 'planner/register')));

    // 5. An account for the new investor (made by an administrator through the API) sees only its own, with terms.
    const username = `e2e-alloc-${stamp.toLowerCase()}`;
    const password = `Mat-khau-${stamp}-e2e`;
    await page.evaluate(async ({ url, admin, username, password, investor }) => {
      const call = async (query, variables, token) => (await fetch(url + '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      })).json();
      const { data } = await call('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: admin.username, p: admin.password });
      await call('mutation($i: SaveUserInput!) { saveUser(input: $i) { username } }',
        { i: { username, displayName: 'Nhà đầu tư kiểm thử', roles: ['INVESTOR'], password, investorCode: investor } }, data.login.token);
      await call('mutation { logout }', {}, data.login.token);
    }, { url: BASE_URL, admin: accounts().admin, username, password, investor: INVESTOR });
    await logout(page);
    await login(page, { username, password });
    await openArea(page, null);
    await page.waitForSelector('#allocation-list li[data-allocation]', { timeout: 30_000 });
    const mine = await page.$$eval('#allocation-list li[data-allocation]', (items) => items.map((li) => li.dataset.allocation));
    assert.deepEqual(mine, [code], 'the investor sees its own allocation only');
    const text = await page.textContent(`#allocation-list li[data-allocation="${code}"]`);
    assert.match(text, /123\.456\.000 ₫/, 'with its annual rent');
    assert.match(text, /Miễn tiền thuê trong thời gian xây dựng/, 'and its terms note');
    assert.match(text, new RegExp(PLOT));
    assert.equal(await page.$('#allocation-list [data-action=end-allocation]'), null, 'read-only for the investor');
    assert.equal(await page.$('.allocations-nav'), null, 'no investor register or allocation form for the investor');
    const own = (await apiAsSignedIn(page, `{ allocations(first: 50) { totalCount nodes { code investor { code } annualRentVnd } } }`)).allocations;
    assert.equal(own.totalCount, 1);
    assert.equal(String(own.nodes[0].annualRentVnd), '123456000');
    // At phone width: nothing scrolls sideways, and axe finds nothing on any of the area's screens.
    await page.setViewportSize({ width: 390, height: 844 });
    const noScroll = await page.evaluate(() => { const p = document.querySelector('.tab-panels'); return p.scrollWidth <= p.clientWidth + 1; });
    assert.ok(noScroll, 'no horizontal scrolling at phone width');
    a11y.push(...(await audit(page, 'investor/own allocations, phone')));
    assert.deepEqual(a11y, [], 'axe finds nothing on the allocations screens');
    await screenshot(page, 'allocations-investor-own');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The demo investor (NDT-01) too: its own rows, as many as the API gives it.
    await logout(page);
    await login(page, accounts().investor);
    await openArea(page, null);
    await page.waitForSelector('#allocation-list li[data-allocation]', { timeout: 30_000 });
    const demo = (await apiAsSignedIn(page, '{ allocations(first: 500) { totalCount nodes { investor { code } } } }')).allocations;
    assert.ok(demo.nodes.every((a) => a.investor.code === demo.nodes[0].investor.code), 'the API gives one investor\'s rows');
    const shown = await page.$$eval('#allocation-list li[data-allocation]', (items) => items.map((li) => li.textContent));
    assert.equal(shown.length, demo.totalCount);
    assert.ok(shown.every((s) => s.includes(demo.nodes[0].investor.code)), 'every row is the investor\'s own');
  } finally {
    await close();
  }
});
