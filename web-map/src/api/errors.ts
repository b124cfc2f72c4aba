import { t, lang, type MessageKey } from '../i18n';

export type ApiErrorCode =
  | 'INVALID_GEOMETRY' | 'OUT_OF_AREA' | 'TOPOLOGY' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN'
  | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'INVALID_TRANSITION' | 'TOO_MANY_REQUESTS' | 'BAD_FILE' | 'IMPORT_HAS_PROBLEMS' | 'SERVICE_UNAVAILABLE' | 'NETWORK' | 'API_MISSING' | 'SERVER' | 'UNKNOWN';

/** An error a user may see: a stable code, the server's (Vietnamese) message and its details. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly serverMessage: string | null,
    readonly details: Record<string, unknown> = {},
  ) {
    super(serverMessage ?? code);
  }

  /** [lon, lat] where the problem is, when the server says so (self-intersection, overlap). */
  get location(): [number, number] | null {
    const loc = this.details.location;
    return Array.isArray(loc) && loc.length >= 2 && loc.every((n) => typeof n === 'number')
      ? [loc[0] as number, loc[1] as number]
      : null;
  }
}

const codeKeys: Partial<Record<ApiErrorCode, MessageKey>> = {
  NETWORK: 'error.network',
  API_MISSING: 'error.apiMissing',
  SERVER: 'error.server',
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  NOT_FOUND: 'error.NOT_FOUND',
  CONFLICT: 'error.CONFLICT',
  INVALID_GEOMETRY: 'error.INVALID_GEOMETRY',
  OUT_OF_AREA: 'error.OUT_OF_AREA',
  TOPOLOGY: 'error.TOPOLOGY',
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  INVALID_TRANSITION: 'error.INVALID_TRANSITION',
  BAD_FILE: 'error.BAD_FILE',
  IMPORT_HAS_PROBLEMS: 'error.IMPORT_HAS_PROBLEMS',
  SERVICE_UNAVAILABLE: 'error.SERVICE_UNAVAILABLE',
};

/** Codes whose sentence is always ours: the server's text adds nothing, or is not meant for users (English, internal). */
const oursOnly: ApiErrorCode[] = ['SERVICE_UNAVAILABLE', 'NETWORK', 'API_MISSING', 'SERVER', 'UNKNOWN'];

/**
 * The words a user reads: the server's message when it is Vietnamese and the UI is too (it says
 * what is wrong precisely), otherwise our sentence for the code, with the server's detail after it.
 * A code we do not know gets our generic sentence: its message may be the server's English.
 */
export function userMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return t('error.unknown');
  const ours = t(codeKeys[error.code] ?? 'error.unknown');
  if (!error.serverMessage || oursOnly.includes(error.code)) return ours;
  return lang() === 'vi' ? error.serverMessage : `${ours} (${error.serverMessage})`;
}

export function toApiErrorCode(code: unknown): ApiErrorCode {
  const known: ApiErrorCode[] = ['INVALID_GEOMETRY', 'OUT_OF_AREA', 'TOPOLOGY', 'CONFLICT', 'UNAUTHENTICATED',
    'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'INVALID_TRANSITION', 'TOO_MANY_REQUESTS', 'SERVICE_UNAVAILABLE', 'BAD_FILE', 'IMPORT_HAS_PROBLEMS'];
  return known.includes(code as ApiErrorCode) ? (code as ApiErrorCode) : 'UNKNOWN';
}
