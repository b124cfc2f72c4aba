// Planner: the database goes away while a boundary edit is unsaved. The save answers 503
// SERVICE_UNAVAILABLE (as the server does during an outage; the browser's requests for the save are
// answered here, the shared e2e database keeps running): the map says so in Vietnamese and the edit stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForMapIdle, screenshot, login, accounts, openBoundaryEditor, dragFirstVertex, firstVertex } from './lib/browser.js';

// What the host answers to /graphql while PostgreSQL is down (DatabaseOutageResponse).
const OUTAGE = {
  status: 503,
  headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '10', 'cache-control': 'no-store' },
  body: JSON.stringify({ errors: [{
    message: 'Máy chủ tạm thời không kết nối được cơ sở dữ liệu (đang bảo trì hoặc khởi động lại). Hãy thử lại sau ít phút.',
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  }] }),
};

const editedVertex = async (page) => (await firstVertex(page)).lngLat;

test('a save during a database outage is explained in Vietnamese and the unsaved edit is kept', { timeout: 180_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/#map=17/21.6712/106.5842');
    await waitForMapIdle(page);
    await login(page, accounts().planner);
    await openBoundaryEditor(page, 'DB-B-04', 'DB-B-04');
    const vertex = await dragFirstVertex(page);
    const moved = await editedVertex(page);
    assert.notDeepEqual(moved, vertex.lngLat, 'the vertex moved');
    const basis = '321/QĐ-BQLKKT (thử nghiệm mất kết nối)';
    await page.fill('#panel-edit input[name=legalBasis]', basis);
    // The edit as it is when the planner saves (the last mouse events of the drag may still land after the read above).
    const unsaved = await editedVertex(page);

    // The database is down: every mutation answers 503.
    let refusedSaves = 0;
    await page.route('**/graphql', (route) => {
      if (!/updatePlot|updateZoneBoundary/.test(route.request().postData() ?? '')) return route.continue();
      refusedSaves++;
      return route.fulfill(OUTAGE);
    });
    await page.click('#save-boundary');
    const message = await page.waitForSelector('#edit-message .error', { timeout: 30_000 });
    await screenshot(page, 'planner-save-during-outage');
    assert.equal(refusedSaves, 1, 'the save reached the (unavailable) server');
    const text = await message.textContent();
    assert.match(text, /không truy cập được cơ sở dữ liệu/, text);
    assert.match(text, /vẫn còn trên trang/, text);
    assert.doesNotMatch(text, /[A-Z]{2,}_[A-Z]+|Unexpected|error/i, 'no code or English in the message');

    // The edit is still there, ready to be saved again.
    assert.ok(await page.$('#save-boundary'), 'the editor is still open');
    assert.deepEqual(await editedVertex(page), unsaved, 'the moved vertex is kept');
    assert.equal(await page.inputValue('#panel-edit input[name=legalBasis]'), basis, 'the legal basis is kept');
  } finally {
    await close();
  }
});
