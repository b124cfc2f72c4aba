import type { FeatureStatus, ImportPreview, ImportProblem, StagedFeatures, StagedProperties, TargetField } from '../../../api/work/imports';
import type { MessageKey } from '../../../i18n';
import { formatAreaM2, formatNumber } from '../../../format/number';
import { formatVn2000 } from '../../../format/coordinates';

/** The wizard's pure rules: colours by status, what an update changes, and whether it may be committed. */

/** Red for errors, orange for warnings, green for new objects, blue for updates, grey for what is skipped. */
export const IMPORT_STATUS_COLOURS: Record<FeatureStatus, string> = {
  error: '#d32f2f',
  warning: '#ef6c00',
  create: '#2e7d32',
  update: '#1565c0',
  skip: '#9e9e9e',
};

export const FEATURE_STATUSES: FeatureStatus[] = ['error', 'warning', 'create', 'update', 'skip'];

/** The MapLibre colour of a staged feature, from its `status` property. */
export function statusColourExpression(): unknown[] {
  return ['match', ['get', 'status'], ...FEATURE_STATUSES.flatMap((s) => [s, IMPORT_STATUS_COLOURS[s]]), IMPORT_STATUS_COLOURS.skip];
}

export function statusCounts(features: StagedFeatures | null): Record<FeatureStatus, number> {
  const counts: Record<FeatureStatus, number> = { error: 0, warning: 0, create: 0, update: 0, skip: 0 };
  for (const f of features?.features ?? []) counts[f.properties.status] = (counts[f.properties.status] ?? 0) + 1;
  return counts;
}

/** A value as the diff shows it: empty as a dash, numbers the user's way (the file's "7,5" and the database's 7.5 read alike). */
export function formatValue(value: unknown, lang?: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return formatNumber(value, Number.isInteger(value) ? 0 : 2, lang);
  if (typeof value === 'boolean') return String(value);
  const text = String(value).trim();
  if (/^-?\d+([.,]\d+)?$/.test(text)) {
    const n = Number(text.replace(',', '.'));
    return formatNumber(n, Number.isInteger(n) ? 0 : 2, lang);
  }
  return text;
}

const AREA_NOISE_M2 = 0.5;

export interface ChangeRow { field: string; label: string; old: string; new: string }

/**
 * What an update changes, one row per field (in the target's field order), then the area when it
 * moves by more than half a square metre: the same boundary sent again in other units or rounding
 * (WGS84 to 7 decimals, VN-2000 to the centimetre) differs by a few tenths, which is no change to show.
 */
export function changeRows(p: StagedProperties, fields: TargetField[], areaLabel: string, lang?: string): ChangeRow[] {
  const order = new Map(fields.map((f, i) => [f.name, i]));
  const rows = Object.entries(p.changes ?? {})
    .sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || a.localeCompare(b))
    .map(([field, change]) => ({
      field, label: fields.find((f) => f.name === field)?.label ?? field,
      old: formatValue(change.old, lang), new: formatValue(change.new, lang),
    }));
  if (p.areaM2 != null && p.currentAreaM2 != null && Math.abs(p.areaM2 - p.currentAreaM2) > AREA_NOISE_M2) {
    rows.push({ field: 'area', label: areaLabel, old: formatAreaM2(p.currentAreaM2, lang), new: formatAreaM2(p.areaM2, lang) });
  }
  return rows;
}

/** "Tầng cao tối đa: 0 → 7; Diện tích: 240.704,0 m² → 240.703,9 m²" */
export function formatChanges(rows: ChangeRow[]): string {
  return rows.map((r) => `${r.label}: ${r.old} → ${r.new}`).join('; ');
}

/** Where a problem is: the field it is about, else its place in VN-2000 (what surveyors read), else nothing. */
export function problemPlace(problem: ImportProblem, fields: TargetField[], lang?: string): string {
  if (problem.field) return fields.find((f) => f.name === problem.field)?.label ?? problem.field;
  if (problem.location) return formatVn2000(problem.location[0], problem.location[1], lang);
  return '';
}

/** Why the commit button is off, or null when the import may be written. */
export function commitBlock(preview: ImportPreview): { key: MessageKey; count?: number } | null {
  if (preview.status === 'committed') return { key: 'imports.block.committed' };
  if (preview.status === 'discarded') return { key: 'imports.block.discarded' };
  if (preview.errors > 0) return { key: 'imports.block.errors', count: preview.errors };
  if (!preview.crs.confirmed) return { key: 'imports.block.crs' };
  if (preview.counts.create + preview.counts.update === 0) return { key: 'imports.block.nothing' };
  return null;
}

/** The required target fields no source field is mapped to. */
export function unmappedRequired(preview: ImportPreview, fieldMap: Record<string, string> = preview.fieldMap): TargetField[] {
  return preview.targetFields.filter((f) => f.required && !fieldMap[f.name]);
}

const ENCODINGS: Record<string, string> = { utf8: 'UTF-8', 'utf-8': 'UTF-8', cp1258: 'Windows-1258 (CP1258)', tcvn3: 'TCVN3 (ABC)', vni: 'VNI', ascii: 'ASCII' };

export function encodingLabel(encoding: string | null): string {
  if (!encoding) return '—';
  return ENCODINGS[encoding.toLowerCase()] ?? encoding;
}

/** The bounding box of staged features, for fitting the map to them. */
export function featuresBounds(features: StagedFeatures | null): [[number, number], [number, number]] | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      minX = Math.min(minX, c[0]); minY = Math.min(minY, c[1] as number);
      maxX = Math.max(maxX, c[0]); maxY = Math.max(maxY, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of features?.features ?? []) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(minX) ? [[minX, minY], [maxX, maxY]] : null;
}
