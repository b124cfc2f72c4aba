import type { App } from '../app';
import { graphql } from '../api/graphql';
import { userMessage } from '../api/errors';
import { ZONE_AS_OF, PLOT_AS_OF, REVERT_ZONE, REVERT_PLOT } from '../api/queries';
import type { BoundaryVersion } from '../api/types';
import { t } from '../i18n';
import { formatDateTime } from '../format/date';
import { sliderScale } from '../format/timeScale';
import { h, nextId, replace } from '../ui/dom';
import { setOverlay, fitTo, bboxOf } from '../map/overlays';

export type Kind = 'zone' | 'plot';
export interface Current extends BoundaryVersion { code: string; history: BoundaryVersion[] }

interface HistoryOptions {
  kind: Kind;
  code: string;
  /** Shown on top, e.g. "saved as version 4". */
  notice?: string;
  load: () => Promise<Current>;
  edit: () => void;
}

/**
 * A zone's or plot's boundary history: the versions with who, when and on which decision; a date
 * slider that draws the boundary in force on that day (`asOf`); revert to an earlier version.
 */
export async function historyView(app: App, panel: HTMLElement, { kind, code, notice, load, edit }: HistoryOptions): Promise<void> {
  app.tabs.select('edit');
  panel.replaceChildren(h('h2', {}, t('history.title', { code })), h('p', { class: 'loading-inline' }, t('loading')));
  let current: Current;
  try {
    current = await load();
  } catch (error) {
    panel.replaceChildren(h('h2', {}, t('history.title', { code })), h('p', { class: 'error', role: 'alert' }, userMessage(error)));
    return;
  }
  const versions = [current, ...(current.history ?? []).filter((v) => v.version !== current.version)]
    .sort((a, b) => b.version - a.version);
  const first = Math.min(...versions.map((v) => new Date(v.validFrom).getTime()));
  const scale = sliderScale(first, Date.now());
  const sliderId = nextId('asof');
  const asOfLabel = h('output', { id: 'history-asof', for: sliderId, 'aria-live': 'polite' });
  const slider = h('input', { type: 'range', id: sliderId, min: '0', max: String(scale.steps), step: '1', value: String(scale.steps) });
  const basisId = nextId('basis');
  const basis = h('input', { id: basisId, placeholder: t('edit.legalBasisPlaceholder'), autocomplete: 'off' });
  const message = h('div', { 'aria-live': 'assertive' });
  let timer = 0;
  slider.addEventListener('input', () => {
    clearTimeout(timer);
    const at = scale.at(Number(slider.value));
    asOfLabel.textContent = scale.format(at);
    timer = window.setTimeout(() => void showAsOf(app, kind, code, at, scale.format(at), asOfLabel), 250);
  });
  const revert = async (toVersion: number) => {
    if (!basis.value.trim()) {
      message.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('edit.needLegalBasis')));
      basis.focus();
      return;
    }
    try {
      const result = await graphql<{ revertZone?: BoundaryVersion; revertPlot?: BoundaryVersion }>(kind === 'zone' ? REVERT_ZONE : REVERT_PLOT,
        { input: { code, toVersion, expectedVersion: current.version, legalBasis: basis.value.trim() } });
      const saved = (kind === 'zone' ? result.revertZone : result.revertPlot)!;
      app.restyle(true);
      await historyView(app, panel, { kind, code, load, edit, notice: t('history.reverted', { from: toVersion, version: saved.version }) });
    } catch (error) {
      message.replaceChildren(h('p', { class: 'error', role: 'alert' }, userMessage(error)));
    }
  };
  replace(panel,
    h('h2', {}, t('history.title', { code })),
    notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
    h('div', { class: 'stack' }, h('label', { for: sliderId }, t('history.slider')), slider, asOfLabel),
    h('div', { class: 'stack' }, h('label', { for: basisId }, t('history.revertBasis')), basis),
    message,
    h('ol', { class: 'timeline', id: 'history-list' }, versions.map((v) => h('li', { dataset: { version: String(v.version) } },
      h('strong', {}, t('history.version', { version: v.version })), v.version === current.version ? ` (${t('history.current')})` : '',
      h('div', { class: 'muted' }, [formatDateTime(v.validFrom), v.changedBy, v.legalBasis].filter(Boolean).join(' · ')),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', onclick: () => { setOverlay(app.map, 'history', v.geometry); fitTo(app.map, v.geometry, 18); } }, t('finder.showOnMap')),
        v.version !== current.version ? h('button', { type: 'button', dataset: { revert: String(v.version) }, onclick: () => void revert(v.version) }, t('history.revert', { version: v.version })) : null)))),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'primary', onclick: edit }, t('details.editBoundary')),
      h('button', { type: 'button', onclick: () => { setOverlay(app.map, 'history', null); app.tabs.select('details'); } }, t('close'))));
  asOfLabel.textContent = scale.format(new Date());
  fitTo(app.map, current.geometry, 18);
  if (bboxOf(current.geometry)) setOverlay(app.map, 'highlight', current.geometry);
}

async function showAsOf(app: App, kind: Kind, code: string, at: Date, when: string, label: HTMLElement): Promise<void> {
  try {
    const data = await graphql<{ zone?: BoundaryVersion | null; plot?: BoundaryVersion | null }>(kind === 'zone' ? ZONE_AS_OF : PLOT_AS_OF, { code, asOf: at.toISOString() });
    const v = kind === 'zone' ? data.zone : data.plot;
    setOverlay(app.map, 'history', v?.geometry ?? null);
    label.textContent = v ? t('history.asOf', { date: when, version: v.version }) : `${when}: ${t('none')}`;
  } catch (error) {
    label.textContent = userMessage(error);
  }
}

