import { userMessage } from '../../../api/errors';
import { discardImport, IMPORT_FILE_TYPES, IMPORT_TARGETS, uploadImport, type ImportTarget, type Upload } from '../../../api/work/imports';
import { formatNumber } from '../../../format/number';
import { t, type MessageKey } from '../../../i18n';
import { h } from '../../../ui/dom';
import type { Wizard } from './wizard';

let lastTarget: ImportTarget = 'plots';

export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / 1024 / 1024, 1)} MB` : `${formatNumber(Math.max(1, bytes / 1024), 0)} KB`;
}

/**
 * Step 1: what the file is for, the file (chosen or dropped), and the upload with its progress and a
 * cancel button. A new upload discards the import still open (staging holds one file at a time here).
 */
export function uploadStep(w: Wizard): HTMLElement {
  let chosen: File | null = null;
  let upload: Upload | null = null;

  const target = h('select', { id: 'import-target', name: 'target', onchange: () => { lastTarget = target.value as ImportTarget; } },
    IMPORT_TARGETS.map((name) => h('option', { value: name, selected: name === lastTarget }, t(`imports.target.${name}` as MessageKey)))) as HTMLSelectElement;
  const input = h('input', { type: 'file', id: 'import-file', name: 'file', accept: IMPORT_FILE_TYPES, class: 'visually-hidden',
    onchange: () => choose(input.files?.[0] ?? null) }) as HTMLInputElement;
  const chosenText = h('span', { id: 'import-file-name', class: 'muted' }, t('imports.noFile'));
  const drop = h('label', { for: 'import-file', class: 'import-drop', id: 'import-drop' },
    h('strong', {}, t('imports.chooseFile')), h('span', {}, t('imports.dropHint')), chosenText);
  const send = h('button', { type: 'button', class: 'primary', id: 'import-upload', disabled: true, onclick: () => void start() }, t('imports.upload'));
  const progress = h('progress', { id: 'import-progress', max: 100, value: 0 }) as HTMLProgressElement;
  const progressText = h('span', { id: 'import-progress-text', 'aria-live': 'polite' });
  const cancel = h('button', { type: 'button', id: 'import-cancel', onclick: () => upload?.abort() }, t('imports.cancelUpload'));
  const progressRow = h('div', { class: 'import-progress', hidden: true }, progress, progressText, cancel);

  const choose = (file: File | null) => {
    chosen = file;
    chosenText.textContent = file ? `${file.name} (${fileSize(file.size)})` : t('imports.noFile');
    send.disabled = !file;
  };
  // Dropping a file on the box is the same as choosing it.
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('dragging'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragging');
    choose(e.dataTransfer?.files?.[0] ?? null);
  });

  const busy = (on: boolean) => {
    progressRow.hidden = !on;
    send.disabled = on || !chosen;
    target.disabled = on;
    input.disabled = on;
  };

  async function start(): Promise<void> {
    if (!chosen) return;
    w.say(null);
    if (w.preview?.status === 'staged') await discardImport(w.preview.id).catch(() => undefined);
    busy(true);
    progress.value = 0;
    progressText.textContent = t('imports.sending', { percent: 0 });
    upload = uploadImport(chosen, target.value as ImportTarget, (sent, total) => {
      const percent = total ? Math.round((sent / total) * 100) : 0;
      progress.value = percent;
      // Once every byte is sent the server reads and checks the file: an indeterminate bar says it is still working.
      if (sent >= total) {
        progress.removeAttribute('value');
        progressText.textContent = t('imports.checking');
      } else progressText.textContent = t('imports.sending', { percent });
    }, (server) => {
      // The server's own steps, once it has the file: reading it with GDAL, then each check.
      if (server.stage === 'reading') progressText.textContent = server.features
        ? t('imports.readingCount', { count: formatNumber(server.features) }) : t('imports.reading');
      else if (server.stage === 'checking' && server.steps > 0) {
        progress.max = server.steps;
        progress.value = server.step;
        progressText.textContent = t('imports.checkingStep', { step: server.step, steps: server.steps });
      }
    });
    progress.max = 100;
    try {
      const preview = await upload.done;
      await w.load(preview);
      w.go('check');
    } catch (error) {
      busy(false);
      if ((error as Error).name === 'AbortError') w.say(t('imports.cancelled'), 'notice');
      else w.say(userMessage(error));
    } finally {
      upload = null;
    }
  }

  return h('div', { class: 'import-step', id: 'import-upload-step' },
    h('div', { class: 'stack' }, h('label', { for: 'import-target' }, t('imports.target')), target),
    h('p', { class: 'muted' }, t('imports.formats')),
    input, drop,
    h('div', { class: 'button-row' }, send),
    progressRow);
}
