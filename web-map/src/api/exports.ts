import { ApiError, toApiErrorCode } from './errors';
import { setSession, token } from './session';
import { withLoading } from '../ui/loading';

/**
 * The export endpoints: `GET /exports/{layer}.{format}?srid=…&<filters>` and
 * `GET /exports/boundary-table/{zones|plots|dossiers}/{code}.{xlsx|csv|pdf}`. Files are fetched with
 * the bearer token (the role decides the columns) and handed to the browser as a blob.
 */

export const EXPORT_LAYERS = ['dossiers', 'zones', 'plots', 'allocations', 'land_use_current', 'conversions', 'violations', 'clearance'] as const;
export type ExportLayer = (typeof EXPORT_LAYERS)[number];

/** Formats in the order the menu offers them: GIS first, then CAD, then tables, then web formats. */
export const EXPORT_FORMATS = [
  { ext: 'gpkg', label: 'GeoPackage' },
  { ext: 'shp.zip', label: 'Shapefile (.zip)' },
  { ext: 'dxf', label: 'DXF (AutoCAD)' },
  { ext: 'kml', label: 'KML (Google Earth)' },
  { ext: 'csv', label: 'CSV' },
  { ext: 'xlsx', label: 'Excel (XLSX)' },
  { ext: 'geojson', label: 'GeoJSON' },
  { ext: 'fgb', label: 'FlatGeobuf' },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['ext'];

/** VN-2000 on the province's TM-3 zone first: what the board's drawings and decisions use. */
export const EXPORT_SRIDS = [9215, 4326, 3405] as const;
export type ExportSrid = (typeof EXPORT_SRIDS)[number];
export const DEFAULT_SRID: ExportSrid = 9215;

export const BOUNDARY_TABLE_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type BoundaryTableFormat = (typeof BOUNDARY_TABLE_FORMATS)[number];

/**
 * A GraphQL filter as query parameters, the same names as the API's filter fields: a list of text
 * values repeats its name (`landUseCode=SKC&landUseCode=TMD`), a list of numbers is one
 * comma-separated value (`bbox=106.5,21.6,106.7,21.8`, as OGC APIs write a bbox), a nested input
 * is flattened with a dot (`spatial.bbox=…`). Empty values are left out.
 */
export function filterParams(filter: Record<string, unknown>, prefix = ''): [string, string][] {
  const params: [string, string][] = [];
  for (const [name, value] of Object.entries(filter)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (!value.length) continue;
      if (value.every((v) => typeof v === 'number')) params.push([key, value.join(',')]);
      else for (const v of value) params.push([key, String(v)]);
    } else if (typeof value === 'object') params.push(...filterParams(value as Record<string, unknown>, key));
    else params.push([key, String(value)]);
  }
  return params;
}

export function exportUrl(layer: ExportLayer, format: ExportFormat, srid: ExportSrid = DEFAULT_SRID, filter: Record<string, unknown> = {}): string {
  const query = new URLSearchParams([['srid', String(srid)], ...filterParams(filter)]);
  return `/exports/${layer}.${format}?${query.toString()}`;
}

export function boundaryTableUrl(kind: 'zone' | 'plot' | 'dossier', code: string, format: BoundaryTableFormat): string {
  return `/exports/boundary-table/${kind}s/${encodeURIComponent(code)}.${format}`;
}

/** The file name the server gives (Content-Disposition, RFC 6266 `filename*` first), else ours. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      /* a malformed name: use the plain one */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** The name a download gets when the server gives none: the URL's last part (`plots.shp.zip`). */
export function defaultFileName(url: string): string {
  return decodeURIComponent(url.split('?')[0].split('/').pop() || 'export');
}

/** Fetches a file with the user's token and hands it to the browser; a refusal is an ApiError with the server's (Vietnamese) message. */
export async function downloadFile(url: string): Promise<string> {
  return withLoading((async () => {
    const bearer = token();
    let response: Response;
    try {
      response = await fetch(url, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    } catch {
      throw new ApiError('NETWORK', null);
    }
    if (!response.ok) throw await refusal(response, !!bearer);
    const name = fileNameOf(response.headers.get('content-disposition'), defaultFileName(url));
    const href = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    return name;
  })());
}

async function refusal(response: Response, signedIn: boolean): Promise<ApiError> {
  let body: { code?: string; message?: string; details?: Record<string, unknown> } | null = null;
  try {
    body = await response.json();
  } catch {
    /* not JSON: no such endpoint (yet), or a proxy's page */
  }
  if (response.status === 401 && signedIn) setSession(null);
  if (!body?.code) {
    const code = response.status === 404 || response.status === 405 ? 'API_MISSING' : response.status === 401 ? 'UNAUTHENTICATED'
      : response.status === 403 ? 'FORBIDDEN' : response.status === 503 ? 'SERVICE_UNAVAILABLE' : 'SERVER';
    return new ApiError(code, null);
  }
  const code = toApiErrorCode(body.code);
  return new ApiError(code === 'UNKNOWN' && response.status >= 500 ? 'SERVER' : code, body.message ?? null, body.details ?? {});
}
