// The dashboard's clearance progress: every project (also one outside any functional zone), and a zone
// without any project says so instead of drawing 0%.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot } from './lib/browser.js';

test('the dashboard shows clearance progress per project, and "no project" for a zone without one', { timeout: 120_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/');
    await page.click('#tab-dashboard');
    await page.waitForSelector('#chart-clearance', { timeout: 30_000 });
    const tables = page.locator('figure:has(#chart-clearance) table');
    const projectRows = await tables.nth(0).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
    const zoneRows = await tables.nth(1).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
    await screenshot(page, 'dashboard-clearance');

    const outsideZones = projectRows.find((r) => r[0] === 'GPMB-KPTQ-GD2');
    assert.ok(outsideZones, `GPMB-KPTQ-GD2 missing from ${JSON.stringify(projectRows)}`);
    assert.equal(outsideZones[1], '—');
    assert.match(projectRows.find((r) => r[0] === 'GPMB-KTCHH')?.[2] ?? '', /^100,0\s?%$/);
    assert.ok(zoneRows.some((r) => r[1] === 'Không có dự án'), `no zone without a project in ${JSON.stringify(zoneRows)}`);
    assert.ok(zoneRows.every((r) => r[1] !== 'Không có dự án' || r[2] === '0'));
  } finally {
    await close();
  }
});
