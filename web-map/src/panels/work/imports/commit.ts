import type { ObjectKind } from '../../../app';
import { ApiError, userMessage } from '../../../api/errors';
import { commitImport, getImport, type ImportPreview } from '../../../api/work/imports';
import { formatNumber } from '../../../format/number';
import { t, type MessageKey } from '../../../i18n';
import { setOverlay } from '../../../map/overlays';
import { h, nextId } from '../../../ui/dom';
import { clearImportLayers } from './mapLayers';
import { commitBlock } from './status';
import type { Wizard } from './wizard';

const OBJECT_KIND: Partial<Record<ImportPreview['target'], ObjectKind>> = { zones: 'zone', plots: 'plot', dossiers: 'dossier' };
/** Links to the written objects, up to this many (a file of 10,000 plots is shown on the map, not listed). */
const MAX_LINKS = 20;

/**
 * Step 4: the legal basis and the commit, off while errors remain or the CRS is unconfirmed; then
 * what was written, with the map fitted to it and links to open each object.
 */
export function commitStep(w: Wizard, preview: ImportPreview, startAgain: () => void): HTMLElement {
  if (preview.status === 'committed') return resultView(w, preview, startAgain);
  const block = commitBlock(preview);
  const basisId = nextId('import-basis');
  const basis = h('input', { id: 'import-legal-basis', name: 'legalBasis', autocomplete: 'off', 'aria-describedby': `${basisId}-hint import-legal-basis-msg` }) as HTMLInputElement;
  const message = h('p', { class: 'field-message', id: 'import-legal-basis-msg', 'aria-live': 'polite' });
  const commit = h('button', { type: 'submit', class: 'primary', id: 'import-commit', disabled: !!block }, t('imports.commit'));
  const form = h('form', { class: 'import-step', id: 'import-commit-step', novalidate: true },
    h('p', { id: 'import-summary' }, t('imports.summary', {
      create: formatNumber(preview.counts.create), update: formatNumber(preview.counts.update), skip: formatNumber(preview.counts.skip),
      target: t(`imports.target.${preview.target}` as MessageKey),
    })),
    block ? h('p', { class: 'error', id: 'import-commit-block', role: 'status' }, t(block.key, { count: formatNumber(block.count ?? 0) })) : null,
    h('div', { class: 'stack' },
      h('label', { for: 'import-legal-basis' }, t('imports.legalBasis')), basis,
      h('small', { class: 'muted', id: `${basisId}-hint` }, t('imports.legalBasisHint')), message),
    h('div', { class: 'button-row' }, commit));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    message.textContent = '';
    w.say(null);
    if (!basis.value.trim()) {
      message.textContent = t('imports.need.legalBasis');
      basis.focus();
      return;
    }
    commit.disabled = true;
    try {
      const done = await commitImport(preview.id, basis.value.trim());
      await w.load(done);
      w.go('commit');
    } catch (error) {
      if (error instanceof ApiError && error.details.field === 'legalBasis') message.textContent = userMessage(error);
      else w.say(userMessage(error));
      // The refusal may come from problems found at commit time: the preview says which.
      await getImport(preview.id).then((p) => w.load(p)).catch(() => undefined);
      commit.disabled = !!commitBlock(w.preview ?? preview);
    }
  });
  return form;
}

function resultView(w: Wizard, preview: ImportPreview, startAgain: () => void): HTMLElement {
  const kind = OBJECT_KIND[preview.target];
  const written = (w.features?.features ?? []).filter((f) => f.properties.action !== 'skip');
  const codes = kind ? written.map((f) => f.properties.code).filter((c): c is string => !!c).slice(0, MAX_LINKS) : [];
  const showOnMap = () => {
    // The written objects are now in the live layers: the staged colours give way to a highlight of them.
    clearImportLayers(w.app.map);
    setOverlay(w.app.map, 'highlight', { type: 'FeatureCollection', features: written });
    w.fit();
  };
  showOnMap();
  return h('div', { class: 'import-step', id: 'import-result' },
    h('p', { class: 'notice', role: 'status', id: 'import-written' }, t('imports.written', {
      count: formatNumber(preview.written), basis: preview.legalBasis ?? '', target: t(`imports.target.${preview.target}` as MessageKey),
    })),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', id: 'import-show-result', onclick: showOnMap }, t('imports.showResult')),
      h('button', { type: 'button', id: 'import-again', class: 'primary', onclick: startAgain }, t('imports.again'))),
    codes.length ? h('ul', { class: 'import-written-list', id: 'import-written-list' }, codes.map((code) => h('li', {},
      h('button', { type: 'button', class: 'link', dataset: { code }, onclick: () => w.app.openObject(kind!, code) }, code)))) : null);
}
