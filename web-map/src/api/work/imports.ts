import { ApiError, toApiErrorCode } from '../errors';
import { setSession, token } from '../session';
import { withLoading } from '../../ui/loading';

/**
 * The import endpoints (server: Host/Exchange/ImportApi.cs), planners only. The file goes up with
 * XMLHttpRequest, not fetch, because only XHR reports upload progress and can be aborted mid-way.
 * Refusals are JSON { code, message (Vietnamese), details } and become ApiErrors like GraphQL's.
 */

export const IMPORT_TARGETS = ['plots', 'zones', 'dossiers', 'land_use_current', 'clearance_parcels'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** What the server reads (a Shapefile comes zipped with its .dbf/.prj/.cpg). */
export const IMPORT_FILE_TYPES = '.zip,.dxf,.dwg,.shp,.gpkg,.kml,.kmz,.geojson,.json,.fgb,.csv,.xlsx';

export type FeatureStatus = 'error' | 'warning' | 'create' | 'update' | 'skip';

export interface CrsCandidate {
  name: string;
  srid: number;
  centre: [number, number];
  /** Where the file's extent lands under this CRS, [west, south, east, north] in WGS 84. */
  bbox?: [number, number, number, number];
  swapXy: boolean;
  inProvince: boolean;
  distanceToZonesKm: number;
}

export interface ImportProblem {
  feature?: number;
  code?: string;
  field?: string;
  problem: string;
  severity: 'error' | 'warning';
  message: string;
  location?: [number, number];
}

export interface TargetField { name: string; label: string; required: boolean; type: string }

export interface ImportPreview {
  id: string;
  target: ImportTarget;
  status: 'staged' | 'committed' | 'discarded';
  file: { name: string; sha256: string; sizeBytes: number; format: string };
  encoding: string | null;
  crs: { srid: number | null; source: 'file' | 'detected' | 'user' | null; swapXy: boolean; confirmed: boolean; candidates: CrsCandidate[] | null };
  fieldMap: Record<string, string>;
  layerMap: Record<string, boolean>;
  notes: string[] | null;
  sourceFields: string[];
  layers: { name: string; features: number }[];
  counts: { features: number; create: number; update: number; skip: number; withErrors: number };
  errors: number;
  warnings: number;
  problems: ImportProblem[];
  targetFields: TargetField[];
  written: number;
  createdBy: string;
  createdAt: string;
  committedBy: string | null;
  committedAt: string | null;
  legalBasis: string | null;
}

export interface StagedProperties {
  feature: number;
  code?: string;
  layer?: string;
  action: 'create' | 'update' | 'skip';
  status: FeatureStatus;
  message?: string;
  areaM2?: number;
  currentAreaM2?: number;
  changes?: Record<string, { old: unknown; new: unknown }>;
}

export type StagedFeatures = GeoJSON.FeatureCollection<GeoJSON.Geometry, StagedProperties>;

export interface ImportChoices {
  srid?: number;
  swapXy?: boolean;
  fieldMap?: Record<string, string>;
  layerMap?: Record<string, boolean>;
}

/** An upload in flight: its answer, and a way to stop it (the promise then rejects with an AbortError). */
export interface Upload {
  done: Promise<ImportPreview>;
  abort: () => void;
}

/** Where the server stands with a running import (GET /imports/{id}/progress). */
export interface ImportProgress {
  stage: 'reading' | 'checking' | 'staged' | 'writing' | 'committed' | 'cancelled' | 'failed';
  features: number | null;
  step: number;
  steps: number;
}

/** A version-4 UUID; crypto.randomUUID exists only on https or localhost, getRandomValues everywhere. */
export function newImportId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Uploads a file under an id of our own choosing, so that once every byte is sent the server's own
 * progress (reading, then checking step by step) can be asked for and shown while the POST runs.
 * Aborting the upload also cancels the server's work: it leaves nothing staged.
 */
export function uploadImport(file: File, target: ImportTarget, onProgress: (sent: number, total: number) => void,
  onServerProgress: (progress: ImportProgress) => void = () => undefined): Upload {
  const xhr = new XMLHttpRequest();
  const form = new FormData();
  const id = newImportId();
  form.append('target', target);
  form.append('id', id);
  form.append('file', file, file.name);
  let polling: ReturnType<typeof setInterval> | null = null;
  const stopPolling = () => { if (polling) clearInterval(polling); polling = null; };
  const poll = () => {
    if (polling) return;
    polling = setInterval(() => {
      void getImportProgress(id).then((p) => { if (p && polling) onServerProgress(p); }).catch(() => undefined);
    }, 500);
  };
  const done = new Promise<ImportPreview>((resolve, reject) => {
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.upload.onload = poll;
    xhr.onloadend = stopPolling;
    xhr.onload = () => {
      try {
        resolve(answer<ImportPreview>(xhr.status, xhr.responseText));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', null));
    xhr.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'));
  });
  xhr.open('POST', '/imports');
  const bearer = token();
  if (bearer) xhr.setRequestHeader('authorization', `Bearer ${bearer}`);
  xhr.send(form);
  return { done: withLoading(done), abort: () => xhr.abort() };
}

export const getImport = (id: string) => send<ImportPreview>('GET', `/imports/${id}`);
/** Null until the server has received the whole upload (404). */
export const getImportProgress = (id: string) =>
  fetch(`/imports/${id}/progress`, { headers: { accept: 'application/json', authorization: `Bearer ${token() ?? ''}` } })
    .then((r) => (r.ok ? (r.json() as Promise<ImportProgress>) : null));
export const getStagedFeatures = (id: string) => send<StagedFeatures>('GET', `/imports/${id}/features`);
export const changeImport = (id: string, choices: ImportChoices) => send<ImportPreview>('PATCH', `/imports/${id}`, choices);
export const commitImport = (id: string, legalBasis: string) => send<ImportPreview>('POST', `/imports/${id}/commit`, { legalBasis });
export const discardImport = (id: string) => send<null>('DELETE', `/imports/${id}`);

async function send<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const bearer = token();
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return withLoading((async () => {
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError('NETWORK', null);
    }
    return answer<T>(response.status, await response.text());
  })());
}

/** The body of a 2xx answer, or the refusal as an ApiError (a dropped sign-in signs the user out). */
export function answer<T>(status: number, text: string): T {
  if (status >= 200 && status < 300) return (text ? JSON.parse(text) : null) as T;
  let refusal: { code?: string; message?: string; details?: Record<string, unknown> } = {};
  try {
    refusal = JSON.parse(text);
  } catch {
    /* not JSON: a proxy's page or Kestrel's own 413 */
  }
  if (status === 401 && token()) setSession(null);
  if (status === 413) throw new ApiError('BAD_FILE', null, { tooLarge: true });
  if (status === 503) throw new ApiError('SERVICE_UNAVAILABLE', null);
  const code = toApiErrorCode(refusal.code);
  const fallback = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : status >= 500 ? 'SERVER' : 'UNKNOWN';
  throw new ApiError(code === 'UNKNOWN' ? fallback : code, refusal.message ?? null, refusal.details ?? {});
}
