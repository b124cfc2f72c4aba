import type { WorkArea } from './area';
import { t } from '../../i18n';
import { can, hasRole } from '../../api/session';
import { h } from '../../ui/dom';

export const allocationsArea: WorkArea = {
  id: 'allocations',
  label: () => t('work.allocations'),
  visible: () => can('Mutation.allocatePlot') || hasRole('INVESTOR'),
  open(_app, el) {
    el.replaceChildren(h('h2', {}, t('work.allocations')));
  },
};
