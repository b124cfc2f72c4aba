import type { App } from '../../app';
import type { WorkArea } from './area';
import { t, type MessageKey } from '../../i18n';
import { can } from '../../api/session';
import { graphql } from '../../api/graphql';
import { userMessage } from '../../api/errors';
import { INVESTOR_CHOICES } from '../../api/work/users';
import { ZONE_CHOICES, type AllocationRecord } from '../../api/work/allocations';
import { h, replace } from '../../ui/dom';
import { notify } from '../../ui/toast';
import { setOverlay } from '../../map/overlays';
import { allocateForm } from './allocations/allocate';
import { registerView } from './allocations/register';
import { investorsView } from './allocations/investors';
import './users.css';
import './allocations.css';

type View = 'allocate' | 'register' | 'investors';
let view: View = 'register';
let stopPicking: (() => void) | null = null;
let drawing = 0; // a second open (a sign-in change) while the first still loads its choices wins

/**
 * Investors and allocations. Planners: the investor register, allocating or leasing a plot, and the
 * register of allocations (ending one on its decision). An investor: its own allocations and terms,
 * read-only (the API returns only its rows and lets it read only its own terms).
 */
export const allocationsArea: WorkArea = {
  open(app, el) {
    void draw(app, el);
  },
  close(app) {
    leave(app);
  },
};

function leave(app: App): void {
  stopPicking?.();
  stopPicking = null;
  setOverlay(app.map, 'conflict', null);
  setOverlay(app.map, 'highlight', null);
}

async function draw(app: App, el: HTMLElement): Promise<void> {
  leave(app);
  const mine = ++drawing;
  const planner = can('Mutation.allocatePlot');
  const body = h('div', { class: 'allocations-body' });
  const nav = h('div', { class: 'button-row allocations-nav', role: 'group', 'aria-label': t('work.allocations') });
  replace(el, h('h2', {}, t('work.allocations')), planner ? nav : null, body);
  body.replaceChildren(h('p', { class: 'loading-inline' }, t('loading')));

  let investors: { code: string; name: string }[] = [];
  let zones: { code: string; name: string }[] = [];
  const loadChoices = async () => {
    try {
      const data = await graphql<{ investors: { code: string; name: string }[] }>(INVESTOR_CHOICES);
      investors = data.investors;
      if (planner) zones = (await graphql<{ zones: { nodes: { code: string; name: string }[] } }>(ZONE_CHOICES)).zones.nodes;
    } catch (error) {
      notify(userMessage(error), 'error');
    }
  };
  await loadChoices();
  if (mine !== drawing) return;
  if (!planner) return void registerView(app, body, { investors, zones, ownOnly: true });

  const show = (next: View) => {
    leave(app);
    view = next;
    nav.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
    if (view === 'allocate') {
      const form = allocateForm(app, { investors, saved: (a) => allocated(a) });
      stopPicking = form.stop;
      body.replaceChildren(form.element);
    } else if (view === 'investors') {
      investorsView(body, () => void loadChoices());
    } else {
      registerView(app, body, { investors, zones, ownOnly: false });
    }
  };
  // After a save, the register opens with the new allocation on top of its notice.
  const allocated = (a: AllocationRecord) => {
    app.restyle(true);
    show('register');
    const result = body.querySelector('#allocation-result');
    result?.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('allocations.allocated', { code: a.code, plot: a.plot.code, investor: `${a.investor.code} – ${a.investor.name}` })));
  };
  nav.replaceChildren(...(['allocate', 'register', 'investors'] as const).map((v) =>
    h('button', { type: 'button', dataset: { view: v }, 'aria-pressed': 'false', onclick: () => show(v) }, t(`allocations.view.${v}` as MessageKey))));
  show(view);
}
