/** Vietnamese messages of the users work area (panels/work/users.ts). */
export const usersVi = {
  'work.users': 'Người dùng',
} as const;
