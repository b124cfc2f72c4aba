import type { App } from '../../../app';
import { graphql } from '../../../api/graphql';
import { userMessage } from '../../../api/errors';
import { can } from '../../../api/session';
import { PUBLISH_DOSSIER, type DossierFull } from '../../../api/work/dossiers';
import { t, tEnum } from '../../../i18n';
import { formatArea } from '../../../format/number';
import { formatDateTime } from '../../../format/date';
import { h, facts } from '../../../ui/dom';
import { notify } from '../../../ui/toast';
import { decisionText } from '../../cards';
import { adjustmentTimeline } from './chain';
import { documentsSection } from './documents';

export interface ViewActions {
  back: () => void;
  edit: () => void;
  history: () => void;
  /** Another dossier of the chain. */
  open: (code: string) => void;
  reload: (notice?: string) => void;
}

/** An opened dossier in the work area: its facts, publication, adjustment chain and documents. */
export function dossierView(app: App, d: DossierFull, actions: ViewActions, notice?: string): HTMLElement {
  return h('article', { class: 'dossier-view', dataset: { dossier: d.code }, 'aria-labelledby': 'dossier-view-title' },
    h('div', { class: 'button-row' }, h('button', { type: 'button', id: 'dossier-back', onclick: actions.back }, `← ${t('dossiers.backToList')}`)),
    h('h3', { id: 'dossier-view-title' }, `${d.code} – ${d.name}`),
    notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
    facts([
      [t('field.kind'), tEnum('kind', d.kind)],
      [t('field.scale'), d.scale ?? ''],
      [t('field.status'), tEnum('dossierStatus', d.status)],
      [t('field.decision'), decisionText(d.decision) || t('dossiers.noDecision')],
      [t('field.area'), formatArea(d.areaM2)],
      [t('dossiers.publication'), d.published ? t('dossiers.published') : t('dossiers.unpublished')],
      [t('field.version'), `${d.version} · ${formatDateTime(d.validFrom)}${d.changedBy ? ` · ${d.changedBy}` : ''}`],
      [t('field.legalBasis'), d.legalBasis ?? ''],
    ]),
    d.illustrative ? h('p', { class: 'muted' }, t('details.illustrative')) : null,
    d.summary ? h('p', {}, d.summary) : null,
    h('div', { class: 'button-row' },
      can('Mutation.updateDossier') ? h('button', { type: 'button', class: 'primary', id: 'dossier-edit', onclick: actions.edit }, t('dossiers.edit')) : null,
      h('button', { type: 'button', id: 'dossier-history', onclick: actions.history }, t('dossiers.history')),
      h('button', { type: 'button', id: 'dossier-card', onclick: () => app.openObject('dossier', d.code) }, t('dossiers.openCard'))),
    can('Mutation.publishDossier') ? publishControl(d, actions.reload) : null,
    adjustmentTimeline(d, actions.open),
    documentsSection(d.code, d.documents, () => actions.reload(t('dossiers.uploadedAll'))));
}

/** Publish or withdraw, as a new version guarded by the version shown (a stale one is the API's CONFLICT). */
function publishControl(d: DossierFull, reload: (notice?: string) => void): HTMLElement {
  const message = h('p', { class: 'field-message', id: 'dossier-publish-msg', role: 'alert' });
  const publish = async () => {
    message.textContent = '';
    try {
      const { publishDossier } = await graphql<{ publishDossier: { published: boolean; version: number } }>(PUBLISH_DOSSIER,
        { code: d.code, published: !d.published, expectedVersion: d.version });
      const text = t(publishDossier.published ? 'dossiers.publishedNow' : 'dossiers.withdrawnNow', { code: d.code, version: publishDossier.version });
      notify(text);
      reload(text);
    } catch (error) {
      message.textContent = userMessage(error);
    }
  };
  return h('div', { class: 'dossier-publish stack' },
    h('p', { class: 'muted', id: 'dossier-publish-hint' }, d.published ? t('dossiers.withdrawHint') : t('dossiers.publishHint')),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', id: 'dossier-publish', 'aria-describedby': 'dossier-publish-hint dossier-publish-msg', onclick: () => void publish() },
        d.published ? t('dossiers.withdraw') : t('dossiers.publish'))),
    message);
}
