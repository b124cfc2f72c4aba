/** GraphQL documents of the users work area (accounts.graphql: users, saveUser). */
import type { Role } from '../session';

export interface UserRecord {
  username: string;
  displayName: string;
  roles: Role[];
  investor: { code: string; name: string } | null;
  disabled: boolean;
}

export interface SaveUserInput {
  username: string;
  displayName: string;
  roles: Role[];
  password?: string;
  investorCode: string | null;
  disabled: boolean;
}

const USER_FIELDS = 'username displayName roles disabled investor { code name }';

export const USERS = `query Users($filter: UserFilter) {
  users(first: 500, filter: $filter) { totalCount nodes { ${USER_FIELDS} } }
}`;

export const SAVE_USER = `mutation SaveUser($input: SaveUserInput!) { saveUser(input: $input) { ${USER_FIELDS} } }`;

/** The investors an investor account may act for (public). */
export const INVESTOR_CHOICES = `query InvestorChoices { investors { code name } }`;

export const ROLES: Role[] = ['PLANNER', 'INSPECTOR', 'INVESTOR', 'ADMIN'];
