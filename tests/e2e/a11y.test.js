// Accessibility: axe-core (WCAG 2 A and AA rules) finds nothing on the main screens of each role.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, openPage, waitForMapIdle, login, logout, accounts } from './lib/browser.js';

const require = createRequire(import.meta.url);

async function audit(page, where) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test('every role\'s main screens pass the WCAG A/AA checks of axe-core', { timeout: 240_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/#map=15/21.675/106.585');
    await waitForMapIdle(page);
    const problems = [];
    for (const tab of ['layers', 'search', 'finder', 'details', 'dashboard']) {
      await page.click(`#tab-${tab}`);
      if (tab === 'dashboard') await page.waitForSelector('#chart-occupancy', { timeout: 30_000 });
      problems.push(...(await audit(page, `guest/${tab}`)));
    }
    await login(page, accounts().planner);
    await page.click('#tab-search');
    await page.fill('#search-input', 'KCN-DONG-BANH');
    await page.press('#search-input', 'Enter');
    await page.locator('#search-results button', { hasText: 'Đồng Bành' }).first().click();
    await page.locator('[data-action="show-history"]').first().click();
    await page.waitForSelector('#history-list');
    problems.push(...(await audit(page, 'planner/history')));
    await page.locator('#panel-edit button.primary', { hasText: 'Sửa ranh giới' }).click();
    await page.waitForSelector('#save-boundary');
    problems.push(...(await audit(page, 'planner/edit')));
    await page.locator('#panel-edit button', { hasText: 'Hủy' }).click();
    await logout(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, accounts().inspector);
    await page.waitForSelector('#violation-list li');
    problems.push(...(await audit(page, 'inspector/violations (phone)')));
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
