import type { App } from '../../app';
import type { WorkArea } from './area';
import { t } from '../../i18n';
import { can } from '../../api/session';
import { graphql } from '../../api/graphql';
import { userMessage } from '../../api/errors';
import { CONVERSION_OPTIONS, type LandUseOption } from '../../api/work/conversions';
import { h } from '../../ui/dom';
import { setOverlay } from '../../map/overlays';
import { requestForm } from './conversions/form';
import { conversionList } from './conversions/list';
import './conversions.css';

/**
 * Converting rice or forest land (chuyển mục đích sử dụng đất lúa, đất rừng): the request with the area drawn
 * on the map and what it needs approved by whom, the decisions, and the list by status and authority.
 */
let stopForm: (() => void) | null = null;
let opened = 0;

export const conversionsArea: WorkArea = {
  open(app, el) {
    const mine = ++opened;
    stopForm?.();
    stopForm = null;
    const formSlot = h('div', { id: 'conversion-form-slot' });
    const list = conversionList(app);
    el.replaceChildren(h('h2', {}, t('work.conversions')), formSlot, list.el);
    void list.reload();
    if (can('Mutation.requestConversion')) void loadForm(app, formSlot, list.reload, mine);
  },
  close(app) {
    opened++;
    stopForm?.();
    stopForm = null;
    setOverlay(app.map, 'highlight', null);
  },
};

async function loadForm(app: App, slot: HTMLElement, reloadList: () => Promise<void>, mine: number): Promise<void> {
  slot.replaceChildren(h('p', { class: 'loading-inline' }, t('loading')));
  try {
    const options = await graphql<{ landUseCodes: LandUseOption[]; zones: { nodes: { code: string; name: string }[] }; clearanceProjects: { nodes: { code: string; name: string }[] } }>(CONVERSION_OPTIONS);
    if (mine !== opened) return;
    const draw = () => {
      stopForm?.();
      const { form, stop } = requestForm(app, {
        landUses: options.landUseCodes,
        zones: options.zones.nodes,
        projects: options.clearanceProjects.nodes,
      }, () => {
        void reloadList();
        app.restyle(true); // the conversions tile layer shows the new request
        const notice = slot.querySelector('#conversion-form [role=status]');
        draw();
        if (notice) slot.querySelector('#conversion-form')?.append(notice);
      });
      stopForm = stop;
      slot.replaceChildren(form);
    };
    draw();
  } catch (error) {
    if (mine === opened) slot.replaceChildren(h('p', { class: 'error', role: 'alert' }, userMessage(error)));
  }
}
