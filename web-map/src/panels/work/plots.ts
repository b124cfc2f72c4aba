import type { WorkArea } from './area';
import { t } from '../../i18n';
import { can } from '../../api/session';
import { h } from '../../ui/dom';

export const plotsArea: WorkArea = {
  id: 'plots',
  label: () => t('work.plots'),
  visible: () => can('Mutation.createPlot'),
  open(_app, el) {
    el.replaceChildren(h('h2', {}, t('work.plots')));
  },
};
