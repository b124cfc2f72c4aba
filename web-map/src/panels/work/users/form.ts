import { graphql } from '../../../api/graphql';
import type { Role } from '../../../api/session';
import { ROLES, SAVE_USER, type SaveUserInput, type UserRecord } from '../../../api/work/users';
import { t, tEnum } from '../../../i18n';
import { h } from '../../../ui/dom';
import { checkboxGroup, clearMessages, field, fieldError, showRefusal, textInput, type Field } from './fields';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN, endsSessions, generatePassword, userErrorField } from './rules';

export interface UserFormContext {
  investors: { code: string; name: string }[];
  /** The signed-in administrator: they may not disable themselves here. */
  self: string | null;
  /** After a save: what to tell the administrator, and the saved user. */
  saved: (user: UserRecord, notice: string) => void;
  cancel: () => void;
}

/** The whole input saveUser needs, from the stored user with some fields changed (disabled defaults to false). */
function inputFrom(user: UserRecord, change: Partial<SaveUserInput>): SaveUserInput {
  return { username: user.username, displayName: user.displayName, roles: user.roles, investorCode: user.investor?.code ?? null, disabled: user.disabled, ...change };
}

/** Two password boxes and a "generate" button; a generated password is shown once, here. */
function passwordFields(prefix: string) {
  const first = field('password', t('users.password'), h('input', { type: 'password', autocomplete: 'new-password', id: `${prefix}-password` }), t('users.passwordHint', { min: MIN_PASSWORD_LENGTH }));
  const again = field('passwordAgain', t('users.passwordAgain'), h('input', { type: 'password', autocomplete: 'new-password', id: `${prefix}-password-again` }));
  const shown = h('output', { class: 'generated-password', id: `${prefix}-generated`, 'aria-live': 'polite' });
  let generated: string | null = null;
  const generate = h('button', {
    type: 'button', id: `${prefix}-generate`,
    onclick: () => {
      generated = generatePassword();
      first.control.value = again.control.value = generated;
      shown.replaceChildren(t('users.generated'), ' ', h('code', {}, generated), ' ', h('span', { class: 'muted' }, t('users.generatedOnce')));
    },
  }, t('users.generate'));
  // Typing over a generated password makes it the user's own again.
  first.control.addEventListener('input', () => { generated = null; shown.replaceChildren(); });
  const check = (): string | null => {
    const value = first.control.value;
    if (value.length < MIN_PASSWORD_LENGTH) return fieldError(first, t('users.passwordShort', { min: MIN_PASSWORD_LENGTH })) || null;
    if (value !== again.control.value) return fieldError(again, t('users.passwordMismatch')) || null;
    return value;
  };
  return { fields: [first, again], element: h('div', { class: 'password-fields' }, first.element, again.element, h('div', { class: 'button-row' }, generate), shown), check, generated: () => generated };
}

/** A new user (user null) or the edit of one: display name, roles, the investor an investor account acts for. */
export function userForm(user: UserRecord | null, ctx: UserFormContext): HTMLElement {
  const editing = !!user;
  const username = field('username', t('users.username'), textInput({ id: 'user-username', required: true, readOnly: editing, value: user?.username ?? '', autocapitalize: 'none', spellcheck: false }), editing ? undefined : t('users.usernameHint'));
  const displayName = field('displayName', t('users.displayName'), textInput({ id: 'user-display-name', required: true, value: user?.displayName ?? '' }));
  const roles = checkboxGroup('roles', t('users.roles'), ROLES.map((r) => ({ value: r, label: tEnum('role', r), checked: !!user?.roles.includes(r) })));
  roles.control.id = 'user-roles';
  const investorSelect = h('select', { id: 'user-investor' },
    h('option', { value: '' }, t('users.noInvestor')),
    ctx.investors.map((i) => h('option', { value: i.code, selected: user?.investor?.code === i.code }, `${i.code} – ${i.name}`)));
  const investor = field('investor', t('users.investor'), investorSelect, t('users.investorHint'));
  const showInvestor = () => { investor.element.hidden = !roles.values().includes('INVESTOR') && !investorSelect.value; };
  roles.control.addEventListener('change', showInvestor);
  showInvestor();
  const password = editing ? null : passwordFields('user-new');
  const message = h('div', { class: 'form-message', 'aria-live': 'assertive' });
  const fields: Field<HTMLElement>[] = [username, displayName, roles, investor, ...(password?.fields ?? [])];

  const form = h('form', { class: 'stack work-form', id: 'user-form', 'aria-label': editing ? t('users.editTitle', { name: user.username }) : t('users.newTitle'), novalidate: true },
    h('h3', {}, editing ? t('users.editTitle', { name: user.username }) : t('users.newTitle')),
    username.element, displayName.element, roles.element, investor.element,
    password?.element,
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', class: 'primary', id: 'user-save' }, editing ? t('users.save') : t('users.create')),
      h('button', { type: 'button', onclick: ctx.cancel }, t('users.cancel'))),
    message);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearMessages(fields, message);
    const input: SaveUserInput = {
      ...(user ? inputFrom(user, {}) : { disabled: false }),
      username: username.control.value.trim(),
      displayName: displayName.control.value.trim(),
      roles: roles.values() as Role[],
      investorCode: investorSelect.value || null,
    };
    if (!USERNAME_PATTERN.test(input.username)) return void fieldError(username, t('users.usernameHint'));
    if (!input.displayName) return void fieldError(displayName, t('users.needDisplayName'));
    if (input.roles.includes('INVESTOR') && !input.investorCode) return void fieldError(investor, t('users.needInvestor'));
    if (password) {
      const value = password.check();
      if (!value) return;
      input.password = value;
    }
    try {
      const { saveUser } = await graphql<{ saveUser: UserRecord }>(SAVE_USER, { input });
      const ended = endsSessions(user, input);
      const generated = password?.generated();
      ctx.saved(saveUser, [
        editing ? t('users.saved', { name: saveUser.username }) : t('users.created', { name: saveUser.username }),
        ended ? t('users.sessionsEnded') : '',
        generated ? t('users.tellPassword', { password: generated }) : '',
      ].filter(Boolean).join(' '));
    } catch (error) {
      showRefusal(error, fields, message, userErrorField);
    }
  });

  if (!user) return form;
  return h('div', { class: 'user-editor' }, form, resetForm(user, ctx), user.username !== ctx.self ? disableToggle(user, ctx) : null);
}

/** Reset a password: typed twice or generated and shown once; the user's sessions end. */
function resetForm(user: UserRecord, ctx: UserFormContext): HTMLElement {
  const password = passwordFields('user-reset');
  const message = h('div', { class: 'form-message', 'aria-live': 'assertive' });
  const form = h('form', { class: 'stack work-form', id: 'user-reset-form', 'aria-label': t('users.resetTitle'), novalidate: true },
    h('h4', {}, t('users.resetTitle')),
    h('p', { class: 'muted' }, t('users.resetHint')),
    user.username === ctx.self ? h('p', { class: 'muted' }, t('users.resetSelf')) : null,
    password.element,
    h('button', { type: 'submit', id: 'user-reset' }, t('users.reset')),
    message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearMessages(password.fields, message);
    const value = password.check();
    if (!value) return;
    try {
      const { saveUser } = await graphql<{ saveUser: UserRecord }>(SAVE_USER, { input: inputFrom(user, { password: value }) });
      const generated = password.generated();
      ctx.saved(saveUser, [t('users.resetDone', { name: saveUser.username }), generated ? t('users.tellPassword', { password: generated }) : ''].filter(Boolean).join(' '));
    } catch (error) {
      showRefusal(error, password.fields, message, userErrorField);
    }
  });
  return form;
}

/** Disable (sessions end, sign-in refused) or enable again. */
function disableToggle(user: UserRecord, ctx: UserFormContext): HTMLElement {
  const message = h('div', { class: 'form-message', 'aria-live': 'assertive' });
  const toggle = async () => {
    message.replaceChildren();
    try {
      const { saveUser } = await graphql<{ saveUser: UserRecord }>(SAVE_USER, { input: inputFrom(user, { disabled: !user.disabled }) });
      ctx.saved(saveUser, saveUser.disabled ? t('users.disabledDone', { name: saveUser.username }) : t('users.enabledDone', { name: saveUser.username }));
    } catch (error) {
      showRefusal(error, [], message);
    }
  };
  return h('div', { class: 'stack' },
    h('h4', {}, user.disabled ? t('users.enableTitle') : t('users.disableTitle')),
    h('p', { class: 'muted' }, user.disabled ? t('users.enableHint') : t('users.disableHint')),
    h('div', { class: 'button-row' }, h('button', { type: 'button', id: 'user-toggle-disabled', onclick: () => void toggle() }, user.disabled ? t('users.enable') : t('users.disable'))),
    message);
}
