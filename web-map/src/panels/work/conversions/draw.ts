import type { MapMouseEvent } from 'maplibre-gl';
import type { App } from '../../../app';
import { t } from '../../../i18n';
import { h } from '../../../ui/dom';
import { setOverlay } from '../../../map/overlays';

/**
 * A small area drawing on the map: click the vertices, undo the last one, finish (at least 3).
 * The draft is the shared `draft` overlay; `onChange` gets the polygon when finished, null while drawing.
 */
export interface AreaDrawing {
  controls: HTMLElement;
  polygon: () => GeoJSON.Polygon | null;
  stop: () => void;
  clear: () => void;
}

export function areaDrawing(app: App, onChange: (polygon: GeoJSON.Polygon | null) => void): AreaDrawing {
  let vertices: [number, number][] = [];
  let polygon: GeoJSON.Polygon | null = null;
  const status = h('p', { id: 'conversion-draw-status', class: 'muted', 'aria-live': 'polite' }, t('conversions.noGeometry'));
  const start = h('button', { type: 'button', id: 'conversion-draw', onclick: () => begin() }, t('conversions.draw'));
  const undo = h('button', { type: 'button', id: 'conversion-undo', hidden: true, onclick: () => undoVertex() }, t('conversions.undo'));
  const finish = h('button', { type: 'button', id: 'conversion-finish', hidden: true, onclick: () => done() }, t('conversions.finish'));
  const controls = h('div', { class: 'conversion-draw' }, h('div', { class: 'button-row' }, start, undo, finish), status);

  const show = () => {
    setOverlay(app.map, 'draft', polygon ?? (vertices.length
      ? { type: 'LineString', coordinates: vertices.length > 1 ? vertices : [vertices[0], vertices[0]] } : null));
  };
  const stopPicking = () => {
    if (app.clickTool === addVertex) app.clickTool = null;
    app.map.getCanvas().style.cursor = '';
    undo.hidden = true;
    finish.hidden = true;
  };
  function addVertex(e: MapMouseEvent) {
    vertices.push([e.lngLat.lng, e.lngLat.lat]);
    status.textContent = t('conversions.vertices', { count: vertices.length });
    show();
  }
  function begin() {
    vertices = [];
    polygon = null;
    onChange(null);
    undo.hidden = false;
    finish.hidden = false;
    status.textContent = t('conversions.drawHint');
    app.map.getCanvas().style.cursor = 'crosshair';
    app.clickTool = addVertex;
    show();
  }
  function undoVertex() {
    vertices.pop();
    status.textContent = vertices.length ? t('conversions.vertices', { count: vertices.length }) : t('conversions.drawHint');
    show();
  }
  function done() {
    if (vertices.length < 3) {
      status.textContent = t('edit.tooFewVertices');
      return;
    }
    polygon = { type: 'Polygon', coordinates: [[...vertices, vertices[0]]] };
    vertices = [];
    stopPicking();
    start.textContent = t('conversions.redraw');
    status.textContent = t('conversions.drawn');
    show();
    onChange(polygon);
  }
  return {
    controls,
    polygon: () => polygon,
    stop: () => { stopPicking(); setOverlay(app.map, 'draft', null); },
    clear: () => { vertices = []; polygon = null; stopPicking(); start.textContent = t('conversions.draw'); status.textContent = t('conversions.noGeometry'); show(); },
  };
}
