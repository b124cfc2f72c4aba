import { graphql } from '../../../api/graphql';
import { userMessage } from '../../../api/errors';
import { can } from '../../../api/session';
import { ADD_DOSSIER_DOCUMENT, DOCUMENT_KINDS, type DossierDocument } from '../../../api/work/dossiers';
import { t, tEnum } from '../../../i18n';
import { documentInput } from '../../../format/files';
import { formatDateTime } from '../../../format/date';
import { formatNumber } from '../../../format/number';
import { h, nextId } from '../../../ui/dom';
import { download } from '../../cards';

/** AddDocumentInput.contentBase64: at most 20 MB (said before reading a larger file; the API checks it too). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_ACCEPT = '.pdf,application/pdf,image/jpeg,image/png,image/tiff,image/webp,.dwg,.dxf';

/** Browsers give DWG/DXF files no type; the API wants a media type. */
/** The title a file gets when none is typed: its name without the extension. */
export function titleOf(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || fileName;
}

/**
 * The versions of each document, newest first (the newest is the one to use): the API numbers an
 * upload with the title of an earlier one (any case) as its next version; grouped here the same way.
 */
export function documentVersions(docs: DossierDocument[]): { title: string; versions: DossierDocument[] }[] {
  const groups = new Map<string, DossierDocument[]>();
  for (const d of docs) {
    const key = d.title.trim().toLocaleLowerCase('vi');
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()]
    .map((versions) => versions.sort((a, b) => (b.version ?? 0) - (a.version ?? 0) || b.uploadedAt.localeCompare(a.uploadedAt)))
    .map((versions) => ({ title: versions[0].title, versions }))
    .sort((a, b) => b.versions[0].uploadedAt.localeCompare(a.versions[0].uploadedAt));
}

/** A dossier's documents (download) and, for planners, the upload of several files at once. */
export function documentsSection(dossierCode: string, docs: DossierDocument[], reload: () => void): HTMLElement {
  const groups = documentVersions(docs);
  return h('section', { class: 'dossier-documents', 'aria-labelledby': 'dossier-docs-title' },
    h('h4', { id: 'dossier-docs-title' }, t('details.documents')),
    groups.length
      ? h('ul', { class: 'documents', id: 'dossier-documents' }, groups.map(documentItem))
      : h('p', { class: 'muted' }, t('details.noDocuments')),
    can('Mutation.addDossierDocument') ? uploadForm(dossierCode, reload) : null);
}

function documentItem({ title, versions }: { title: string; versions: DossierDocument[] }): HTMLElement {
  const line = (d: DossierDocument, i: number) => h('li', { dataset: { document: d.id } },
    h('button', { type: 'button', class: 'link', onclick: () => void download(d) }, i === 0 ? d.fileName : t('dossiers.docVersion', { n: d.version ?? versions.length - i, file: d.fileName })),
    h('span', { class: 'muted' }, ` · ${formatNumber(d.sizeBytes / 1024, 0)} KB · ${formatDateTime(d.uploadedAt)}${d.uploadedBy ? ` · ${d.uploadedBy}` : ''}${d.published ? '' : ` · ${t('dossiers.unpublished')}`}`));
  return h('li', { class: 'document-group', dataset: { title } },
    h('strong', {}, title), ' ', h('span', { class: 'muted' }, tEnum('docKind', versions[0].kind)),
    versions.length > 1 ? h('span', { class: 'muted' }, ` · ${t('dossiers.docVersions', { count: versions.length })}`) : null,
    h('ol', { class: 'document-versions' }, versions.map(line)));
}

function uploadForm(dossierCode: string, reload: () => void): HTMLElement {
  const ids = { files: nextId('doc-files'), kind: nextId('doc-kind'), title: nextId('doc-title'), published: nextId('doc-pub') };
  const progress = h('ul', { class: 'upload-progress', id: 'dossier-upload-progress', 'aria-live': 'polite' });
  const fileMessage = h('p', { class: 'field-message', id: `${ids.files}-msg`, role: 'alert', dataset: { field: 'contentBase64' } });
  const form = h('form', { class: 'stack dossier-upload', id: 'dossier-upload', 'aria-label': t('dossiers.upload') },
    h('h4', {}, t('dossiers.upload')),
    h('label', { for: ids.files }, t('dossiers.files')),
    h('input', { id: ids.files, name: 'files', type: 'file', multiple: true, accept: DOCUMENT_ACCEPT, 'aria-describedby': `${ids.files}-hint ${ids.files}-msg` }),
    h('small', { id: `${ids.files}-hint`, class: 'muted' }, t('dossiers.filesHint')),
    fileMessage,
    h('div', { class: 'field-pair' },
      h('div', { class: 'field' }, h('label', { for: ids.kind }, t('dossiers.docKind')),
        h('select', { id: ids.kind, name: 'kind' }, DOCUMENT_KINDS.map((k) => h('option', { value: k }, tEnum('docKind', k))))),
      h('div', { class: 'field' }, h('label', { for: ids.title }, t('dossiers.docTitle')),
        h('input', { id: ids.title, name: 'title', autocomplete: 'off', placeholder: t('dossiers.docTitlePlaceholder') }))),
    h('div', { class: 'layer-row' }, h('input', { id: ids.published, name: 'published', type: 'checkbox' }), h('label', { for: ids.published }, t('dossiers.docPublished'))),
    h('button', { type: 'submit', class: 'primary', id: 'dossier-upload-submit' }, t('dossiers.uploadSubmit')),
    progress);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    fileMessage.textContent = '';
    const data = new FormData(form);
    const files = (data.getAll('files') as File[]).filter((f) => f.size > 0);
    if (!files.length) return void (fileMessage.textContent = t('dossiers.needFiles'));
    const tooBig = files.find((f) => f.size > MAX_DOCUMENT_BYTES);
    if (tooBig) return void (fileMessage.textContent = t('dossiers.fileTooBig', { name: tooBig.name }));
    const typedTitle = String(data.get('title') ?? '').trim();
    let stored = 0;
    progress.replaceChildren();
    // One file at a time: each is its own document (and its own refusal, shown on its line).
    for (const file of files) {
      const line = h('li', { dataset: { file: file.name } }, `${file.name}: ${t('loading')}`);
      progress.append(line);
      try {
        await graphql(ADD_DOSSIER_DOCUMENT, { input: {
          dossierCode, title: typedTitle || titleOf(file.name), kind: String(data.get('kind')),
          ...(await documentInput(file)), published: data.get('published') === 'on',
        } });
        stored++;
        line.textContent = `${file.name}: ${t('dossiers.uploaded')}`;
        line.className = 'notice';
      } catch (error) {
        line.textContent = `${file.name}: ${userMessage(error)}`;
        line.className = 'error';
      }
    }
    if (stored === files.length) reload();
    else if (stored) progress.append(h('li', {}, h('button', { type: 'button', class: 'link', onclick: reload }, t('dossiers.refresh'))));
  });
  return form;
}
