import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { graphql } from '../../../api/graphql';
import { ApiError, userMessage } from '../../../api/errors';
import { CONVERSION_NEEDS, type ApprovalRule, type Authority, type ConversionNeeds } from '../../../api/work/conversions';
import { t, tEnum, type MessageKey } from '../../../i18n';
import { formatDate } from '../../../format/date';
import { formatNumber } from '../../../format/number';
import { h } from '../../../ui/dom';

/** The overlap of the drawn area with rice and forest land, by kind (own `ov-` layers, kept on restyle). */
export const NEEDS_SOURCE = 'ov-conversion-needs';
export const NEEDS_FILL = 'ov-conversion-needs-fill';
const NEEDS_LINE = 'ov-conversion-needs-line';

export const LAND_KIND_COLOURS: Record<string, string> = {
  RICE: '#fdd835',
  SPECIAL_USE_FOREST: '#1b5e20',
  PROTECTION_FOREST_HEADWATER_BORDER: '#2e7d32',
  PROTECTION_FOREST_WIND_SAND_WAVE: '#43a047',
  PRODUCTION_FOREST: '#7cb342',
};
export const LAND_KINDS = Object.keys(LAND_KIND_COLOURS);

export const landKindName = (kind: string): string => tEnum('conversions.kind', kind);
export const authorityName = (a: Authority | null | undefined): string => (a ? tEnum('authority', a) : t('conversions.noRule'));
export const ruleText = (rule: ApprovalRule | null | undefined): string => (rule
  ? `${rule.instrument} (${t('conversions.ruleFrom', { from: formatDate(rule.validFrom) })}${rule.validTo ? `, ${t('conversions.ruleTo', { to: formatDate(rule.validTo) })}` : ''})`
  : '');
export const formatHa = (ha: number): string => `${formatNumber(ha, 2)} ha`;

export function drawNeeds(map: MapLibreMap, needs: ConversionNeeds | null): void {
  if (!map.getSource(NEEDS_SOURCE)) {
    if (!map.isStyleLoaded()) return void map.once('idle', () => drawNeeds(map, needs));
    map.addSource(NEEDS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    // Below the drawn outline (the draft overlay), so the outline stays visible over the overlap.
    const below = map.getLayer('ov-draft-fill') ? 'ov-draft-fill' : undefined;
    map.addLayer({ id: NEEDS_FILL, type: 'fill', source: NEEDS_SOURCE, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.6 } }, below);
    map.addLayer({ id: NEEDS_LINE, type: 'line', source: NEEDS_SOURCE, paint: { 'line-color': '#33691e', 'line-width': 1.5 } }, below);
  }
  const features: GeoJSON.Feature[] = (needs?.needs ?? []).filter((n) => n.geometry).map((n) => ({
    type: 'Feature', geometry: n.geometry as GeoJSON.Geometry,
    properties: { landKind: n.landKind, areaHa: n.areaHa, colour: LAND_KIND_COLOURS[n.landKind] ?? '#ff00ff' },
  }));
  (map.getSource(NEEDS_SOURCE) as GeoJSONSource).setData({ type: 'FeatureCollection', features });
}

/** A missing query (the host before the API addition) is a validation error naming the field. */
function apiLacksNeeds(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'UNKNOWN' && /conversionNeeds/.test(error.serverMessage ?? '');
}

/** Asks the API what the drawn area covers and shows it in `el` and on the map, unless a newer drawing replaced it. */
export async function showNeeds(map: MapLibreMap, el: HTMLElement, geometry: GeoJSON.Polygon, srid: number, current: () => boolean): Promise<ConversionNeeds | null> {
  el.replaceChildren(h('p', { class: 'loading-inline' }, t('conversions.needsLoading')));
  try {
    const { conversionNeeds } = await graphql<{ conversionNeeds: ConversionNeeds }>(CONVERSION_NEEDS, { geometry, srid });
    if (!current()) return null; // a newer drawing was made meanwhile
    drawNeeds(map, conversionNeeds);
    el.replaceChildren(needsTable(conversionNeeds));
    return conversionNeeds;
  } catch (error) {
    if (!current()) return null;
    drawNeeds(map, null);
    el.replaceChildren(h('p', { class: apiLacksNeeds(error) ? 'muted' : 'error', role: 'alert' },
      apiLacksNeeds(error) ? t('conversions.needsMissing') : userMessage(error)));
    return null;
  }
}

function needsTable(answer: ConversionNeeds): HTMLElement {
  const kinds = [...answer.needs].sort((a, b) => LAND_KINDS.indexOf(a.landKind) - LAND_KINDS.indexOf(b.landKind));
  return h('div', { class: 'conversion-needs' },
    h('p', {}, h('strong', {}, t('conversions.underArea')), ' ',
      h('span', { id: 'conversion-rice-ha', dataset: { ha: String(answer.riceHa) } }, t('conversions.riceHa', { ha: formatHa(answer.riceHa) })), ' · ',
      h('span', { id: 'conversion-forest-ha', dataset: { ha: String(answer.forestHa) } }, t('conversions.forestHa', { ha: formatHa(answer.forestHa) }))),
    kinds.length ? h('div', { class: 'table-scroll' }, h('table', { class: 'conversion-needs-table' },
      h('caption', {}, t('conversions.needsCaption', { on: formatDate(answer.on) })),
      h('thead', {}, h('tr', {}, [t('conversions.landKind'), t('conversions.area'), t('conversions.authority')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, kinds.map((n) => h('tr', { dataset: { landKind: n.landKind, ha: String(n.areaHa) } },
        h('th', { scope: 'row' }, h('span', { class: 'swatch', style: `background:${LAND_KIND_COLOURS[n.landKind] ?? '#ff00ff'}`, 'aria-hidden': 'true' }), ' ',
          landKindName(n.landKind), h('small', { class: 'muted' }, ` (${n.landUseCodes.join(', ')})`)),
        h('td', {}, formatHa(n.areaHa)),
        h('td', {}, h('strong', { class: 'authority' }, authorityName(n.requiredAuthority)), n.approvalRule ? h('small', { class: 'muted instrument' }, h('br'), ruleText(n.approvalRule)) : null)))))) 
      : h('p', { class: 'muted' }, t('conversions.noRiceForest')));
}

export const kindKey = (kind: string): MessageKey => `conversions.kind.${kind}` as MessageKey;
