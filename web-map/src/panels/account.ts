import { graphql } from '../api/graphql';
import { ApiError, userMessage } from '../api/errors';
import { LOGIN, LOGOUT } from '../api/queries';
import type { LoginResult } from '../api/types';
import { session, setSession } from '../api/session';
import { t, tEnum } from '../i18n';
import { h } from '../ui/dom';

/** Ends the session on the server too (a copied token stops working); signed out here whatever the answer. */
async function logout(): Promise<void> {
  try {
    await graphql(LOGOUT);
  } catch {
    /* already ended, or the server is unreachable: the token is dropped here all the same */
  }
  setSession(null);
}

/** Why signing in failed; after too many failures, how long to wait (the server's Retry-After, in minutes). */
function loginMessage(err: unknown): string {
  if (!(err instanceof ApiError)) return userMessage(err);
  if (err.code === 'TOO_MANY_REQUESTS') {
    const seconds = Number(err.details.retryAfterSeconds) || 60;
    return t('error.TOO_MANY_REQUESTS', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  return ['UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(err.code) ? t('error.login') : userMessage(err);
}

/** The sign-in form in the top bar, or who is signed in and a sign-out button. */
export function accountArea(container: HTMLElement): () => void {
  const render = () => {
    const s = session();
    if (s) {
      container.replaceChildren(h('div', { class: 'account' },
        h('span', { class: 'who' }, t('login.as', { name: s.displayName || s.username }), ' · ', s.roles.map((r) => tEnum('role', r)).join(', ')),
        h('button', { type: 'button', id: 'logout', onclick: logout }, t('login.logout'))));
      return;
    }
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const form = h('form', { class: 'login', 'aria-label': t('login.title') },
      h('label', { for: 'login-username' }, t('login.username')),
      h('input', { id: 'login-username', name: 'username', autocomplete: 'username', required: true, size: 10 }),
      h('label', { for: 'login-password' }, t('login.password')),
      h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, size: 10 }),
      h('button', { type: 'submit', class: 'primary' }, t('login.submit')),
      error);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const data = new FormData(form);
      error.hidden = true;
      try {
        const { login } = await graphql<{ login: LoginResult }>(LOGIN, { username: String(data.get('username')), password: String(data.get('password')) });
        setSession({ token: login.token, expiresAt: login.expiresAt, username: login.user.username, displayName: login.user.displayName, roles: login.user.roles, permissions: login.user.permissions });
      } catch (err) {
        error.textContent = loginMessage(err);
        error.hidden = false;
      }
    });
    container.replaceChildren(form);
  };
  render();
  return render;
}
