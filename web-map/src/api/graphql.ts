import { ApiError, toApiErrorCode } from './errors';
import { token, setSession } from './session';
import { withLoading } from '../ui/loading';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; details?: Record<string, unknown> } }[];
}

/**
 * POST /graphql with the bearer token; every call shows the loading indicator. With `partial`, a
 * query of independent top-level fields (search) returns what did answer; the failed ones are null.
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, options: { partial?: boolean } = {}): Promise<T> {
  return withLoading(send<T>(query, variables, options.partial ?? false));
}

async function send<T>(query: string, variables: Record<string, unknown>, partial: boolean): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const bearer = token();
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('NETWORK', null);
  }
  if (response.status === 404 || response.status === 405) throw new ApiError('API_MISSING', null);
  // The database is down or restarting (whatever the body, e.g. a proxy's page): nothing was saved, try again later.
  if (response.status === 503) throw new ApiError('SERVICE_UNAVAILABLE', null);
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    if (response.status === 401 && bearer) setSession(null);
    throw new ApiError(response.status === 401 ? 'UNAUTHENTICATED' : response.status >= 500 ? 'SERVER' : 'UNKNOWN', null);
  }
  // A nested field that failed is null in the data: show the rest. A failed top-level field fails the call.
  const first = body.errors?.find((e) => body.data == null || (!partial && (e.path?.length ?? 1) <= 1));
  if (first) {
    const code = toApiErrorCode(first.extensions?.code);
    // A token the server no longer knows: drop it so the user can sign in again.
    if (code === 'UNAUTHENTICATED' && bearer) setSession(null);
    throw new ApiError(code === 'UNKNOWN' && response.status >= 500 ? 'SERVER' : code, first.message, first.extensions?.details ?? {});
  }
  if (!response.ok || body.data == null) throw new ApiError(response.status === 401 ? 'UNAUTHENTICATED' : 'SERVER', null);
  return body.data;
}
