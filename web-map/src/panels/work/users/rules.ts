/** Pure helpers of the users area (tested in test/work-users.test.ts). */
import type { ApiError } from '../../../api/errors';
import type { SaveUserInput, UserRecord } from '../../../api/work/users';

/** The API's own limits (accounts: username check, "Mật khẩu phải có ít nhất 10 ký tự"). */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;
export const MIN_PASSWORD_LENGTH = 10;

// No 0/O, 1/l/I: a generated password is read off the screen and typed or dictated once.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password of `length` characters from the browser's cryptographic generator. */
export function generatePassword(length = 14, random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n))): string {
  return Array.from(random(length), (r) => ALPHABET[r % ALPHABET.length]).join('');
}

/**
 * Which field a saveUser refusal is about when the API gives no details.field: an unknown investor
 * (NOT_FOUND), the investor binding or the password (BAD_USER_INPUT), the username's format (its check).
 */
export function userErrorField(e: ApiError): string | null {
  if (e.code === 'NOT_FOUND') return 'investor';
  const text = `${e.serverMessage ?? ''} ${String(e.details.constraint ?? '')}`;
  if (/investorCode|nhà đầu tư/i.test(text)) return 'investor';
  if (/mật khẩu|password/i.test(text)) return 'password';
  if (/username/i.test(text)) return 'username';
  return null;
}

/**
 * Whether saving `next` over `before` ends the user's sessions, as saveUser describes it: a new
 * password, other roles, another investor or disabling. Only to tell the administrator what happened.
 */
export function endsSessions(before: UserRecord | null, next: SaveUserInput): boolean {
  if (!before) return false;
  const sameRoles = before.roles.length === next.roles.length && before.roles.every((r) => next.roles.includes(r));
  return !!next.password || !sameRoles || (before.investor?.code ?? null) !== next.investorCode || (next.disabled && !before.disabled);
}

/** The list's filter on "disabled", which UserFilter does not have: applied to the API's answer. */
export function byDisabled(users: UserRecord[], state: '' | 'active' | 'disabled'): UserRecord[] {
  return state === '' ? users : users.filter((u) => u.disabled === (state === 'disabled'));
}
