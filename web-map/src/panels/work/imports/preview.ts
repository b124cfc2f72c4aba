import type { ImportPreview, ImportProblem, StagedFeatures } from '../../../api/work/imports';
import { formatNumber } from '../../../format/number';
import { t, type MessageKey } from '../../../i18n';
import { fitTo, setOverlay } from '../../../map/overlays';
import { facts, h } from '../../../ui/dom';
import { badge } from '../../cards';
import { STAGED_LAYERS } from './mapLayers';
import { changeRows, FEATURE_STATUSES, IMPORT_STATUS_COLOURS, problemPlace, statusCounts } from './status';
import type { Wizard } from './wizard';

/** The server lists at most this many problems (ImportPreview.MaxProblems). */
const MAX_PROBLEMS = 1000;

/**
 * Step 3: the staged features on the map by status (with a legend of counts), the problems table and
 * the updates as diffs. A row flies the map to its place; a click on a staged feature on the map says
 * what it is.
 */
export function previewStep(w: Wizard, preview: ImportPreview, features: StagedFeatures | null): { element: HTMLElement; close: () => void } {
  const chosen = h('div', { id: 'import-feature', 'aria-live': 'polite' });
  const show = (feature: number | undefined, location?: [number, number]) => {
    const f = features?.features.find((x) => x.properties.feature === feature);
    setOverlay(w.app.map, 'problem', location ? { type: 'Point', coordinates: location } : null);
    setOverlay(w.app.map, 'highlight', f?.geometry ?? null);
    if (location) w.app.map.flyTo({ center: location, zoom: Math.max(w.app.map.getZoom(), 17) });
    else if (f?.geometry) fitTo(w.app.map, f.geometry, 18);
  };
  const onMapClick = (e: { point: { x: number; y: number } }) => {
    const layers = STAGED_LAYERS.filter((id) => w.app.map.getLayer(id));
    const hit = w.app.map.queryRenderedFeatures([e.point.x, e.point.y], { layers })[0];
    const f = hit && features?.features.find((x) => x.properties.feature === hit.properties?.feature);
    chosen.replaceChildren(f ? featureCard(preview, f.properties) : h('p', { class: 'muted' }, t('imports.clickNothing')));
    if (f) setOverlay(w.app.map, 'highlight', f.geometry);
  };
  w.app.clickTool = onMapClick;

  const counts = statusCounts(features);
  const problems = preview.problems.filter((p) => p.feature != null);
  const updates = (features?.features ?? []).filter((f) => f.properties.action === 'update');
  const element = h('div', { class: 'import-step', id: 'import-preview-step' },
    facts([
      [t('imports.count.features'), formatNumber(preview.counts.features)],
      [t('imports.count.create'), formatNumber(preview.counts.create)],
      [t('imports.count.update'), formatNumber(preview.counts.update)],
      [t('imports.count.skip'), formatNumber(preview.counts.skip)],
      [t('imports.count.withErrors'), formatNumber(preview.counts.withErrors)],
      [t('imports.count.problems'), t('imports.count.problemsValue', { errors: formatNumber(preview.errors), warnings: formatNumber(preview.warnings) })],
    ]),
    h('ul', { class: 'legend import-legend', id: 'import-legend', 'aria-label': t('imports.legend') }, FEATURE_STATUSES.map((s) => h('li', { dataset: { status: s } },
      h('span', { class: 'swatch swatch-fill', style: `--swatch: ${IMPORT_STATUS_COLOURS[s]}`, 'aria-hidden': 'true' }),
      `${t(`imports.status.${s}` as MessageKey)}: ${formatNumber(counts[s])}`))),
    h('div', { class: 'button-row' }, h('button', { type: 'button', id: 'import-fit', onclick: () => w.fit() }, t('imports.fit'))),
    chosen,
    h('h3', {}, t('imports.problems', { count: formatNumber(problems.length) })),
    problems.length ? problemTable(preview, problems, show) : h('p', { class: 'notice', id: 'import-no-problems' }, t('imports.noProblems')),
    preview.problems.length >= MAX_PROBLEMS ? h('p', { class: 'muted' }, t('imports.problemsCut', { count: MAX_PROBLEMS })) : null,
    updates.length ? h('h3', {}, t('imports.updates', { count: formatNumber(updates.length) })) : null,
    updates.length ? h('ul', { class: 'import-updates', id: 'import-updates' }, updates.map((f) => h('li', { dataset: { feature: String(f.properties.feature) } },
      h('button', { type: 'button', class: 'link', onclick: () => show(f.properties.feature) }, f.properties.code ?? `#${f.properties.feature}`),
      diffTable(preview, f.properties)))) : null);
  return { element, close: () => { if (w.app.clickTool === onMapClick) w.app.clickTool = null; } };
}

function problemTable(preview: ImportPreview, problems: ImportProblem[], show: (feature: number | undefined, location?: [number, number]) => void): HTMLElement {
  return h('div', { class: 'import-table-box' }, h('table', { class: 'import-problems', id: 'import-problems' },
    h('thead', {}, h('tr', {}, ['imports.col.feature', 'imports.col.code', 'imports.col.place', 'imports.col.message']
      .map((k) => h('th', { scope: 'col' }, t(k as MessageKey))))),
    h('tbody', {}, problems.map((p) => h('tr', { class: `severity-${p.severity}`, dataset: { feature: String(p.feature), problem: p.problem },
      onclick: () => show(p.feature, p.location) },
      // The button makes the row reachable by keyboard; the whole row answers a click or tap.
      h('td', { 'data-label': t('imports.col.feature') }, h('button', { type: 'button', class: 'link', onclick: (e: Event) => { e.stopPropagation(); show(p.feature, p.location); } },
        `#${p.feature}`)),
      h('td', { 'data-label': t('imports.col.code') }, p.code ?? ''),
      h('td', { 'data-label': t('imports.col.place') }, problemPlace(p, preview.targetFields)),
      h('td', { 'data-label': t('imports.col.message') }, h('span', { class: 'visually-hidden' }, `${t(`imports.severity.${p.severity}` as MessageKey)}: `), p.message))))));
}

function diffTable(preview: ImportPreview, p: StagedFeatures['features'][number]['properties']): HTMLElement {
  const rows = changeRows(p, preview.targetFields, t('imports.area'));
  if (!rows.length) return h('p', { class: 'muted' }, t('imports.noChange'));
  return h('table', { class: 'import-diff' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('imports.col.field')), h('th', { scope: 'col' }, t('imports.col.old')), h('th', { scope: 'col' }, t('imports.col.new')))),
    h('tbody', {}, rows.map((r) => h('tr', { dataset: { field: r.field } }, h('th', { scope: 'row' }, r.label), h('td', { class: 'old' }, r.old), h('td', { class: 'new' }, r.new)))));
}

/** What a staged feature clicked on the map is: its code, status, the server's message and, for an update, its diff. */
function featureCard(preview: ImportPreview, p: StagedFeatures['features'][number]['properties']): HTMLElement {
  return h('div', { class: 'card import-feature-card', dataset: { feature: String(p.feature) } },
    h('p', {}, h('strong', {}, p.code ?? `#${p.feature}`), ' · ',
      badge(IMPORT_STATUS_COLOURS[p.status], t(`imports.status.${p.status}` as MessageKey)),
      p.layer ? h('span', { class: 'muted' }, ` · ${p.layer}`) : null),
    p.message ? h('p', {}, p.message) : null,
    p.action === 'update' ? diffTable(preview, p) : null);
}
