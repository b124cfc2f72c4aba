// Planner's dossier work ("Nghiệp vụ" → "Hồ sơ quy hoạch"): a new local adjustment with a drawn boundary,
// a refusal shown next to its field (nothing saved), a PDF uploaded, published, a stale withdrawal refused,
// stored as asked (checked through the API), drawn on the map, and two versions compared in the history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  launch, openPage, waitForMapIdle, renderedFeatures, screenshot, login, logout, accounts, screenPoint, apiAsSignedIn,
} from './lib/browser.js';

// A sample detailed plan no other test uses: the new dossier adjusts it.
const ADJUSTED = 'QHCT-TT-2025-02';
const CENTRE = [106.6950, 21.9762];
const CODE = `E2E-DOSSIERS-${Date.now().toString(36).toUpperCase()}`;
// A square of about 100 m around the centre, clicked vertex by vertex.
const d = 0.0005;
const SQUARE = [[CENTRE[0] - d, CENTRE[1] - d], [CENTRE[0] + d, CENTRE[1] - d], [CENTRE[0] + d, CENTRE[1] + d], [CENTRE[0] - d, CENTRE[1] + d]];
// A minimal PDF, generated here.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');

const require = createRequire(import.meta.url);

/** axe-core's WCAG A/AA findings on the page now (as in a11y.test.js). */
async function audit(page, where) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * What the map drew on some layers, once it has drawn something there (polling, not waiting for every
 * tile: the software renderer is slow); empty after the timeout, so the assertion that follows fails.
 */
async function drawnOn(page, layers, filter = null, timeout = 30_000) {
  await page.waitForFunction(({ layers, filter }) => {
    const map = window.__planningMap;
    const existing = layers.filter((l) => map.getLayer(l));
    return existing.length && map.queryRenderedFeatures(undefined, { layers: existing, filter: filter ?? undefined }).length > 0;
  }, { layers, filter }, { timeout, polling: 200 }).catch(() => { /* asserted by the caller */ });
  return renderedFeatures(page, layers, filter);
}

const DOSSIER = `query($c: String!) { dossier(code: $c) { code kind status published version scale areaM2 adjusts { code }
  summary legalBasis decision { number date } documents { title fileName contentType sizeBytes } history { version } } }`;

test('planner creates, documents, publishes and compares a dossier; an investor has no dossier work', { timeout: 240_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page, problems } = await openPage(context, `/#map=16/${CENTRE[1]}/${CENTRE[0]}`);
    await waitForMapIdle(page);
    await login(page, accounts().planner);
    await page.click('#tab-work');
    await page.click('.work-nav [data-area=dossiers]');
    await page.waitForSelector('#dossier-list li[data-dossier]', { timeout: 30_000 });
    const a11y = [];

    // The list's filters ask the API: the count shown is the API's count for the same filter.
    await page.selectOption('#dossier-filter select[name=kind]', 'LOCAL_ADJUSTMENT');
    await page.selectOption('#dossier-filter select[name=published]', 'no');
    await page.waitForFunction(() => /trong \d+/.test(document.querySelector('#dossier-count')?.textContent ?? '') && !document.querySelector('#dossier-list .loading-inline'));
    const expected = await apiAsSignedIn(page, 'query { dossiers(first: 1, filter: { kind: [LOCAL_ADJUSTMENT], published: false }) { totalCount } }');
    assert.match(await page.textContent('#dossier-count'), new RegExp(`trong ${expected.dossiers.totalCount}$`), 'the list counts what the API counts');
    await page.selectOption('#dossier-filter select[name=kind]', '');
    await page.selectOption('#dossier-filter select[name=published]', '');

    // The form: a local adjustment of a sample dossier, APPROVED but without its decision number.
    await page.click('#dossier-new');
    const openedAt = Date.now();
    await page.fill('#dossier-form [name=code]', CODE);
    await page.fill('#dossier-form [name=name]', 'Điều chỉnh cục bộ kiểm thử e2e');
    await page.selectOption('#dossier-form [name=kind]', 'LOCAL_ADJUSTMENT');
    await page.fill('#dossier-form [name=scale]', '1/500');
    await page.selectOption('#dossier-form [name=status]', 'APPROVED');
    await page.fill('#dossier-form [name=adjustsCode]', ADJUSTED);
    // The clicks need the map's position, not its tiles.
    await page.evaluate((c) => window.__planningMap.jumpTo({ center: c, zoom: 17 }), CENTRE);
    await page.click('#dossier-start');
    for (const corner of SQUARE) {
      const at = await screenPoint(page, corner);
      await page.mouse.click(at.x, at.y);
    }
    // One point too many, taken back with "undo".
    const extra = await screenPoint(page, [CENTRE[0], CENTRE[1] + 2 * d]);
    await page.mouse.click(extra.x, extra.y);
    await page.waitForSelector('#dossier-draw-status:has-text("5")');
    await page.click('#dossier-undo');
    await page.click('#dossier-finish');
    await page.waitForSelector('#dossier-draw-status:has-text("4 đỉnh")');
    const draft = await drawnOn(page, ['ov-draft-fill']);
    assert.ok(draft.length > 0, 'the drawn boundary is on the map');

    await page.click('#dossier-save');
    const refusal = await page.waitForSelector('#dossier-form .field-decisionNumber .field-message:not(:empty)', { timeout: 30_000 });
    assert.match(await refusal.textContent(), /số quyết định/i, 'the API\'s Vietnamese refusal, next to the decision number');
    assert.equal(await page.inputValue('#dossier-form [name=name]'), 'Điều chỉnh cục bộ kiểm thử e2e', 'the typed values are kept');
    assert.equal((await apiAsSignedIn(page, DOSSIER, { c: CODE })).dossier, null, 'nothing was saved');
    await screenshot(page, 'dossiers-refused');
    // The audit is the test's own time, not the planner's: left out of the form's measure.
    const auditStart = Date.now();
    a11y.push(...(await audit(page, 'dossiers/list and form, refused')));
    const auditMs = Date.now() - auditStart;

    await page.fill('#dossier-form [name=decisionNumber]', '15/QĐ-BQLKKT-E2E');
    await page.fill('#dossier-form [name=decisionDate]', '2026-11-20');
    await page.fill('#dossier-form [name=approvingBody]', 'Ban Quản lý Khu kinh tế tỉnh Lạng Sơn');
    await page.click('#dossier-save');
    await page.waitForSelector(`.dossier-view[data-dossier="${CODE}"]`, { timeout: 30_000 });
    console.log(`MEASURE dossier create form (open → refused → saved): ${Date.now() - openedAt - auditMs} ms`);
    // The chain: the adjusted sample dossier, then this one.
    assert.ok(await page.$(`#dossier-chain li.chain-adjusted[data-dossier="${ADJUSTED}"] button`), 'the adjusted dossier is in the chain, clickable');

    // A PDF, uploaded from the dossier.
    const uploadAt = Date.now();
    await page.setInputFiles('#dossier-upload input[type=file]', { name: 'quyet-dinh-15.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.selectOption('#dossier-upload select[name=kind]', 'DECISION');
    await page.click('#dossier-upload-submit');
    await page.waitForSelector('#dossier-documents li[data-document]', { timeout: 30_000 });
    console.log(`MEASURE dossier document upload: ${Date.now() - uploadAt} ms`);

    // Published from the view.
    const publishAt = Date.now();
    await page.click('#dossier-publish');
    await page.waitForSelector('.dossier-view .notice:has-text("Đã công bố")', { timeout: 30_000 });
    console.log(`MEASURE dossier publish: ${Date.now() - publishAt} ms`);
    a11y.push(...(await audit(page, 'dossiers/view')));

    // Edited: the change asks for its legal basis (said next to the field), then saves a new version.
    const editAt = Date.now();
    await page.click('#dossier-edit');
    await page.fill('#dossier-form [name=summary]', 'Điều chỉnh chỉ tiêu lô đất (e2e)');
    await page.click('#dossier-save');
    await page.waitForSelector('#dossier-form .field-legalBasis .field-message:not(:empty)');
    assert.equal(await page.inputValue('#dossier-form [name=summary]'), 'Điều chỉnh chỉ tiêu lô đất (e2e)', 'kept');
    await page.fill('#dossier-form [name=legalBasis]', '16/QĐ-BQLKKT-E2E');
    await page.click('#dossier-save');
    await page.waitForSelector(`.dossier-view[data-dossier="${CODE}"] .notice:has-text("Đã lưu")`, { timeout: 30_000 });
    console.log(`MEASURE dossier edit form (open → saved): ${Date.now() - editAt} ms`);

    let stored = (await apiAsSignedIn(page, DOSSIER, { c: CODE })).dossier;
    assert.equal(stored.kind, 'LOCAL_ADJUSTMENT');
    assert.equal(stored.status, 'APPROVED');
    assert.equal(stored.adjusts?.code, ADJUSTED);
    assert.equal(stored.decision?.number, '15/QĐ-BQLKKT-E2E');
    assert.equal(stored.decision?.date, '2026-11-20');
    assert.equal(stored.published, true, 'the dossier is published');
    assert.equal(stored.summary, 'Điều chỉnh chỉ tiêu lô đất (e2e)');
    assert.equal(stored.legalBasis, '16/QĐ-BQLKKT-E2E', 'the edit is on its legal basis');
    assert.deepEqual(stored.documents.map((x) => [x.fileName, x.contentType, x.sizeBytes]), [['quyet-dinh-15.pdf', 'application/pdf', PDF.length]]);
    assert.ok(stored.areaM2 > 8000 && stored.areaM2 < 13000, `about 100 m × 110 m stored (${stored.areaM2} m²)`);

    // Someone else changes it meanwhile (a larger boundary): withdrawing on the stale version is the API's CONFLICT.
    const [cx, cy] = CENTRE;
    const bigger = [[[cx - 2 * d, cy - d], [cx + 2 * d, cy - d], [cx + 2 * d, cy + d], [cx - 2 * d, cy + d], [cx - 2 * d, cy - d]]];
    await apiAsSignedIn(page, `mutation($i: UpdateDossierInput!) { updateDossier(input: $i) { version } }`,
      { i: { code: CODE, expectedVersion: stored.version, legalBasis: '17/QĐ-BQLKKT-E2E', summary: 'Mở rộng ranh giới (e2e)', geometry: { type: 'Polygon', coordinates: bigger } } });
    await page.click('#dossier-publish');
    const conflict = await page.waitForSelector('#dossier-publish-msg:not(:empty)', { timeout: 30_000 });
    assert.match(await conflict.textContent(), /phiên bản/i, 'the stale withdrawal is refused in Vietnamese');
    assert.equal((await apiAsSignedIn(page, DOSSIER, { c: CODE })).dossier.published, true, 'still published');

    // The map draws the new dossier (tiles) and its highlight.
    await page.click(`#dossier-chain li.chain-adjusted[data-dossier="${ADJUSTED}"] button`);
    await page.waitForSelector(`.dossier-view[data-dossier="${ADJUSTED}"]`);
    await page.click(`#dossier-chain li.chain-adjusting[data-dossier="${CODE}"] button`);
    await page.waitForSelector(`.dossier-view[data-dossier="${CODE}"]`);
    const tiles = await drawnOn(page, ['dossiers-line'], ['==', ['get', 'code'], CODE]);
    assert.ok(tiles.length > 0, 'the dossier boundary is drawn from the tiles');
    assert.ok((await drawnOn(page, ['ov-highlight-line'])).length > 0, 'the opened dossier is highlighted');

    // History: versions 1 (created) and the current one, both boundaries, the area change, what changed.
    await page.click('#dossier-history');
    await page.waitForSelector('#history-compare');
    await page.selectOption('#history-compare select[name=older]', '1');
    await page.click('#compare-show');
    await page.waitForSelector('#compare-attributes');
    const oldLine = await drawnOn(page, ['ov-compare-old']);
    const newLine = await drawnOn(page, ['ov-compare-new']);
    assert.ok(oldLine.length > 0 && newLine.length > 0, 'both boundaries are drawn');
    assert.ok(oldLine.every((f) => f.properties.version === 1), 'the dashed one is version 1');
    assert.match(await page.textContent('#compare-area'), /\+[\d.,]+ m²/, 'the area grew');
    const changed = await page.textContent('#compare-attributes');
    assert.match(changed, /Tóm tắt/);
    assert.match(changed, /Đã công bố/);
    await screenshot(page, 'dossiers-compare');
    a11y.push(...(await audit(page, 'dossiers/history compare')));

    // The details card still opens from the work area (app.openObject).
    await page.click('#history-close');
    await page.waitForSelector(`.dossier-view[data-dossier="${CODE}"]`);
    await page.click('#dossier-card');
    await page.waitForSelector('#panel-details .dossier-card', { timeout: 30_000 });

    // Phone width: the area fits without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.click('#tab-work');
    await page.waitForSelector('#dossier-list li[data-dossier]');
    const sideways = () => page.evaluate(() => { const p = document.querySelector('#tab-panels'); return p.scrollWidth - p.clientWidth; });
    assert.ok(await sideways() <= 1, 'the list: no horizontal scrolling at 390 px');
    await page.click('#dossier-new');
    await page.waitForSelector('#dossier-form');
    assert.ok(await sideways() <= 1, 'the form: no horizontal scrolling at 390 px');
    await screenshot(page, 'dossiers-form-phone');
    await page.click('#dossier-cancel');
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(a11y, [], 'axe finds nothing in the dossier work');

    stored = (await apiAsSignedIn(page, DOSSIER, { c: CODE })).dossier;
    assert.ok(stored.version >= 4 && stored.history.length >= 3, 'created, published, edited and changed: four versions');

    // An investor has no dossier work.
    await logout(page);
    await login(page, accounts().investor);
    if (await page.isVisible('#tab-work')) await page.click('#tab-work');
    assert.equal(await page.$('.work-nav [data-area=dossiers]'), null, 'no dossier area for an investor');
    assert.equal(await page.$('#dossier-list'), null);
    assert.deepEqual(problems.filter((p) => !/favicon/.test(p)), [], 'no errors in the page');
  } finally {
    await close();
  }
});
