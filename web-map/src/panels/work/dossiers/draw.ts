import type { MapMouseEvent } from 'maplibre-gl';
import type { App } from '../../../app';
import { t } from '../../../i18n';
import { h } from '../../../ui/dom';
import { setOverlay, fitTo } from '../../../map/overlays';
import { VertexEditor } from '../../../edit/vertexEditor';
import { formatArea } from '../../../format/number';
import { ringAreaM2 } from './geometry';

/** A dossier's boundary in the form: drawn vertex by vertex on the map, or the existing one moved vertex by vertex. */
export interface BoundaryField {
  element: HTMLElement;
  /** The boundary to send: null while none is finished (and, when editing, if it was not changed). */
  value(): GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
  /** Whether the user changed the boundary it started with. */
  changed(): boolean;
  destroy(): void;
}

/**
 * A minimal click-to-draw (the shared edit/boundaryInput.ts was not there when this was written):
 * "Vẽ ranh giới" then click the vertices, "Bỏ điểm cuối" undoes the last one, "Hoàn tất" closes the ring.
 * An existing boundary is edited with the vertex editor of the boundary tools.
 */
export function boundaryField(app: App, initial: GeoJSON.Polygon | GeoJSON.MultiPolygon | null, messageId: string): BoundaryField {
  let drawing: [number, number][] | null = null;
  let drawn: GeoJSON.Polygon | null = null;
  let editor: VertexEditor | null = null;
  let edited = false;
  const status = h('p', { class: 'muted', id: 'dossier-boundary-status', 'aria-live': 'polite' });
  const finish = h('button', { type: 'button', id: 'dossier-draw-finish', hidden: true, onclick: () => finishDrawing() }, t('dossiers.drawFinish'));
  const undo = h('button', { type: 'button', id: 'dossier-draw-undo', hidden: true, onclick: () => undoLast() }, t('dossiers.drawUndo'));

  const stopTools = () => {
    app.clickTool = null;
    app.map.getCanvas().style.cursor = '';
    editor?.destroy();
    editor = null;
  };

  const show = () => {
    if (drawing) {
      const line = drawing.length > 1 ? drawing : drawing.length ? [drawing[0], drawing[0]] : null;
      setOverlay(app.map, 'draft', line ? { type: 'FeatureCollection', features: [
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } },
        ...drawing.map((c) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: c } })),
      ] } : null);
      status.textContent = t('dossiers.drawCount', { count: drawing.length });
    } else {
      setOverlay(app.map, 'draft', drawn);
      const current = drawn ?? (editor ? editor.geometry() : initial);
      status.textContent = current ? t('dossiers.boundaryArea', { area: formatArea(ringAreaM2(current)) }) : t('dossiers.noBoundary');
    }
    finish.hidden = undo.hidden = !drawing;
  };

  const startDrawing = () => {
    stopTools();
    drawing = [];
    drawn = null;
    app.map.getCanvas().style.cursor = 'crosshair';
    app.clickTool = (e: MapMouseEvent) => {
      drawing?.push([e.lngLat.lng, e.lngLat.lat]);
      show();
    };
    show();
    status.textContent = t('dossiers.drawHint');
  };

  const undoLast = () => {
    drawing?.pop();
    show();
  };

  function finishDrawing() {
    if (!drawing || drawing.length < 3) {
      status.textContent = t('edit.tooFewVertices');
      return;
    }
    drawn = { type: 'Polygon', coordinates: [[...drawing, drawing[0]]] };
    drawing = null;
    edited = true;
    stopTools();
    show();
  }

  const editVertices = () => {
    if (!initial) return;
    stopTools();
    drawing = null;
    drawn = null;
    fitTo(app.map, initial, 18);
    editor = new VertexEditor(app.map, initial, {
      onChange: () => { edited = true; show(); },
      onSnap: () => { /* no neighbours given: dossiers may overlap zones and plots */ },
      onRefused: () => { status.textContent = t('edit.tooFewVertices'); },
    });
    app.clickTool = (e) => editor?.handleClick(e);
    show();
  };

  const element = h('div', { class: 'stack dossier-boundary', role: 'group', 'aria-labelledby': `${messageId}-label`, 'aria-describedby': messageId },
    h('span', { id: `${messageId}-label`, class: 'label' }, t('dossiers.boundary')),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', id: 'dossier-draw', onclick: startDrawing }, initial ? t('dossiers.redraw') : t('dossiers.draw')),
      initial ? h('button', { type: 'button', id: 'dossier-edit-vertices', onclick: editVertices }, t('dossiers.editVertices')) : null,
      undo, finish),
    status,
    h('p', { class: 'field-message', id: messageId, role: 'alert', dataset: { field: 'geometry' } }));
  show();
  if (initial) setOverlay(app.map, 'highlight', initial);

  return {
    element,
    value: () => drawn ?? (editor ? editor.geometry() : null),
    changed: () => edited,
    destroy: () => {
      stopTools();
      setOverlay(app.map, 'draft', null);
    },
  };
}
