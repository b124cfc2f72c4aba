import { graphql } from '../api/graphql';
import { ApiError, userMessage } from '../api/errors';
import { COMMENT_ON_VIOLATION, UPDATE_VIOLATION_STATUS } from '../api/queries';
import type { Photo, Violation, ViolationEvent } from '../api/types';
import { can, token } from '../api/session';
import { t, tEnum, type MessageKey } from '../i18n';
import { formatDateTime } from '../format/date';
import { MAX_PHOTO_BYTES, PHOTO_TYPES, photoInput } from '../format/files';
import { h, nextId } from '../ui/dom';
import { notify } from '../ui/toast';

// The steps the API allows from each status (ViolationWorkflow.Next); the server decides, this only offers.
const NEXT_STATUS: Record<string, string[]> = {
  OPEN: ['VERIFIED', 'DISMISSED'],
  VERIFIED: ['NOTICE_ISSUED', 'DISMISSED'],
  NOTICE_ISSUED: ['RESOLVED', 'ESCALATED'],
  ESCALATED: ['RESOLVED'],
};

/**
 * A violation's follow-up: every step and comment with who and when (planners follow them all), and
 * for inspectors the next steps with a note, the notice number and more photos. A refusal is shown
 * next to the field it is about, and what was typed is kept.
 */
// The cases the user has opened stay open when the list is drawn again (after a step, a filter change).
const openCases = new Set<string>();

export function caseFollowUp(v: Violation, reload: () => void): HTMLElement {
  const events = v.events ?? [];
  const timeline = h('ol', { class: 'case-events' },
    h('li', {}, t('violation.reportedStep', { when: formatDateTime(v.reportedAt), who: v.reportedBy ?? '?' })),
    events.map(eventItem));
  const details = h('details', {
    class: 'case', dataset: { violationCase: v.code }, open: openCases.has(v.code),
    ontoggle: () => (details.open ? openCases.add(v.code) : openCases.delete(v.code)),
  },
    h('summary', {}, t('violation.followUp', { count: events.length })), timeline,
    can('Mutation.updateViolationStatus') || can('Mutation.commentOnViolation') ? actions(v, reload) : null);
  return details;
}

function eventItem(e: ViolationEvent): HTMLElement {
  const what = e.toStatus
    ? `${tEnum('violationStatus', e.fromStatus)} → ${tEnum('violationStatus', e.toStatus)}`
    : t('violation.comment');
  return h('li', { dataset: { to: e.toStatus ?? 'COMMENT' } },
    h('span', { class: 'muted' }, `${formatDateTime(e.at)} · ${e.byName}: `), h('strong', {}, what),
    e.noticeNumber ? ` (${t('violation.noticeNumber')} ${e.noticeNumber})` : '',
    e.note ? h('div', {}, e.note) : null,
    e.photos.length ? photoButton(e.photos) : null);
}

function actions(v: Violation, reload: () => void): HTMLElement {
  const ids = { note: nextId('vnote'), notice: nextId('vnotice'), photos: nextId('vphotos') };
  const next = can('Mutation.updateViolationStatus') ? NEXT_STATUS[v.status] ?? [] : [];
  const note = h('textarea', { id: ids.note, name: 'note', rows: 2 }) as HTMLTextAreaElement;
  const notice = h('input', { id: ids.notice, name: 'noticeNumber', type: 'text', 'aria-describedby': `${ids.notice}-hint` }) as HTMLInputElement;
  const photos = h('input', { id: ids.photos, name: 'photos', type: 'file', accept: PHOTO_TYPES.join(','), multiple: true, capture: 'environment' }) as HTMLInputElement;
  const messages = {
    note: h('p', { class: 'field-message', role: 'alert' }),
    noticeNumber: h('p', { class: 'field-message', role: 'alert' }),
    general: h('p', { class: 'field-message', role: 'alert' }),
  };

  const send = async (status: string | null) => {
    Object.values(messages).forEach((m) => { m.textContent = ''; });
    const files = [...(photos.files ?? [])].filter((f) => f.size > 0);
    const tooBig = files.find((f) => f.size > MAX_PHOTO_BYTES);
    if (tooBig) return void (messages.general.textContent = t('violation.photoTooBig', { name: tooBig.name }));
    try {
      const input = { code: v.code, note: note.value.trim() || null, photos: await Promise.all(files.map(photoInput)) };
      if (status) {
        await graphql(UPDATE_VIOLATION_STATUS, { input: { ...input, status, noticeNumber: notice.value.trim() || null } });
        notify(t('violation.moved', { code: v.code, status: tEnum('violationStatus', status) }));
      } else {
        await graphql(COMMENT_ON_VIOLATION, { input });
        notify(t('violation.commented', { code: v.code }));
      }
      reload();
    } catch (error) {
      // The API names the field it refuses (details.field): the message goes next to it.
      const field = error instanceof ApiError ? String(error.details.field ?? '') : '';
      (field === 'noticeNumber' ? messages.noticeNumber : field === 'note' ? messages.note : messages.general).textContent = userMessage(error);
    }
  };

  return h('div', { class: 'status-actions stack', dataset: { violationActions: v.code } },
    h('label', { for: ids.note }, t('violation.stepNote')), note, messages.note,
    next.includes('NOTICE_ISSUED') ? [
      h('label', { for: ids.notice }, t('violation.noticeNumber')), notice,
      h('small', { id: `${ids.notice}-hint`, class: 'muted' }, t('violation.noticeHint')), messages.noticeNumber] : null,
    h('label', { for: ids.photos }, t('violation.stepPhotos')), photos,
    h('div', { class: 'button-row' },
      next.map((status) => h('button', { type: 'button', dataset: { status }, onclick: () => void send(status) }, t(`violation.next.${status}` as MessageKey))),
      can('Mutation.commentOnViolation') ? h('button', { type: 'button', dataset: { status: 'COMMENT' }, onclick: () => void send(null) }, t('violation.comment')) : null),
    messages.general);
}

/** Photos need the Authorization header, so they are fetched on demand and shown from blobs. */
export function photoButton(photos: Photo[]): HTMLElement {
  const gallery = h('div', { class: 'photos' });
  const button = h('button', {
    type: 'button', class: 'link',
    onclick: async () => {
      button.remove();
      const bearer = token();
      for (const photo of photos) {
        try {
          const response = await fetch(photo.url, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
          if (!response.ok) throw new Error(String(response.status));
          gallery.append(h('img', { src: URL.createObjectURL(await response.blob()), alt: photo.fileName, loading: 'lazy' }));
        } catch {
          gallery.append(h('span', { class: 'error' }, `${photo.fileName}: ${t('error.network')}`));
        }
      }
    },
  }, t('violation.showPhotos', { count: photos.length }));
  return h('div', {}, button, gallery);
}
