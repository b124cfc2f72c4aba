import {
  BOUNDARY_TABLE_FORMATS, DEFAULT_SRID, EXPORT_FORMATS, EXPORT_SRIDS, boundaryTableUrl, downloadFile, exportUrl,
  type ExportFormat, type ExportLayer, type ExportSrid,
} from '../api/exports';
import { userMessage } from '../api/errors';
import { t, type MessageKey } from '../i18n';
import { h, nextId } from '../ui/dom';
import { notify } from '../ui/toast';

/** The last format and CRS chosen, offered again by every menu (a planner exports several layers the same way). */
let lastFormat: ExportFormat = 'gpkg';
let lastSrid: ExportSrid = DEFAULT_SRID;

async function fetchFile(url: string): Promise<void> {
  try {
    notify(t('export.done', { file: await downloadFile(url) }));
  } catch (error) {
    notify(t('export.failed', { reason: userMessage(error) }), 'error');
  }
}

/**
 * A small "Export" menu (a disclosure, so it works by keyboard and on a phone without a popup):
 * format, CRS and a download button. `filter` is read at download time, so it is the selection as
 * it is then (the finder's conditions of its last search).
 */
export function exportMenu(layer: ExportLayer, filter: () => Record<string, unknown> = () => ({}), options: { label?: string; disabled?: boolean } = {}): HTMLElement {
  const formatId = nextId('export-format');
  const sridId = nextId('export-srid');
  const format = h('select', { id: formatId, name: 'format', onchange: () => { lastFormat = format.value as ExportFormat; } },
    EXPORT_FORMATS.map((f) => h('option', { value: f.ext, selected: f.ext === lastFormat }, f.label))) as HTMLSelectElement;
  const srid = h('select', { id: sridId, name: 'srid', onchange: () => { lastSrid = Number(srid.value) as ExportSrid; } },
    EXPORT_SRIDS.map((s) => h('option', { value: String(s), selected: s === lastSrid }, t(`export.srid.${s}` as MessageKey)))) as HTMLSelectElement;
  const download = h('button', { type: 'button', class: 'primary', dataset: { action: 'export' },
    onclick: () => void fetchFile(exportUrl(layer, format.value as ExportFormat, Number(srid.value) as ExportSrid, filter())) }, t('export.download'));
  // Each menu is opened afresh with the last choices (another menu may have changed them).
  const menu = h('details', { class: 'export-menu', dataset: { exportLayer: layer },
    ontoggle: () => { if (menu.open) { format.value = lastFormat; srid.value = String(lastSrid); } } },
    h('summary', { 'aria-disabled': options.disabled ? 'true' : null }, options.label ?? t('export.menu')),
    h('div', { class: 'export-menu-body' },
      h('label', { for: formatId }, t('export.format')), format,
      h('label', { for: sridId }, t('export.srid')), srid,
      download));
  // A layer the user may not read (staff only, signed out) cannot be opened.
  if (options.disabled) menu.addEventListener('click', (e) => e.preventDefault());
  return menu;
}

/** "Bảng tọa độ mốc ranh giới" of a zone, plot or dossier: one button per format. */
export function boundaryTableButtons(kind: 'zone' | 'plot' | 'dossier', code: string): HTMLElement {
  return h('div', { class: 'button-row boundary-table', dataset: { boundaryTable: `${kind}:${code}` } },
    h('span', { class: 'boundary-table-label' }, t('export.boundaryTable')),
    BOUNDARY_TABLE_FORMATS.map((f) => h('button', { type: 'button', dataset: { format: f }, 'aria-label': t('export.boundaryTableAs', { format: f.toUpperCase(), code }),
      onclick: () => void fetchFile(boundaryTableUrl(kind, code, f)) }, f.toUpperCase())));
}
