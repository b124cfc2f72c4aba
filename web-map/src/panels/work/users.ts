import type { WorkArea } from './area';
import { t, tEnum } from '../../i18n';
import { session, type Role } from '../../api/session';
import { graphql } from '../../api/graphql';
import { userMessage } from '../../api/errors';
import { INVESTOR_CHOICES, ROLES, USERS, type UserRecord } from '../../api/work/users';
import { h, nextId } from '../../ui/dom';
import { notify } from '../../ui/toast';
import { userForm } from './users/form';
import { byDisabled } from './users/rules';
import './users.css';

/**
 * The administrators' user accounts: the list by text, role and state, a new account, and for each
 * account its name, roles and investor, a password reset and disabling. The API refuses changing
 * one's own roles; the refusal is shown next to the roles.
 */
export const usersArea: WorkArea = {
  open(_app, el) {
    usersView(el);
  },
};

function usersView(el: HTMLElement): void {
  const filter: { text: string; role: '' | Role; state: '' | 'active' | 'disabled' } = { text: '', role: '', state: '' };
  const editor = h('div', { id: 'user-editor' });
  const result = h('div', { id: 'user-result', 'aria-live': 'polite' });
  const count = h('p', { id: 'user-count', class: 'muted', 'aria-live': 'polite' });
  const list = h('ul', { id: 'user-list', class: 'results' });
  let investors: { code: string; name: string }[] = [];
  let users: UserRecord[] = [];

  const closeEditor = () => editor.replaceChildren();
  const openEditor = async (user: UserRecord | null) => {
    result.replaceChildren();
    try {
      if (!investors.length) investors = (await graphql<{ investors: { code: string; name: string }[] }>(INVESTOR_CHOICES)).investors;
    } catch (error) {
      notify(userMessage(error), 'error');
    }
    editor.replaceChildren(userForm(user, {
      investors,
      self: session()?.username ?? null,
      saved: (saved, notice) => {
        closeEditor();
        result.replaceChildren(h('p', { class: 'notice', role: 'status' }, notice));
        void load().then(() => list.querySelector<HTMLElement>(`li[data-user="${CSS.escape(saved.username)}"] button`)?.focus());
      },
      cancel: closeEditor,
    }));
    editor.querySelector<HTMLElement>(user ? '#user-display-name' : '#user-username')?.focus();
  };

  let request = 0; // a quick second filter change must not be overwritten by the first one's late answer
  async function load(): Promise<void> {
    const mine = ++request;
    list.replaceChildren(h('li', { class: 'loading-inline' }, t('loading')));
    try {
      const variables = { filter: { ...(filter.text ? { text: filter.text } : {}), ...(filter.role ? { role: filter.role } : {}) } };
      const answer = await graphql<{ users: { nodes: UserRecord[] } }>(USERS, variables);
      if (mine !== request) return;
      users = answer.users.nodes;
      draw();
    } catch (error) {
      if (mine === request) list.replaceChildren(h('li', { class: 'error', role: 'alert' }, userMessage(error)));
    }
  }

  function draw(): void {
    const shown = byDisabled(users, filter.state);
    count.textContent = t('users.count', { count: shown.length });
    list.replaceChildren(...(shown.length ? shown.map((u) => h('li', { dataset: { user: u.username, disabled: String(u.disabled) } },
      h('button', { type: 'button', class: 'result', onclick: () => void openEditor(u) },
        h('strong', {}, u.username), ' ', h('span', {}, u.displayName),
        u.disabled ? h('span', { class: 'badge user-disabled' }, t('users.isDisabled')) : null,
        h('span', { class: 'muted' }, [u.roles.map((r) => tEnum('role', r)).join(', ') || t('users.noRoles'), u.investor ? `${u.investor.code} – ${u.investor.name}` : ''].filter(Boolean).join(' · ')))))
      : [h('li', {}, t('users.none'))]));
  }

  const ids = { text: nextId('utext'), role: nextId('urole'), state: nextId('ustate') };
  const text = h('input', { type: 'search', id: ids.text, name: 'text', value: filter.text });
  let typing: ReturnType<typeof setTimeout> | undefined;
  text.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => { filter.text = text.value.trim(); void load(); }, 300);
  });
  const role = h('select', { id: ids.role, name: 'role', onchange: () => { filter.role = role.value as Role | ''; void load(); } },
    h('option', { value: '' }, t('users.anyRole')), ROLES.map((r) => h('option', { value: r }, tEnum('role', r))));
  const state = h('select', { id: ids.state, name: 'state', onchange: () => { filter.state = state.value as typeof filter.state; draw(); } },
    h('option', { value: '' }, t('users.anyState')), h('option', { value: 'active' }, t('users.active')), h('option', { value: 'disabled' }, t('users.isDisabled')));

  el.replaceChildren(
    h('h2', {}, t('work.users')),
    h('div', { class: 'button-row' }, h('button', { type: 'button', id: 'user-new', class: 'primary', onclick: () => void openEditor(null) }, t('users.new'))),
    editor,
    result,
    h('h3', {}, t('users.list')),
    h('div', { class: 'work-filter', id: 'user-filter', role: 'search' },
      h('label', { for: ids.text }, t('users.filterText')), text,
      h('label', { for: ids.role }, t('users.filterRole')), role,
      h('label', { for: ids.state }, t('users.filterState')), state),
    count,
    list);
  void load();
}
