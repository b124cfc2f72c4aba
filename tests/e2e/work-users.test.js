// Administrator's user accounts ("Nghiệp vụ" → "Người dùng"): create a user, reset their password (their
// open session in another browser is refused afterwards), disable them, and the API's refusal to change
// one's own roles shown next to the roles. Checked through the API; a planner does not see the area.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, openPage, screenshot, login, accounts, apiAsSignedIn, BASE_URL } from './lib/browser.js';

const require = createRequire(import.meta.url);

/** axe-core's WCAG 2 A/AA rules on the page as it is (as in a11y.test.js). */
async function audit(page, where) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const USER_FIELDS = 'username displayName roles disabled investor { code }';

async function userOnServer(page, username) {
  const data = await apiAsSignedIn(page, `query($t: String) { users(first: 50, filter: { text: $t }) { nodes { ${USER_FIELDS} } } }`, { t: username });
  return data.users.nodes.find((u) => u.username === username);
}

/** A GraphQL call with a given token (or none), from the page: the HTTP status and the body. */
async function callWith(page, token, query, variables = {}) {
  return page.evaluate(async ({ url, token, query, variables }) => {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(url + '/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: await response.json().catch(() => null) };
  }, { url: BASE_URL, token, query, variables });
}

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

async function openUsers(page) {
  await page.click('#tab-work');
  await page.click('.work-nav button[data-area=users]');
  await page.waitForSelector('#user-list li[data-user]', { timeout: 30_000 });
}

async function openUser(page, username) {
  await page.fill('#user-filter input[name=text]', username);
  const row = `#user-list li[data-user="${username}"] button`;
  await page.waitForSelector(row, { timeout: 15_000 });
  await page.click(row);
  await page.waitForSelector('#user-form');
}

test('an administrator creates a user, resets their password (ending their session), disables them, and cannot change their own roles', { timeout: 150_000 }, async () => {
  const admin = await launch();
  const other = await launch();
  const username = `e2e-users-${Date.now().toString(36)}`;
  const firstPassword = 'Mat-khau-dau-tien-1';
  try {
    const { page } = await openPage(admin.context, '/');
    await login(page, accounts().admin);
    await openUsers(page);

    // 1. A new planner account.
    let started = Date.now();
    await page.click('#user-new');
    await page.fill('#user-username', username);
    await page.fill('#user-display-name', 'Nguyễn Thị Kiểm Thử');
    await page.check('#user-roles input[value=PLANNER]');
    await page.fill('#user-new-password', firstPassword);
    await page.fill('#user-new-password-again', 'khong-khop-nhau');
    await page.click('#user-save');
    const mismatch = await page.waitForSelector('#user-form .field-message[data-field=passwordAgain]:not(:empty)');
    assert.match(await mismatch.textContent(), /không khớp/);
    const a11y = await audit(page, 'admin/new user');
    await page.fill('#user-new-password-again', firstPassword);
    await page.click('#user-save');
    await page.waitForSelector(`#user-result .notice:has-text("${username}")`, { timeout: 15_000 });
    console.log(`MEASURE create user: ${Date.now() - started} ms`);
    await page.waitForSelector(`#user-list li[data-user="${username}"]`);
    let server = await userOnServer(page, username);
    assert.deepEqual(server.roles, ['PLANNER']);
    assert.equal(server.displayName, 'Nguyễn Thị Kiểm Thử');
    assert.equal(server.disabled, false);

    // 2. The new user signs in in another browser.
    const { page: theirs } = await openPage(other.context, '/');
    await login(theirs, { username, password: firstPassword });
    const oldToken = await theirs.evaluate(() => JSON.parse(localStorage.getItem('planninggis.session')).token);
    assert.equal((await callWith(theirs, oldToken, '{ me { username } }')).body.data.me.username, username);
    await theirs.click('#tab-work');
    await theirs.waitForSelector('.work-nav button[data-area=allocations]');

    // 3. The administrator resets the password with a generated one, shown once.
    await openUser(page, username);
    started = Date.now();
    await page.click('#user-reset-generate');
    const generated = (await page.textContent('#user-reset-generated code')).trim();
    assert.ok(generated.length >= 10, 'a generated password of 10 or more characters is shown');
    await page.click('#user-reset');
    const resetNotice = await page.waitForSelector('#user-result .notice', { timeout: 15_000 });
    console.log(`MEASURE reset password: ${Date.now() - started} ms`);
    assert.match(await resetNotice.textContent(), /phiên đăng nhập của người này đã kết thúc/);
    assert.ok((await resetNotice.textContent()).includes(generated), 'the generated password is shown with the notice');
    await screenshot(page, 'users-reset');

    // Their old session is refused; the old password too; the new one works.
    const refused = await callWith(theirs, oldToken, '{ me { username } }');
    assert.equal(refused.status, 401, 'the old session ended on the server');
    assert.ok(!(await callWith(theirs, null, LOGIN, { u: username, p: firstPassword })).body?.data?.login, 'the old password no longer signs in');
    assert.ok((await callWith(theirs, null, LOGIN, { u: username, p: generated })).body.data.login.token, 'the new password signs in');
    // In their browser: the next request with the old session drops it and the sign-in form comes back.
    await theirs.click('.work-nav button[data-area=allocations]');
    await theirs.waitForSelector('#login-username', { timeout: 15_000 });
    await screenshot(theirs, 'users-old-session-refused');

    // 4. Disabled: sessions end, signing in is refused.
    await openUser(page, username);
    started = Date.now();
    await page.click('#user-toggle-disabled');
    const disabledNotice = await page.waitForSelector('#user-result .notice', { timeout: 15_000 });
    console.log(`MEASURE disable user: ${Date.now() - started} ms`);
    assert.match(await disabledNotice.textContent(), /Đã khoá tài khoản/);
    server = await userOnServer(page, username);
    assert.equal(server.disabled, true);
    assert.deepEqual(server.roles, ['PLANNER'], 'disabling kept the roles');
    assert.ok(!(await callWith(theirs, null, LOGIN, { u: username, p: generated })).body?.data?.login, 'a disabled account cannot sign in');
    await page.selectOption('#user-filter select[name=state]', 'disabled');
    await page.waitForSelector(`#user-list li[data-user="${username}"][data-disabled=true]`);
    await page.selectOption('#user-filter select[name=state]', '');

    // 5. At phone width, the administrator tries to make themselves a planner too: refused next to the roles.
    await page.setViewportSize({ width: 390, height: 844 });
    const me = accounts().admin.username;
    await openUser(page, me);
    assert.equal(await page.$('#user-toggle-disabled'), null, 'nobody is offered to disable themselves');
    await page.check('#user-roles input[value=PLANNER]');
    await page.click('#user-save');
    const own = await page.waitForSelector('#user-form .field-message[data-field=roles]:not(:empty)', { timeout: 15_000 });
    assert.match(await own.textContent(), /không thể tự thay đổi vai trò/);
    assert.equal(await page.isChecked('#user-roles input[value=PLANNER]'), true, 'the form keeps what was ticked');
    const noScroll = await page.evaluate(() => { const p = document.querySelector('.tab-panels'); return p.scrollWidth <= p.clientWidth + 1; });
    assert.ok(noScroll, 'no horizontal scrolling at phone width');
    await screenshot(page, 'users-own-roles-refused-phone');
    a11y.push(...(await audit(page, 'admin/own roles refused, phone')));
    assert.deepEqual(a11y, [], 'axe finds nothing on the users forms');
    assert.deepEqual((await userOnServer(page, me)).roles, ['ADMIN'], 'the refused save changed nothing');

    // 6. A planner never sees the area.
    const { page: planner } = await openPage(other.context, '/');
    await planner.evaluate(() => localStorage.clear());
    await planner.reload();
    await login(planner, accounts().planner);
    await planner.click('#tab-work');
    await planner.waitForSelector('.work-nav button');
    assert.equal(await planner.$('.work-nav button[data-area=users]'), null);
  } finally {
    await admin.close();
    await other.close();
  }
});
