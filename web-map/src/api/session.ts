/** The signed-in user, kept in localStorage so a reload (e.g. the language switch) keeps it. */
export type Role = 'PLANNER' | 'INSPECTOR' | 'INVESTOR' | 'ADMIN';

export interface Session {
  token: string;
  expiresAt: string;
  username: string;
  displayName: string;
  roles: Role[];
  /** The schema coordinates the API lets this user call or read beyond the public ones (User.permissions). */
  permissions: string[];
}

const KEY = 'planninggis.session';
let current: Session | null = load();
const listeners = new Set<(s: Session | null) => void>();

function load(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return new Date(session.expiresAt).getTime() > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function session(): Session | null {
  return current;
}

export function token(): string | null {
  return current?.token ?? null;
}

/** For shaping the screen by role (which tab opens first); what a user may do is `can`. */
export function hasRole(...roles: Role[]): boolean {
  return !!current && current.roles.some((r) => roles.includes(r));
}

/** Whether the API lets the user call or read a coordinate ("Mutation.flagViolation"): the server's policies, not a copy. */
export function can(coordinate: string): boolean {
  return !!current?.permissions?.includes(coordinate);
}

/** Staff see unpublished dossiers, conversions and violations: those who may read violations. */
export function isStaff(): boolean {
  return can('Query.violations');
}

export function setSession(next: Session | null): void {
  current = next;
  try {
    if (next) globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    /* storage unavailable: the session lasts for this page */
  }
  listeners.forEach((l) => l(next));
}

export function onSessionChange(listener: (s: Session | null) => void): void {
  listeners.add(listener);
}
