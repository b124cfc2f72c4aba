import type { WorkArea } from './area';
import { t } from '../../i18n';
import { can, isStaff } from '../../api/session';
import { h } from '../../ui/dom';

export const conversionsArea: WorkArea = {
  id: 'conversions',
  label: () => t('work.conversions'),
  visible: () => can('Mutation.requestConversion') || isStaff(),
  open(_app, el) {
    el.replaceChildren(h('h2', {}, t('work.conversions')));
  },
};
