import type { WorkArea } from './area';
import { t } from '../../i18n';
import { can, isStaff } from '../../api/session';
import { h } from '../../ui/dom';

export const clearanceArea: WorkArea = {
  id: 'clearance',
  label: () => t('work.clearance'),
  visible: () => can('Mutation.recordClearanceStep') || isStaff(),
  open(_app, el) {
    el.replaceChildren(h('h2', {}, t('work.clearance')));
  },
};
