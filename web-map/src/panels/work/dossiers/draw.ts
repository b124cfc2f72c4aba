import type { App } from '../../../app';
import { t } from '../../../i18n';
import { h } from '../../../ui/dom';
import { setOverlay, fitTo } from '../../../map/overlays';
import { VertexEditor } from '../../../edit/vertexEditor';
import { boundaryInput } from '../../../edit/boundaryInput';
import { formatArea } from '../../../format/number';
import { ringAreaM2 } from './geometry';
import type { Polygonal } from '../../../api/work/dossiers';

/** What the form sends for the boundary: nothing new, a boundary still missing, or one to send. */
export type BoundaryValue = { state: 'unchanged' } | { state: 'missing' } | { state: 'ready'; geometry: GeoJSON.Geometry; srid: number };

export interface BoundaryField {
  element: HTMLElement;
  value(): BoundaryValue;
  destroy(): void;
}

/**
 * A dossier's boundary in the form. A new dossier's is drawn on the map or typed as a VN-2000
 * coordinate table (the shared edit/boundaryInput.ts). An existing one is kept, moved vertex by
 * vertex (the boundary tools' vertex editor), or replaced by a new drawing/table.
 */
export function boundaryField(app: App, initial: Polygonal | null, messageId: string): BoundaryField {
  const input = boundaryInput(app, { idPrefix: 'dossier' });
  const message = h('p', { class: 'field-message', id: messageId, role: 'alert', dataset: { field: 'geometry' } });
  if (!initial) {
    return {
      element: h('div', { class: 'dossier-boundary', 'aria-describedby': messageId }, input.element, message),
      value: () => {
        const v = input.value();
        return v ? { state: 'ready', ...v } : { state: 'missing' };
      },
      destroy: () => input.stop(),
    };
  }

  let mode: 'keep' | 'vertices' | 'redraw' = 'keep';
  let editor: VertexEditor | null = null;
  let moved = false;
  const status = h('p', { class: 'muted', id: 'dossier-boundary-status', 'aria-live': 'polite' });
  const redrawPart = h('div', { hidden: true }, input.element);
  const stopEditor = () => {
    editor?.destroy();
    editor = null;
    if (app.clickTool && mode !== 'redraw') app.clickTool = null;
  };
  const showArea = (g: Polygonal) => { status.textContent = t('dossiers.boundaryArea', { area: formatArea(ringAreaM2(g)) }); };

  const editVertices = () => {
    input.stop();
    redrawPart.hidden = true;
    stopEditor();
    mode = 'vertices';
    moved = false;
    fitTo(app.map, initial, 18);
    setOverlay(app.map, 'highlight', null);
    editor = new VertexEditor(app.map, initial, {
      onChange: () => { moved = true; if (editor) showArea(editor.geometry()); },
      onSnap: () => { /* no neighbours given: a dossier may cross zones and plots */ },
      onRefused: () => { status.textContent = t('edit.tooFewVertices'); },
    });
    app.clickTool = (e) => editor?.handleClick(e);
    showArea(initial);
  };
  const redraw = () => {
    stopEditor();
    mode = 'redraw';
    redrawPart.hidden = false;
    status.textContent = '';
  };
  const keep = () => {
    stopEditor();
    input.stop();
    mode = 'keep';
    redrawPart.hidden = true;
    setOverlay(app.map, 'highlight', initial);
    showArea(initial);
  };

  const element = h('fieldset', { class: 'stack dossier-boundary', 'aria-describedby': messageId },
    h('legend', {}, t('dossiers.boundary')),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', id: 'dossier-keep-boundary', onclick: keep }, t('dossiers.keepBoundary')),
      h('button', { type: 'button', id: 'dossier-edit-vertices', onclick: editVertices }, t('dossiers.editVertices')),
      h('button', { type: 'button', id: 'dossier-redraw', onclick: redraw }, t('dossiers.redraw'))),
    status, redrawPart, message);
  showArea(initial);
  setOverlay(app.map, 'highlight', initial);

  return {
    element,
    value: () => {
      if (mode === 'vertices') return moved && editor ? { state: 'ready', geometry: editor.geometry(), srid: 4326 } : { state: 'unchanged' };
      if (mode === 'redraw') {
        const v = input.value();
        return v ? { state: 'ready', ...v } : { state: 'missing' };
      }
      return { state: 'unchanged' };
    },
    destroy: () => {
      stopEditor();
      input.stop();
    },
  };
}
