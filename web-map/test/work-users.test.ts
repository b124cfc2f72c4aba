import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/errors';
import { byDisabled, endsSessions, generatePassword, userErrorField } from '../src/panels/work/users/rules';
import type { UserRecord } from '../src/api/work/users';

const user: UserRecord = { username: 'hoa', displayName: 'Hoa', roles: ['PLANNER'], investor: null, disabled: false };
const input = { username: 'hoa', displayName: 'Hoa', roles: ['PLANNER' as const], investorCode: null, disabled: false };

describe('users area', () => {
  it('generates passwords long enough, from unambiguous characters', () => {
    const p = generatePassword();
    expect(p).toHaveLength(14);
    expect(p).not.toMatch(/[0O1lI]/);
    expect(generatePassword(10, (n) => new Uint32Array(n))).toBe('aaaaaaaaaa');
  });
  it('says when a save ends the user\'s sessions', () => {
    expect(endsSessions(user, { ...input, displayName: 'Hoà' })).toBe(false);
    expect(endsSessions(user, { ...input, password: 'x'.repeat(10) })).toBe(true);
    expect(endsSessions(user, { ...input, roles: ['PLANNER', 'INSPECTOR'] })).toBe(true);
    expect(endsSessions(user, { ...input, disabled: true })).toBe(true);
    expect(endsSessions({ ...user, disabled: true }, { ...input, disabled: false })).toBe(false);
    expect(endsSessions(null, input)).toBe(false);
  });
  it('puts a refusal without details.field next to the right field', () => {
    expect(userErrorField(new ApiError('NOT_FOUND', 'Không tìm thấy nhà đầu tư có mã X.', { code: 'X' }))).toBe('investor');
    expect(userErrorField(new ApiError('BAD_USER_INPUT', 'Mật khẩu phải có ít nhất 10 ký tự.'))).toBe('password');
    expect(userErrorField(new ApiError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ', { constraint: 'users_username_check' }))).toBe('username');
    expect(userErrorField(new ApiError('SERVER', null))).toBeNull();
  });
  it('filters by state on the client (UserFilter has no "disabled")', () => {
    const list = [user, { ...user, username: 'lan', disabled: true }];
    expect(byDisabled(list, 'disabled').map((u) => u.username)).toEqual(['lan']);
    expect(byDisabled(list, 'active').map((u) => u.username)).toEqual(['hoa']);
    expect(byDisabled(list, '')).toHaveLength(2);
  });
});
