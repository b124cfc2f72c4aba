import { Popup } from 'maplibre-gl';
import type { App } from '../app';
import { graphql } from '../api/graphql';
import { ApiError, userMessage } from '../api/errors';
import {
  ZONE_HISTORY, PLOT_HISTORY, UPDATE_ZONE_BOUNDARY, UPDATE_PLOT, boundaryInput, NEIGHBOUR_ZONES, NEIGHBOUR_PLOTS, GEOMETRY_RULES, grownBbox,
} from '../api/queries';
import type { BoundaryVersion } from '../api/types';
import { t } from '../i18n';
import { h, nextId } from '../ui/dom';
import { notify } from '../ui/toast';
import { VertexEditor } from '../edit/vertexEditor';
import { setOverlay, fitTo, bboxOf } from '../map/overlays';
import { historyView, type Current, type Kind } from './history';

/** The planner's boundary tools in the "edit" tab: the vertex editor with its save form (and the history, see history.ts). */
export function boundaryTools(app: App, panel: HTMLElement) {
  let editor: VertexEditor | null = null;
  let problemPopup: Popup | null = null;

  const clearProblem = () => {
    problemPopup?.remove();
    problemPopup = null;
    setOverlay(app.map, 'problem', null);
    setOverlay(app.map, 'conflict', null);
  };

  const stopEditing = () => {
    editor?.destroy();
    editor = null;
    app.clickTool = null;
    clearProblem();
  };

  const showHistory = (kind: Kind, code: string, notice?: string) => {
    stopEditing();
    return historyView(app, panel, { kind, code, notice, load: () => load(kind, code), edit: () => void editBoundary(kind, code) });
  };

  async function load(kind: Kind, code: string): Promise<Current> {
    const data = await graphql<{ zone?: Current | null; plot?: Current | null }>(kind === 'zone' ? ZONE_HISTORY : PLOT_HISTORY, { code });
    const obj = kind === 'zone' ? data.zone : data.plot;
    if (!obj) throw new ApiError('NOT_FOUND', null);
    return obj;
  }

  /**
   * Neighbouring boundaries to snap to: the exact zones and plots around the object from the API;
   * if it cannot answer, the (tile-clipped) zones and plots drawn in view.
   */
  async function neighbours(code: string, geometry: GeoJSON.Geometry): Promise<GeoJSON.Geometry[]> {
    const box = bboxOf(geometry);
    if (box) {
      const bbox = grownBbox(box, 0.25);
      const [zones, plots] = await Promise.allSettled([
        graphql<{ zones: { nodes: { code: string; geometry: GeoJSON.Geometry }[] } }>(NEIGHBOUR_ZONES, { bbox }),
        graphql<{ plots: { nodes: { code: string; geometry: GeoJSON.Geometry }[] } }>(NEIGHBOUR_PLOTS, { bbox }),
      ]);
      const found = [
        ...(zones.status === 'fulfilled' ? zones.value.zones.nodes : []),
        ...(plots.status === 'fulfilled' ? plots.value.plots.nodes : []),
      ].filter((n) => n.code !== code && n.geometry).map((n) => n.geometry);
      if (zones.status === 'fulfilled' || plots.status === 'fulfilled') return found;
    }
    const layers = ['zones-fill', 'plots-fill'].filter((l) => app.map.getLayer(l));
    return app.map.queryRenderedFeatures(undefined, { layers })
      .filter((f) => f.properties?.code !== code)
      .map((f) => f.geometry);
  }

  async function editBoundary(kind: Kind, code: string): Promise<void> {
    stopEditing();
    app.tabs.select('edit');
    panel.replaceChildren(h('h2', {}, t('edit.title', { code })), h('p', { class: 'loading-inline' }, t('loading')));
    let current: Current;
    try {
      current = await load(kind, code);
    } catch (error) {
      panel.replaceChildren(h('h2', {}, t('edit.title', { code })), h('p', { class: 'error', role: 'alert' }, userMessage(error)));
      return;
    }
    const geometry = current.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return;
    fitTo(app.map, geometry, 18);
    setOverlay(app.map, 'highlight', null);
    let expectedVersion = current.version;

    const status = h('p', { id: 'edit-status', 'aria-live': 'polite', class: 'muted' });
    const snapStatus = h('p', { id: 'edit-snap-status', 'aria-live': 'polite', class: 'muted' });
    const message = h('div', { id: 'edit-message', 'aria-live': 'assertive' });
    const basisId = nextId('basis');
    const basis = h('input', { id: basisId, name: 'legalBasis', required: true, placeholder: t('edit.legalBasisPlaceholder'), autocomplete: 'off' });
    const snapId = nextId('snap');
    editor = new VertexEditor(app.map, geometry, {
      onChange: (ring, selected) => { status.textContent = t('edit.vertices', { count: ring.length, selected: selected == null ? t('none') : selected + 1 }); },
      onSnap: (kind2) => { snapStatus.textContent = kind2 ? t('edit.snappedTo', { what: t(kind2 === 'vertex' ? 'edit.snapVertex' : 'edit.snapEdge') }) : ''; },
      onRefused: () => notify(t('edit.tooFewVertices'), 'error'),
    });
    const editing = editor;
    void neighbours(code, geometry).then((found) => editing.setNeighbours(found));
    void graphql<{ geometryRules: { snapToleranceMetres: number } }>(GEOMETRY_RULES)
      .then((rules) => editing.setServerSnapTolerance(rules.geometryRules.snapToleranceMetres), () => { /* keep the default */ });
    app.clickTool = (e) => editor?.handleClick(e);

    const save = async () => {
      if (!editor) return;
      if (!basis.value.trim()) {
        message.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('edit.needLegalBasis')));
        basis.focus();
        return;
      }
      clearProblem();
      message.replaceChildren();
      const input = boundaryInput(code, editor.geometry() as GeoJSON.Polygon, basis.value, expectedVersion);
      try {
        const result = await graphql<{ updateZoneBoundary?: BoundaryVersion; updatePlot?: BoundaryVersion }>(
          kind === 'zone' ? UPDATE_ZONE_BOUNDARY : UPDATE_PLOT, { input });
        const saved = (kind === 'zone' ? result.updateZoneBoundary : result.updatePlot)!;
        stopEditing();
        notify(t('edit.saved', { version: saved.version }));
        app.restyle(true);
        await showHistory(kind, code, t('edit.saved', { version: saved.version }));
      } catch (error) {
        await showRejection(error, kind, code, message, (v) => { expectedVersion = v; }, save, input.geometry);
      }
    };

    panel.replaceChildren(
      h('h2', {}, t('edit.title', { code })),
      h('p', { class: 'help' }, t('edit.help')),
      h('div', { class: 'layer-row' }, h('input', { type: 'checkbox', id: snapId, checked: true, onchange: (e: Event) => editor?.setSnapping((e.target as HTMLInputElement).checked) }),
        h('label', { for: snapId }, t('edit.snap'))),
      status, snapStatus,
      h('div', { class: 'button-row' },
        h('button', { type: 'button', 'aria-label': t('edit.prevVertex'), title: t('edit.prevVertex'), onclick: () => editor?.select((editor.selectedIndex() ?? 0) - 1) }, '◀'),
        h('button', { type: 'button', 'aria-label': t('edit.nextVertex'), title: t('edit.nextVertex'), onclick: () => editor?.select((editor.selectedIndex() ?? -1) + 1) }, '▶'),
        h('button', { type: 'button', id: 'delete-vertex', onclick: () => editor?.deleteSelected() }, t('edit.deleteVertex'))),
      h('form', { class: 'stack', onsubmit: (e: Event) => { e.preventDefault(); void save(); } },
        h('label', { for: basisId }, t('edit.legalBasis')), basis,
        h('div', { class: 'button-row' },
          h('button', { type: 'submit', class: 'primary', id: 'save-boundary' }, t('save')),
          h('button', { type: 'button', onclick: () => { stopEditing(); panel.replaceChildren(); app.tabs.select('details'); } }, t('cancel')))),
      message);
    status.textContent = t('edit.vertices', { count: editor.vertexCount(), selected: t('none') });
  }

  /** A refused save: the reason in words, and on the map where the problem is; a conflict keeps the edit. */
  async function showRejection(error: unknown, kind: Kind, code: string, message: HTMLElement, setExpected: (v: number) => void, retry: () => Promise<void>, edited: GeoJSON.Geometry) {
    const text = userMessage(error);
    message.replaceChildren(h('p', { class: 'error', role: 'alert' }, text));
    if (!(error instanceof ApiError)) return;
    const location = error.location;
    if (location) {
      setOverlay(app.map, 'problem', { type: 'Point', coordinates: location });
      problemPopup = new Popup({ closeButton: true, className: 'problem-popup', maxWidth: '260px' })
        .setLngLat(location).setText(`${t('edit.problemHere')}: ${text}`).addTo(app.map);
      app.map.easeTo({ center: location, duration: 400 });
    } else if (['OUT_OF_AREA', 'TOPOLOGY', 'INVALID_GEOMETRY'].includes(error.code)) {
      // No point given: the whole new boundary is what was refused.
      setOverlay(app.map, 'problem', edited);
    }
    if (error.code === 'CONFLICT') {
      try {
        const latest = await load(kind, code);
        setOverlay(app.map, 'conflict', latest.geometry);
        setExpected(latest.version);
        message.replaceChildren(
          h('p', { class: 'error', role: 'alert' }, t('edit.conflict', { who: latest.changedBy ?? '?', version: latest.version })),
          h('button', { type: 'button', class: 'primary', onclick: () => void retry() }, t('edit.conflictRetry')));
      } catch (e) {
        message.append(h('p', { class: 'error' }, userMessage(e)));
      }
    }
  }

  // Keyboard editing on the map: Delete removes the selected vertex, arrows nudge it.
  app.map.getContainer().addEventListener('keydown', (e) => {
    if (!editor) return;
    const step = e.shiftKey ? 10 : 1;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (e.key === 'Delete' || e.key === 'Backspace') editor.deleteSelected();
    else if (moves[e.key] && editor.selectedIndex() != null) editor.nudgeSelected(...moves[e.key]);
    else return;
    e.preventDefault();
    e.stopPropagation();
  }, true);

  return {
    editBoundary: (kind: Kind, code: string) => void editBoundary(kind, code),
    showHistory: (kind: Kind, code: string) => void showHistory(kind, code),
    reset: () => { stopEditing(); panel.replaceChildren(); },
  };
}
