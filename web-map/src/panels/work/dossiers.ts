import type { WorkArea } from './area';
import { t } from '../../i18n';
import { can } from '../../api/session';
import { h } from '../../ui/dom';

export const dossiersArea: WorkArea = {
  id: 'dossiers',
  label: () => t('work.dossiers'),
  visible: () => can('Mutation.createDossier'),
  open(_app, el) {
    el.replaceChildren(h('h2', {}, t('work.dossiers')));
  },
};
