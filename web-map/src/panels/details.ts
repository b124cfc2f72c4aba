import type { MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { App, ObjectKind } from '../app';
import { graphql } from '../api/graphql';
import { userMessage } from '../api/errors';
import { PLANNING_AT, PLANNING_AT_STAFF, ZONE, PLOT, DOSSIER, planningAtVariables, todayInVietnam } from '../api/queries';
import type { PlanningAt, Zone, Plot, Dossier } from '../api/types';
import { can, isStaff } from '../api/session';
import { CLICKABLE_LAYERS } from '../layers/catalog';
import { t, tEnum, lang } from '../i18n';
import { formatWgs84, formatVn2000 } from '../format/coordinates';
import { formatArea, formatPercent } from '../format/number';
import { formatDate } from '../format/date';
import { h, facts, replace } from '../ui/dom';
import { notify } from '../ui/toast';
import { plotCard, zoneCard, dossierItem, dossierCard, historyList } from './cards';
import { setOverlay, fitTo } from '../map/overlays';
import { clearanceCard, conversionCard } from './siteCards';

export interface DetailsActions {
  editBoundary: (kind: 'zone' | 'plot', code: string) => void;
  showHistory: (kind: 'zone' | 'plot', code: string) => void;
}

/** The details tab: what was clicked, what the plan says there, and any object opened from elsewhere. */
export function detailsPanel(app: App, panel: HTMLElement, actions: DetailsActions): void {
  // Without a pointer: pan the map with the arrow keys, then ask about its centre.
  const atCentre = () => {
    const centre = app.map.getCenter();
    void showPoint(centre, app.map.project(centre));
  };
  const centreButton = () => h('button', { type: 'button', id: 'details-centre', onclick: atCentre }, t('details.atCentre'));
  let request = 0;
  // The point shown last and its answer's box, asked again when the day changes.
  let shown: { lng: number; lat: number; body: HTMLElement } | null = null;
  const asOf = asOfControl(() => { if (shown) void askPlanning(shown.lng, shown.lat, shown.body); });
  panel.replaceChildren(h('h2', {}, t('details.title')), h('p', { class: 'muted' }, t('details.clickHint')), centreButton(), asOf.element);

  app.map.on('click', (e: MapMouseEvent) => {
    if (app.clickTool) {
      app.clickTool(e);
      return;
    }
    if (app.clickTaken(e)) return;
    void showPoint(e.lngLat, e.point);
  });
  app.onOpenObject((kind, code) => void showObject(kind, code));

  async function showPoint(lngLat: { lng: number; lat: number }, point: { x: number; y: number }): Promise<void> {
    const { lng, lat } = lngLat;
    const layers = CLICKABLE_LAYERS.filter((id) => app.map.getLayer(id) && app.map.getLayoutProperty(id, 'visibility') !== 'none');
    const hits = app.map.queryRenderedFeatures([point.x, point.y], { layers });
    const top = hits[0];
    setOverlay(app.map, 'highlight', top ? top.geometry : null);
    const heading = h('h2', {}, t('details.title'));
    const where = facts([[t('field.wgs84'), formatWgs84(lng, lat)], [t('field.vn2000'), formatVn2000(lng, lat)]]);
    const body = h('div', { class: 'details-body' }, h('p', { class: 'loading-inline' }, t('loading')));
    const site = top && (top.sourceLayer === 'clearance' || top.sourceLayer === 'conversions') && top.properties?.code
      ? h('div', { class: 'site-card' }, h('p', { class: 'loading-inline' }, t('loading'))) : null;
    replace(panel, heading, centreButton(), asOf.element, where, top ? tileFeature(top) : null, site, body);
    if (site && top) {
      const code = String(top.properties.code);
      void (top.sourceLayer === 'clearance' ? clearanceCard(code) : conversionCard(code)).then((card) => site.replaceChildren(card));
    }
    app.tabs.select('details');
    shown = { lng, lat, body };
    await askPlanning(lng, lat, body);
  }

  /** What the plan says at the point, today or as of the chosen day. */
  async function askPlanning(lng: number, lat: number, body: HTMLElement): Promise<void> {
    const mine = ++request;
    const day = asOf.day();
    if (day === null) {
      // An impossible day: the field says so; the last answer stays, a new point waits for a valid day.
      body.querySelector('.loading-inline')?.remove();
      return;
    }
    body.replaceChildren(h('p', { class: 'loading-inline' }, t('loading')));
    try {
      const data = await graphql<{ planningAt: PlanningAt }>(isStaff() ? PLANNING_AT_STAFF : PLANNING_AT, planningAtVariables(lng, lat, day));
      if (mine !== request) return;
      body.replaceChildren(planningAtView(data.planningAt, day));
    } catch (error) {
      if (mine !== request) return;
      body.replaceChildren(h('p', { class: 'error', role: 'alert' }, userMessage(error)));
    }
  }

  function planningAtView(p: PlanningAt, day: string): HTMLElement {
    const open = (kind: ObjectKind) => (code: string) => app.openObject(kind, code);
    const date = day ? formatDate(day) : '';
    const title = day ? t('details.planningOn', { date }) : t('details.planningHere');
    return h('section', { 'aria-label': title, class: day ? 'planning-as-of' : null, dataset: { asOf: day } },
      h('h3', {}, title),
      // A past day changes zones, plots and dossiers only: the current land use and availability are today's.
      day ? h('p', { class: 'as-of-note', role: 'status' }, t('details.asOfNote', { date })) : null,
      p.zone ? zoneCard(p.zone, open('dossier')) : h('p', { class: 'outside' }, day ? t('details.outsideOn', { date }) : t('details.outside')),
      p.zone ? objectButtons('zone', p.zone.code) : null,
      p.plot ? plotCard(p.plot, open('dossier')) : null,
      p.plot ? objectButtons('plot', p.plot.code) : null,
      p.currentLandUse ? facts([[t('field.currentLandUse'),
        `${p.currentLandUse.landUse.code} – ${lang() === 'en' ? p.currentLandUse.landUse.nameEn : p.currentLandUse.landUse.nameVi}` +
        (p.currentLandUse.surveyedOn ? ` (${formatDate(p.currentLandUse.surveyedOn)})` : '')]]) : null,
      (p.dossiers ?? []).length ? h('h4', {}, t('details.dossiers')) : null,
      (p.dossiers ?? []).length ? h('ul', { class: 'dossier-list' }, (p.dossiers ?? []).map((d) => dossierItem(d, open('dossier')))) : null,
      p.openViolationsNearby?.length ? h('h4', {}, t('details.violationsNearby')) : null,
      p.openViolationsNearby?.length ? h('ul', {}, p.openViolationsNearby.map((v) => h('li', {},
        `${v.code}: ${tEnum('category', v.category)} – ${tEnum('violationStatus', v.status)} (${formatDate(v.reportedAt)})`))) : null,
    );
  }

  function objectButtons(kind: 'zone' | 'plot', code: string): HTMLElement | null {
    const buttons: HTMLElement[] = [h('button', { type: 'button', onclick: () => app.openObject(kind, code) }, t('details.open'))];
    if (can(kind === 'zone' ? 'Mutation.updateZoneBoundary' : 'Mutation.updatePlot')) {
      buttons.push(h('button', { type: 'button', class: 'primary', dataset: { action: 'edit-boundary' }, onclick: () => actions.editBoundary(kind, code) }, t('details.editBoundary')));
      buttons.push(h('button', { type: 'button', dataset: { action: 'show-history' }, onclick: () => actions.showHistory(kind, code) }, t('details.showHistory')));
    }
    return h('div', { class: 'button-row' }, buttons);
  }

  // The opened object's address (kept in the URL by map/objectLink) and a one-page print of its card.
  function shareButtons(kind: ObjectKind, code: string): HTMLElement {
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        notify(t('details.linkCopied', { what: code }));
      } catch {
        notify(location.href);
      }
    };
    return h('div', { class: 'button-row share-row', dataset: { kind } },
      h('button', { type: 'button', dataset: { action: 'print' }, onclick: () => window.print() }, t('details.print')),
      h('button', { type: 'button', dataset: { action: 'copy-link' }, onclick: () => void copy() }, t('details.copyLink')));
  }

  async function showObject(kind: ObjectKind, code: string): Promise<void> {
    const mine = ++request;
    shown = null;
    app.tabs.select('details');
    const body = h('div', { class: 'details-body' }, h('p', { class: 'loading-inline' }, t('loading')));
    panel.replaceChildren(h('h2', {}, t('details.title')), body);
    try {
      let view: HTMLElement;
      let geometry: GeoJSON.Geometry | undefined;
      if (kind === 'zone') {
        const { zone } = await graphql<{ zone: (Zone & { history: Zone[] }) | null }>(ZONE, { code });
        if (!zone) throw new Error('not found');
        geometry = zone.geometry;
        view = h('div', {}, zoneCard(zone, (c) => app.openObject("dossier", c)), objectButtons("zone", code), historyList(zone.history ?? [], zone));
      } else if (kind === 'plot') {
        const { plot } = await graphql<{ plot: (Plot & { history: Plot[] }) | null }>(PLOT, { code });
        if (!plot) throw new Error('not found');
        geometry = plot.geometry;
        view = h('div', {}, plotCard(plot, (c) => app.openObject('dossier', c)), objectButtons('plot', code), historyList(plot.history ?? [], plot));
      } else {
        const { dossier } = await graphql<{ dossier: Dossier | null }>(DOSSIER, { code });
        if (!dossier) throw new Error('not found');
        view = dossierCard(dossier, (c) => app.openObject('dossier', c));
        geometry = dossier.geometry;
      }
      if (mine !== request) return;
      body.replaceChildren(view, shareButtons(kind, code));
      if (geometry) {
        setOverlay(app.map, 'highlight', geometry);
        fitTo(app.map, geometry);
      }
    } catch (error) {
      if (mine !== request) return;
      body.replaceChildren(h('p', { class: 'error', role: 'alert' }, error instanceof Error && error.message === 'not found' ? t('error.NOT_FOUND') : userMessage(error)));
    }
  }
}

/** What the tile itself says about the clicked feature, shown at once (and when the API is down). */
function tileFeature(f: MapGeoJSONFeature): HTMLElement {
  const p = f.properties ?? {};
  const rows: [string, string][] = [];
  const source = f.sourceLayer;
  if (p.code) rows.push([t('field.code'), String(p.code)]);
  if (p.name) rows.push([t('field.name'), String(p.name)]);
  if (source === 'dossiers') {
    rows.push([t('field.kind'), tEnum('kind', p.kind)], [t('field.status'), tEnum('dossierStatus', p.status)]);
    if (p.decision_number) rows.push([t('field.decision'), String(p.decision_number)]);
  }
  if (source === 'zones') rows.push([t('field.kind'), tEnum('zoneKind', p.kind)]);
  if (source === 'plots') {
    rows.push([t('field.zone'), String(p.zone_code)], [t('field.landUse'), String(p.land_use_code)], [t('field.availability'), tEnum('availability', p.availability)]);
  }
  if (source === 'clearance') {
    rows.push([t('field.handover'), formatPercent(Number(p.handover_rate ?? 0))], [t('field.parcels'), String(p.parcels ?? 0)]);
  }
  if (source === 'land_use_current') rows.push([t('field.currentLandUse'), String(p.land_use_code)]);
  if (source === 'conversions') {
    rows.push([t('field.from'), String(p.from_land_use_code)], [t('field.to'), String(p.to_land_use_code)], [t('field.status'), tEnum('conversionStatus', p.status)]);
  }
  if (source === 'violations') {
    rows.push([t('field.category'), tEnum('category', p.category)], [t('field.status'), tEnum('violationStatus', p.status)], [t('field.reportedAt'), formatDate(String(p.reported_on ?? ''))]);
  }
  if (p.area_m2 != null) rows.push([t('field.area'), formatArea(Number(p.area_m2))]);
  return h('section', { class: 'tile-feature', dataset: { layer: source ?? '' } }, h('p', { class: 'muted' }, t('details.tileOnly')), facts(rows));
}

/**
 * The "plan as of" day: empty means today; a day after today (Vietnam time) is refused next to the field.
 * day() is '' for today, yyyy-MM-dd for a past day, null while the field holds an impossible day.
 */
function asOfControl(changed: () => void): { element: HTMLElement; day: () => string | null } {
  const message = h('p', { class: 'field-message', id: 'details-as-of-message', 'aria-live': 'polite' });
  const input = h('input', { type: 'date', id: 'details-as-of', max: todayInVietnam(), 'aria-describedby': 'details-as-of-hint details-as-of-message' });
  const today = h('button', { type: 'button', id: 'details-as-of-today', hidden: true, onclick: () => { input.value = ''; update(); } }, t('details.asOfToday'));
  const day = (): string | null => {
    const value = input.value;
    if (!value) return '';
    return input.validity.valid && value <= todayInVietnam() ? value : null;
  };
  function update(): void {
    const value = day();
    message.textContent = value === null ? t('details.asOfInvalid', { today: formatDate(todayInVietnam()) }) : '';
    today.hidden = !input.value;
    changed();
  }
  input.addEventListener('change', update);
  const element = h('div', { class: 'as-of-control' },
    h('label', { for: 'details-as-of' }, t('details.asOf')), ' ', input, ' ', today,
    h('p', { class: 'muted', id: 'details-as-of-hint' }, t('details.asOfHint')), message);
  return { element, day };
}
