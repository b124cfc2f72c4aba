// Signing in and out: the throttling message after too many failures, and a logout that ends the session on the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, login, logout, accounts, BASE_URL } from './lib/browser.js';

test('after five wrong passwords the sign-in form says in Vietnamese how long to wait', { timeout: 120_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/');
    // A name of no account, so that no other test's account is held up.
    await page.fill('#login-username', 'ke-do-mat-khau');
    await page.fill('#login-password', 'sai-mat-khau');
    const submit = async () => (await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST'),
      page.click('.login button[type=submit]'),
    ]))[0];
    for (let i = 0; i < 5; i++) assert.equal((await submit()).status(), 200);
    const refused = await submit();
    assert.equal(refused.status(), 429);
    assert.ok(Number(refused.headers()['retry-after']) > 0);
    await page.waitForFunction(() => /Đăng nhập sai quá nhiều lần\. Hãy thử lại sau \d+ phút\./.test(document.querySelector('.login [role=alert]')?.textContent ?? ''));
  } finally {
    await close();
  }
});

test('signing out ends the session on the server, not only in the browser', { timeout: 120_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/');
    await login(page, accounts().investor);
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('planninggis.session')).token);

    await logout(page);

    const status = await page.evaluate(async ({ url, token }) => (await fetch(url + '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { username } }' }),
    })).status, { url: BASE_URL, token });
    assert.equal(status, 401);
  } finally {
    await close();
  }
});
