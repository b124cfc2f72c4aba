import type { usersVi } from './users.vi';

export const usersEn: Record<keyof typeof usersVi, string> = {
  'work.users': 'Users',
};
