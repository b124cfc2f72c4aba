import type { MapMouseEvent } from 'maplibre-gl';
import type { App } from '../app';
import { graphql } from '../api/graphql';
import { userMessage } from '../api/errors';
import { FLAG_VIOLATION, VIOLATIONS } from '../api/queries';
import type { Violation } from '../api/types';
import { can, isStaff } from '../api/session';
import { t, tEnum } from '../i18n';
import { formatDate } from '../format/date';
import { formatWgs84 } from '../format/coordinates';
import { MAX_PHOTO_BYTES, PHOTO_TYPES, photoInput } from '../format/files';
import { h, nextId } from '../ui/dom';
import { notify } from '../ui/toast';
import { VIOLATION_STATUS_COLOURS } from '../layers/colours';
import { setOverlay, fitTo } from '../map/overlays';
import { badge } from './cards';
import { caseFollowUp, photoButton } from './violationCase';

const CATEGORIES = ['UNAUTHORISED_CONSTRUCTION', 'WRONG_LAND_USE', 'ENCROACHMENT', 'UNAUTHORISED_TRANSFER', 'ENVIRONMENTAL', 'OTHER'];

/** The inspector's tab: flag a violation (a point or a drawn area, with photos) and the list with status. */
export function violationsPanel(app: App, panel: HTMLElement): () => void {
  let place: GeoJSON.Point | GeoJSON.Polygon | null = null;
  let drawing: [number, number][] = [];

  const stopPicking = () => {
    app.clickTool = null;
    app.map.getCanvas().style.cursor = '';
  };

  const render = () => {
    stopPicking();
    place = null;
    drawing = [];
    setOverlay(app.map, 'draft', null);
    if (!isStaff()) {
      panel.replaceChildren();
      return;
    }
    const list = h('ul', { id: 'violation-list', class: 'results' });
    panel.replaceChildren(can('Mutation.flagViolation') ? flagForm() : '', h('h2', {}, t('violation.list')), listFilter(list), list);
    void loadList(list);
  };

  function flagForm(): HTMLElement {
    const where = h('p', { id: 'violation-where', 'aria-live': 'polite', class: 'muted' }, t('violation.noPlace'));
    const finish = h('button', { type: 'button', hidden: true, onclick: () => finishDrawing() }, t('violation.finishDrawing'));
    const message = h('div', { 'aria-live': 'assertive' });
    const ids = { category: nextId('cat'), description: nextId('desc'), photos: nextId('photos') };

    const showPlace = () => {
      setOverlay(app.map, 'draft', place ?? (drawing.length ? { type: 'LineString', coordinates: drawing.length > 1 ? drawing : [drawing[0], drawing[0]] } : null));
      if (place) {
        const c = place.type === 'Point' ? place.coordinates : place.coordinates[0][0];
        where.textContent = t('violation.placed', { where: formatWgs84(c[0], c[1]) });
      }
    };
    const pickPoint = () => {
      drawing = [];
      finish.hidden = true;
      where.textContent = t('violation.clickHint');
      app.map.getCanvas().style.cursor = 'crosshair';
      app.clickTool = (e: MapMouseEvent) => {
        place = { type: 'Point', coordinates: [e.lngLat.lng, e.lngLat.lat] };
        stopPicking();
        showPlace();
      };
    };
    const drawArea = () => {
      drawing = [];
      place = null;
      finish.hidden = false;
      where.textContent = t('violation.drawHint');
      app.map.getCanvas().style.cursor = 'crosshair';
      app.clickTool = (e: MapMouseEvent) => {
        drawing.push([e.lngLat.lng, e.lngLat.lat]);
        showPlace();
      };
    };
    function finishDrawing() {
      if (drawing.length < 3) {
        where.textContent = t('edit.tooFewVertices');
        return;
      }
      place = { type: 'Polygon', coordinates: [[...drawing, drawing[0]]] };
      drawing = [];
      finish.hidden = true;
      stopPicking();
      showPlace();
    }

    // Without a pointer (keyboard) or in the field: the map centre, or the device's GPS position.
    const placeAt = (lng: number, lat: number) => {
      drawing = [];
      finish.hidden = true;
      stopPicking();
      place = { type: 'Point', coordinates: [lng, lat] };
      showPlace();
    };
    const atCentre = () => placeAt(app.map.getCenter().lng, app.map.getCenter().lat);
    const atGps = () => navigator.geolocation?.getCurrentPosition(
      (p) => {
        placeAt(p.coords.longitude, p.coords.latitude);
        app.map.easeTo({ center: [p.coords.longitude, p.coords.latitude], zoom: Math.max(app.map.getZoom(), 16) });
      },
      () => { where.textContent = t('violation.gpsFailed'); },
      { enableHighAccuracy: true, timeout: 15_000 });

    const form = h('form', { class: 'stack', id: 'violation-form', 'aria-label': t('violation.flag') },
      h('h2', {}, t('violation.flag')),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', id: 'violation-pick', onclick: pickPoint }, t('violation.byClick')),
        h('button', { type: 'button', id: 'violation-draw', onclick: drawArea }, t('violation.byDrawing')),
        finish),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', onclick: atCentre }, t('violation.atCentre')),
        'geolocation' in navigator ? h('button', { type: 'button', onclick: atGps }, t('violation.atGps')) : null),
      where,
      h('label', { for: ids.category }, t('field.category')),
      h('select', { id: ids.category, name: 'category' }, CATEGORIES.map((c) => h('option', { value: c }, tEnum('category', c)))),
      h('label', { for: ids.description }, t('field.description')),
      h('textarea', { id: ids.description, name: 'description', rows: 3, required: true }),
      h('label', { for: ids.photos }, t('field.photos')),
      h('input', { id: ids.photos, name: 'photos', type: 'file', accept: PHOTO_TYPES.join(','), multiple: true, capture: 'environment', 'aria-describedby': `${ids.photos}-hint` }),
      h('small', { id: `${ids.photos}-hint`, class: 'muted' }, t('violation.photoHint')),
      h('button', { type: 'submit', class: 'primary', id: 'violation-submit' }, t('violation.submit')),
      message);

    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const description = String(data.get('description') ?? '').trim();
      if (!place) return void message.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('violation.noPlace')));
      if (!description) return void message.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('violation.needDescription')));
      const files = (data.getAll('photos') as File[]).filter((f) => f.size > 0);
      const tooBig = files.find((f) => f.size > MAX_PHOTO_BYTES);
      if (tooBig) return void message.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('violation.photoTooBig', { name: tooBig.name })));
      message.replaceChildren();
      try {
        const photos = await Promise.all(files.map(photoInput));
        const { flagViolation } = await graphql<{ flagViolation: Violation }>(FLAG_VIOLATION, {
          input: { geometry: place, srid: 4326, category: String(data.get('category')), description, photos },
        });
        notify(t('violation.sent', { code: flagViolation.code }));
        app.restyle(true);
        render();
        message.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('violation.sent', { code: flagViolation.code })));
        panel.querySelector('form')?.append(message);
      } catch (error) {
        message.replaceChildren(h('p', { class: 'error', role: 'alert' }, userMessage(error)));
      }
    });
    return form;
  }

  // The list's filter: status, and age (reported more than N days ago: what has waited too long).
  const filter: { status: string; days: number } = { status: '', days: 0 };
  function listFilter(list: HTMLElement): HTMLElement {
    const ids = { status: nextId('vstatus'), age: nextId('vage') };
    const status = h('select', { id: ids.status, name: 'status', onchange: () => { filter.status = status.value; void loadList(list); } },
      h('option', { value: '' }, t('violation.anyStatus')),
      ...Object.keys(VIOLATION_STATUS_COLOURS).map((s) => h('option', { value: s, selected: filter.status === s }, tEnum('violationStatus', s))));
    const age = h('select', { id: ids.age, name: 'age', onchange: () => { filter.days = Number(age.value); void loadList(list); } },
      h('option', { value: '0' }, t('violation.anyAge')),
      ...[30, 90, 365].map((d) => h('option', { value: String(d), selected: filter.days === d }, t('violation.olderThan', { days: d }))));
    return h('div', { class: 'violation-filter', id: 'violation-filter' },
      h('label', { for: ids.status }, t('violation.filterStatus')), status,
      h('label', { for: ids.age }, t('violation.filterAge')), age);
  }

  let listRequest = 0; // a quick second filter change must not be overwritten by the first one's late answer
  async function loadList(list: HTMLElement): Promise<void> {
    const mine = ++listRequest;
    list.replaceChildren(h('li', { class: 'loading-inline' }, t('loading')));
    try {
      const variables = {
        first: 100,
        filter: {
          ...(filter.status ? { status: [filter.status] } : {}),
          ...(filter.days ? { reportedTo: new Date(Date.now() - filter.days * 86_400_000).toISOString() } : {}),
        },
      };
      const { violations } = await graphql<{ violations: { nodes: Violation[] } }>(VIOLATIONS, variables);
      if (mine !== listRequest) return;
      const nodes = [...violations.nodes].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
      list.replaceChildren(...(nodes.length ? nodes.map((v) => h('li', { dataset: { violation: v.code } },
        h('button', { type: 'button', class: 'result', onclick: () => v.geometry && (setOverlay(app.map, 'highlight', v.geometry), fitTo(app.map, v.geometry, 17)) },
          h('strong', {}, v.code), ' ',
          badge(VIOLATION_STATUS_COLOURS[v.status] ?? '#757575', tEnum('violationStatus', v.status)),
          h('span', {}, tEnum('category', v.category)),
          h('span', { class: 'muted' }, [formatDate(v.reportedAt), v.reportedBy, v.plot?.code, v.photos.length ? `📷 ${v.photos.length}` : ''].filter(Boolean).join(' · ')),
          h('span', { class: 'description' }, v.description)),
        v.photos.length ? photoButton(v.photos) : null,
        v.resolutionNote ? h('p', { class: 'muted' }, `${t('violation.note')}: ${v.resolutionNote}`) : null,
        caseFollowUp(v, () => void loadList(list)))) : [h('li', {}, t('violation.none'))]));
    } catch (error) {
      if (mine === listRequest) list.replaceChildren(h('li', { class: 'error', role: 'alert' }, userMessage(error)));
    }
  }

  render();
  return render;
}
