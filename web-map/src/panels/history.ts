import type { App } from '../app';
import { graphql } from '../api/graphql';
import { userMessage } from '../api/errors';
import { ZONE_AS_OF, PLOT_AS_OF, REVERT_ZONE, REVERT_PLOT } from '../api/queries';
import { DOSSIER_AS_OF, REVERT_DOSSIER } from '../api/work/dossiers';
import type { BoundaryVersion } from '../api/types';
import { t } from '../i18n';
import { formatDateTime } from '../format/date';
import { sliderScale } from '../format/timeScale';
import { h, nextId, replace } from '../ui/dom';
import { setOverlay, fitTo, bboxOf } from '../map/overlays';
import { compareSection, type ComparableVersion, type Kind } from './historyCompare';

export type { Kind };
/** The current version and the earlier ones, each with its attributes (for the comparison). */
export interface Current extends ComparableVersion { code: string; history: ComparableVersion[] }

// Per kind: the version in force at a date, and the revert mutation with its result field.
const AS_OF: Record<Kind, string> = { zone: ZONE_AS_OF, plot: PLOT_AS_OF, dossier: DOSSIER_AS_OF };
const REVERT: Record<Kind, [string, 'revertZone' | 'revertPlot' | 'revertDossier']> = {
  zone: [REVERT_ZONE, 'revertZone'], plot: [REVERT_PLOT, 'revertPlot'], dossier: [REVERT_DOSSIER, 'revertDossier'],
};

interface HistoryOptions {
  kind: Kind;
  code: string;
  /** Shown on top, e.g. "saved as version 4". */
  notice?: string;
  load: () => Promise<Current>;
  edit: () => void;
  /** The tab to show the history in ('edit' by default); null: stay where the panel is (the work tab). */
  tab?: string | null;
  /** What "close" does; by default back to the details tab. */
  close?: () => void;
}

/**
 * A zone's, plot's or dossier's history: the versions with who, when and on which decision; a date
 * slider that draws the boundary in force on that day (`asOf`); two versions compared (both
 * boundaries, the area change, the attributes that changed); revert to an earlier version.
 */
export async function historyView(app: App, panel: HTMLElement, options: HistoryOptions): Promise<void> {
  const { kind, code, notice, load, edit } = options;
  const tab = options.tab === undefined ? 'edit' : options.tab;
  if (tab) app.tabs.select(tab);
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
      const [mutation, field] = REVERT[kind];
      const result = await graphql<Record<string, BoundaryVersion>>(mutation,
        { input: { code, toVersion, expectedVersion: current.version, legalBasis: basis.value.trim() } });
      const saved = result[field];
      app.restyle(true);
      await historyView(app, panel, { ...options, notice: t('history.reverted', { from: toVersion, version: saved.version }) });
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
    versions.length > 1 ? compareSection(app, kind, versions) : null,
    h('ol', { class: 'timeline', id: 'history-list' }, versions.map((v) => h('li', { dataset: { version: String(v.version) } },
      h('strong', {}, t('history.version', { version: v.version })), v.version === current.version ? ` (${t('history.current')})` : '',
      h('div', { class: 'muted' }, [formatDateTime(v.validFrom), v.changedBy, v.legalBasis].filter(Boolean).join(' · ')),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', onclick: () => { setOverlay(app.map, 'history', v.geometry); fitTo(app.map, v.geometry, 18); } }, t('finder.showOnMap')),
        v.version !== current.version ? h('button', { type: 'button', dataset: { revert: String(v.version) }, onclick: () => void revert(v.version) }, t('history.revert', { version: v.version })) : null)))),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'primary', onclick: edit }, t('details.editBoundary')),
      h('button', { type: 'button', id: 'history-close', onclick: () => { setOverlay(app.map, 'history', null); setOverlay(app.map, 'compare', null); (options.close ?? (() => app.tabs.select('details')))(); } }, t('close'))));
  asOfLabel.textContent = scale.format(new Date());
  fitTo(app.map, current.geometry, 18);
  if (bboxOf(current.geometry)) setOverlay(app.map, 'highlight', current.geometry);
}

async function showAsOf(app: App, kind: Kind, code: string, at: Date, when: string, label: HTMLElement): Promise<void> {
  try {
    const data = await graphql<Partial<Record<Kind, BoundaryVersion | null>>>(AS_OF[kind], { code, asOf: at.toISOString() });
    const v = data[kind];
    setOverlay(app.map, 'history', v?.geometry ?? null);
    label.textContent = v ? t('history.asOf', { date: when, version: v.version }) : `${when}: ${t('none')}`;
  } catch (error) {
    label.textContent = userMessage(error);
  }
}

