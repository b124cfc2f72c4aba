// Site clearance (GPMB) in the "Nghiệp vụ" tab: the step board per project as the API counts it, a household's
// next step recorded (an out-of-order step refused, naming the missing one), the parcels on the map by step,
// and the household's personal data hidden from an inspector.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, openPage, waitForMapIdle, renderedFeatures, screenshot, login, logout, accounts, screenPoint, apiAsSignedIn } from './lib/browser.js';

const require = createRequire(import.meta.url);
/** axe-core's WCAG A/AA rules on the work panel only (the rest of the page is a11y.test.js's). */
async function audit(page, where) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run('#panel-work', { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const BOARD_PROJECT = 'GPMB-DB-MR'; // read only
const RECORD_PROJECT = 'GPMB-HD-01'; // no other e2e test uses it; only its step records change
const PARCEL = 'GPMB-HD-01-T04';
const FILL = 'ov-clearance-parcels-fill';

const PROJECT_QUERY = `query($c: String) { clearanceProjects(first: 5, filter: { text: $c }) { nodes { code
  parcels { parcelCode currentStep { stepNo } handedOver household { name } steps { step { stepNo } completedOn decisionNumber note parcelCode documents { fileName } } geometry } } } }`;
async function projectOnServer(page, code) {
  const data = await apiAsSignedIn(page, PROJECT_QUERY, { c: code });
  return data.clearanceProjects.nodes.find((p) => p.code === code);
}

async function openClearance(page, project) {
  await page.click('#tab-work');
  await page.click('.work-nav [data-area=clearance]');
  await page.waitForSelector('#clearance-project option', { state: 'attached' });
  await page.selectOption('#clearance-project', project);
  await page.waitForSelector(`#clearance-parcels li[data-parcel^="${project}-"]`, { timeout: 30_000 });
}

/** The parcel's middle on the page (the sample parcels are convex quadrilaterals). */
async function parcelPoint(page, geometry) {
  const ring = (geometry.type === 'MultiPolygon' ? geometry.coordinates[0][0] : geometry.coordinates[0]).slice(0, -1);
  const c = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
  return screenPoint(page, c);
}

test('planner: the step board agrees with the API, a household moves on one step, an out-of-order step is refused', { timeout: 150_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page, problems } = await openPage(context, '/');
    await waitForMapIdle(page);
    await login(page, accounts().planner);
    await openClearance(page, BOARD_PROJECT);

    // Every project, also one outside any functional zone, with its households.
    const all = (await apiAsSignedIn(page, 'query { clearanceProjects(first: 200) { nodes { code zone { code } parcels { parcelCode } } } }')).clearanceProjects.nodes;
    const overview = await page.$$eval('#clearance-overview tbody tr', (rows) => rows.map((r) => [r.dataset.project, Number(r.querySelector('td.count').textContent)]));
    assert.deepEqual(overview.sort(), all.map((p) => [p.code, p.parcels.length]).sort());
    const zoneless = all.find((p) => !p.zone);
    assert.ok(zoneless, 'the sample has a project outside any zone');
    assert.match(await page.textContent(`#clearance-overview tr[data-project="${zoneless.code}"]`), /ngoài khu chức năng/);

    // Households per step, as the API has them.
    const server = await projectOnServer(page, BOARD_PROJECT);
    const expected = {};
    for (const p of server.parcels) expected[p.currentStep?.stepNo ?? 0] = (expected[p.currentStep?.stepNo ?? 0] ?? 0) + 1;
    const shown = await page.$$eval('#clearance-steps tbody tr', (rows) => Object.fromEntries(rows
      .map((r) => [r.dataset.step, Number(r.querySelector('td.count').textContent)]).filter(([, n]) => n > 0)));
    assert.deepEqual(shown, Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, v])));
    assert.ok(Object.keys(expected).length >= 2, 'the sample project has households at different steps');
    assert.equal(await page.locator('#clearance-steps tbody tr').count(), 12, 'the 11 statutory steps and "not started"');

    // Late households: the threshold is an input, remembered; all of this project's steps are dated 2025.
    await page.fill('.clearance-controls input[name=stuckDays]', '30');
    await page.dispatchEvent('.clearance-controls input[name=stuckDays]', 'change');
    await page.waitForSelector('#clearance-steps caption:has-text("30 ngày")');
    const late = await page.$$eval('#clearance-stuck li', (items) => items.map((li) => li.dataset.parcel));
    const notHandedOver = server.parcels.filter((p) => !p.handedOver && p.currentStep).map((p) => p.parcelCode);
    assert.deepEqual(late.sort(), notHandedOver.sort(), 'every household waiting since 2025 is late after 30 days');
    assert.equal(await page.evaluate(() => localStorage.getItem('planninggis.clearance.stuckDays')), '30');

    // The parcels on the map, coloured by step.
    await waitForMapIdle(page);
    const drawn = await renderedFeatures(page, [FILL]);
    const drawnCodes = new Set(drawn.map((f) => f.properties.parcelCode));
    assert.equal(drawnCodes.size, server.parcels.length, 'every parcel of the project is drawn');
    for (const p of server.parcels) {
      assert.equal(drawn.find((f) => f.properties.parcelCode === p.parcelCode).properties.stepNo, p.currentStep?.stepNo ?? 0);
    }
    await screenshot(page, 'clearance-board');

    // The project used for recording: open the household from the map.
    await openClearance(page, RECORD_PROJECT);
    const before = await projectOnServer(page, RECORD_PROJECT);
    const target = before.parcels.find((p) => p.parcelCode === PARCEL);
    assert.equal(target.currentStep.stepNo, 5, 'the sample household has passed public posting (5)');
    await waitForMapIdle(page);
    const started = Date.now();
    const at = await parcelPoint(page, target.geometry);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector(`#clearance-parcel[data-parcel="${PARCEL}"]`, { timeout: 15_000 });
    assert.equal(await page.textContent('#clearance-parcel [data-field=household]'), target.household.name, 'a planner sees the household');
    assert.equal(await page.locator('#clearance-parcel .clearance-records tbody tr').count(), target.steps.length);

    // Out of order: the land-recovery decision (8) before the appraisal (6).
    await page.selectOption('#clearance-step-form select[name=stepNo]', '8');
    await page.fill('#clearance-step-form input[name=decisionNumber]', '77/QĐ-UBND');
    await page.fill('#clearance-step-form textarea[name=note]', 'Kiểm thử e2e: sai trình tự');
    await page.click('#clearance-step-submit');
    const refusal = await page.waitForSelector('#clearance-step-form select[name=stepNo] + .field-message:not(:empty)', { timeout: 15_000 });
    const refusalText = await refusal.textContent();
    assert.match(refusalText, /6|[Tt]hẩm định/, `the refusal names the missing step: ${refusalText}`);
    assert.match(refusalText, /[ạảãáàâăđêôơư]/i, 'in Vietnamese');
    assert.equal(await page.inputValue('#clearance-step-form input[name=decisionNumber]'), '77/QĐ-UBND', 'what was typed is kept');
    let after = (await projectOnServer(page, RECORD_PROJECT)).parcels.find((p) => p.parcelCode === PARCEL);
    assert.equal(after.steps.length, target.steps.length, 'nothing stored');
    await screenshot(page, 'clearance-refused');
    assert.deepEqual(await audit(page, 'planner/clearance'), []);

    // The right next step: appraisal (6).
    await page.selectOption('#clearance-step-form select[name=stepNo]', '6');
    await page.fill('#clearance-step-form input[name=decisionNumber]', '88/TB-HĐTĐ');
    await page.fill('#clearance-step-form textarea[name=note]', 'Kiểm thử e2e: thẩm định phương án');
    await page.setInputFiles('#clearance-step-form input[name=papers]', { name: 'to-trinh-tham-dinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 tờ trình thẩm định') });
    await page.click('#clearance-step-submit');
    await page.waitForSelector(`#clearance-parcel[data-parcel="${PARCEL}"] .clearance-records tr[data-step="6"]`, { timeout: 30_000 });
    console.log(`MEASURE clearance step (parcel opened from the map → saved): ${Date.now() - started} ms`);
    after = (await projectOnServer(page, RECORD_PROJECT)).parcels.find((p) => p.parcelCode === PARCEL);
    assert.equal(after.currentStep.stepNo, 6);
    const record = after.steps.find((s) => s.step.stepNo === 6);
    assert.equal(record.decisionNumber, '88/TB-HĐTĐ');
    assert.equal(record.note, 'Kiểm thử e2e: thẩm định phương án');
    assert.equal(record.parcelCode, PARCEL);
    assert.deepEqual(record.documents.map((d) => d.fileName), ['to-trinh-tham-dinh.pdf'], 'the step\'s paper is stored with it');
    assert.match(await page.textContent(`#clearance-parcel[data-parcel="${PARCEL}"] .clearance-records tr[data-step="6"] .step-papers`), /to-trinh-tham-dinh\.pdf/);
    assert.equal(after.steps.length, target.steps.length + 1, 'only the one step was stored');
    assert.equal(await page.textContent('#clearance-steps tr[data-step="6"] td.count'), '1', 'the board moved the household on');
    await waitForMapIdle(page);
    const moved = await renderedFeatures(page, [FILL], ['==', ['get', 'parcelCode'], PARCEL]);
    assert.equal(moved[0]?.properties.stepNo, 6, 'the map colours the parcel by its new step');
    await screenshot(page, 'clearance-recorded');
    assert.deepEqual(problems.filter((p) => !/status of 4\d\d|ERR_ABORTED/.test(p)), []);
  } finally {
    await close();
  }
});

test('inspector: the board is visible, the household personal data is not, and there is no form', { timeout: 90_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/');
    await page.setViewportSize({ width: 390, height: 844 });
    await waitForMapIdle(page);
    await login(page, accounts().inspector);
    await openClearance(page, RECORD_PROJECT);
    await page.click(`#clearance-parcels li[data-parcel="${PARCEL}"] button`);
    await page.waitForSelector(`#clearance-parcel[data-parcel="${PARCEL}"]`);
    for (const field of ['household', 'idNumber', 'compensation']) {
      assert.match(await page.textContent(`#clearance-parcel [data-field=${field}]`), /không có quyền xem/);
    }
    assert.equal(await page.locator('#clearance-step-form').count(), 0, 'inspectors do not record steps');
    const server = await projectOnServer(page, RECORD_PROJECT);
    assert.equal(server.parcels[0].household, null, 'the API withholds the household from inspectors');
    assert.doesNotMatch(await page.textContent('#panel-work'), /Hộ (ông|bà) .* Mẫu|9991\d{8}/, 'no name or ID number on the page');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no horizontal scrolling at phone width');
    await screenshot(page, 'clearance-inspector-phone');
    assert.deepEqual(await audit(page, 'inspector/clearance'), []);
  } finally {
    await close();
  }
});
