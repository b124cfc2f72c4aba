import type { App } from '../app';
import type { BoundaryVersion, Decision } from '../api/types';
import { t, tEnum, type MessageKey } from '../i18n';
import { formatDate } from '../format/date';
import { formatAreaHa, formatAreaM2, formatNumber } from '../format/number';
import { h, nextId, replace } from '../ui/dom';
import { setOverlay, bboxOf, COMPARE_COLOURS } from '../map/overlays';

export type Kind = 'zone' | 'plot' | 'dossier';

/** One version of a zone, plot or dossier with the attributes each kind's history query asks for. */
export interface ComparableVersion extends BoundaryVersion {
  areaM2?: number;
  name?: string; kind?: string; description?: string | null;
  scale?: string | null; status?: string; published?: boolean; summary?: string | null; decision?: Decision | null;
  adjusts?: { code: string } | null; dossier?: { code: string } | null;
  zone?: { code: string }; landUse?: { code: string }; forInvestment?: boolean;
  indicators?: { maxBuildingDensity: number | null; maxFloors: number | null; far: number | null };
}

type Attribute = [MessageKey, (v: ComparableVersion) => string];
const num = (n: number | null | undefined, digits = 0) => (n == null ? '' : formatNumber(n, digits));
const yesNo = (b: boolean | undefined) => (b == null ? '' : t(b ? 'history.yes' : 'history.no'));

/** What is compared, per kind (the boundary and area are shown apart). */
const ATTRIBUTES: Record<Kind, Attribute[]> = {
  zone: [
    ['field.name', (v) => v.name ?? ''],
    ['field.kind', (v) => tEnum('zoneKind', v.kind)],
    ['field.description', (v) => v.description ?? ''],
    ['field.zoneDossier', (v) => v.dossier?.code ?? ''],
  ],
  plot: [
    ['field.zone', (v) => v.zone?.code ?? ''],
    ['field.landUse', (v) => v.landUse?.code ?? ''],
    ['field.dossier', (v) => v.dossier?.code ?? ''],
    ['field.density', (v) => num(v.indicators?.maxBuildingDensity)],
    ['field.floors', (v) => num(v.indicators?.maxFloors)],
    ['field.far', (v) => num(v.indicators?.far, 1)],
    ['history.forInvestment', (v) => yesNo(v.forInvestment)],
  ],
  dossier: [
    ['field.name', (v) => v.name ?? ''],
    ['field.kind', (v) => tEnum('kind', v.kind)],
    ['field.scale', (v) => v.scale ?? ''],
    ['field.status', (v) => tEnum('dossierStatus', v.status)],
    ['history.decisionNumber', (v) => v.decision?.number ?? ''],
    ['history.decisionDate', (v) => (v.decision?.date ? formatDate(v.decision.date) : '')],
    ['history.approvingBody', (v) => v.decision?.approvingBody ?? ''],
    ['details.adjusts', (v) => v.adjusts?.code ?? ''],
    ['history.summary', (v) => v.summary ?? ''],
    ['history.published', (v) => yesNo(v.published)],
  ],
};

/** The attributes that differ between two versions, as label, old text, new text. */
export function changedAttributes(kind: Kind, older: ComparableVersion, newer: ComparableVersion): { label: string; old: string; new: string }[] {
  return ATTRIBUTES[kind]
    .map(([key, read]) => ({ label: t(key), old: read(older), new: read(newer) }))
    .filter((a) => a.old !== a.new);
}

/** The change of area from the older to the newer version (m²), and as a share of the older (null from 0). */
export function areaChange(olderM2: number, newerM2: number): { deltaM2: number; share: number | null } {
  return { deltaM2: newerM2 - olderM2, share: olderM2 > 0 ? (newerM2 - olderM2) / olderM2 : null };
}

const signed = (text: string, n: number) => (n > 0 ? `+${text}` : n < 0 ? `−${text.replace(/^-/, '')}` : text);

/** "12.345,6 m² → 12.400,0 m² (+54,4 m² = +0,01 ha, +0,4 %)". */
export function areaChangeText(olderM2: number, newerM2: number): string {
  const { deltaM2, share } = areaChange(olderM2, newerM2);
  const change = [signed(formatAreaM2(Math.abs(deltaM2)), deltaM2), signed(formatAreaHa(Math.abs(deltaM2)), deltaM2)].join(' = ');
  const pct = share == null ? '' : `, ${signed(`${formatNumber(Math.abs(share) * 100, 1)} %`, share)}`;
  return `${formatAreaM2(olderM2)} → ${formatAreaM2(newerM2)} (${change}${pct})`;
}

/**
 * Two versions picked from the history, drawn together (older dashed, newer solid, with a legend),
 * with the area change and the attributes that changed.
 */
export function compareSection(app: App, kind: Kind, versions: ComparableVersion[]): HTMLElement {
  const ids = { old: nextId('cmp-old'), new: nextId('cmp-new') };
  const byNumber = (n: number) => versions.find((v) => v.version === n)!;
  const options = (chosen: number) => versions.map((v) => h('option', { value: String(v.version), selected: v.version === chosen }, t('history.version', { version: v.version })));
  // Newest first: by default the current version against the one before it.
  const older = h('select', { id: ids.old, name: 'older' }, options(versions[1].version)) as HTMLSelectElement;
  const newer = h('select', { id: ids.new, name: 'newer' }, options(versions[0].version)) as HTMLSelectElement;
  const result = h('div', { class: 'compare-result', id: 'compare-result', 'aria-live': 'polite' });

  const show = () => {
    let [a, b] = [byNumber(Number(older.value)), byNumber(Number(newer.value))];
    if (a.version === b.version) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('history.compareSame')));
      return;
    }
    if (a.version > b.version) [a, b] = [b, a];
    setOverlay(app.map, 'history', null);
    setOverlay(app.map, 'highlight', null);
    setOverlay(app.map, 'compare', { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { role: 'old', version: a.version }, geometry: a.geometry },
      { type: 'Feature', properties: { role: 'new', version: b.version }, geometry: b.geometry },
    ] });
    fitBoth(app, a.geometry, b.geometry);
    const changes = changedAttributes(kind, a, b);
    replace(result,
      h('ul', { class: 'compare-legend', 'aria-label': t('history.legend') },
        h('li', {}, h('span', { class: 'legend-line dashed', style: `--stroke: ${COMPARE_COLOURS.old}`, 'aria-hidden': 'true' }), t('history.legendOld', { version: a.version })),
        h('li', {}, h('span', { class: 'legend-line', style: `--stroke: ${COMPARE_COLOURS.new}`, 'aria-hidden': 'true' }), t('history.legendNew', { version: b.version }))),
      a.areaM2 != null && b.areaM2 != null
        ? h('p', { id: 'compare-area' }, h('strong', {}, `${t('field.area')}: `), areaChangeText(a.areaM2, b.areaM2)) : null,
      changes.length
        ? h('table', { class: 'compare-table', id: 'compare-attributes' },
          h('caption', {}, t('history.changedAttributes')),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('history.attribute')), h('th', { scope: 'col' }, t('history.old')), h('th', { scope: 'col' }, t('history.new')))),
          h('tbody', {}, changes.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.label), h('td', {}, c.old || t('none')), h('td', {}, c.new || t('none'))))))
        : h('p', { class: 'muted' }, t('history.noAttributeChange')));
  };

  return h('section', { class: 'history-compare stack', id: 'history-compare', 'aria-labelledby': `${ids.old}-title` },
    h('h3', { id: `${ids.old}-title` }, t('history.compare')),
    h('div', { class: 'field-pair' },
      h('div', { class: 'field' }, h('label', { for: ids.old }, t('history.compareOlder')), older),
      h('div', { class: 'field' }, h('label', { for: ids.new }, t('history.compareNewer')), newer)),
    h('button', { type: 'button', id: 'compare-show', onclick: show }, t('history.compareShow')),
    result);
}

function fitBoth(app: App, a: GeoJSON.Geometry, b: GeoJSON.Geometry): void {
  const box = bboxOf({ type: 'GeometryCollection', geometries: [a, b] });
  if (box) app.map.fitBounds(box, { padding: 60, maxZoom: 18, duration: 600 });
}
