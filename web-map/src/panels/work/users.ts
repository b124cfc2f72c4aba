import type { WorkArea } from './area';
import { t } from '../../i18n';
import { can } from '../../api/session';
import { h } from '../../ui/dom';

export const usersArea: WorkArea = {
  id: 'users',
  label: () => t('work.users'),
  visible: () => can('Mutation.saveUser'),
  open(_app, el) {
    el.replaceChildren(h('h2', {}, t('work.users')));
  },
};
