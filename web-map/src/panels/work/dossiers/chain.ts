import type { DossierFull, DossierLink } from '../../../api/work/dossiers';
import { t, tEnum } from '../../../i18n';
import { formatDate } from '../../../format/date';
import { h } from '../../../ui/dom';

/** The dossiers it adjusts (oldest first, as far as the API answered), itself, then those adjusting it. */
export function chainOf(d: DossierFull): { link: DossierLink; role: 'adjusted' | 'self' | 'adjusting' }[] {
  const up: DossierLink[] = [];
  for (let a = d.adjusts; a && up.length < 5; a = a.adjusts ?? null) up.unshift(a);
  return [
    ...up.map((link) => ({ link, role: 'adjusted' as const })),
    { link: d, role: 'self' as const },
    ...d.adjustedBy.map((link) => ({ link, role: 'adjusting' as const })),
  ];
}

/** The adjustment chain as a small vertical timeline; each other dossier opens on click. */
export function adjustmentTimeline(d: DossierFull, open: (code: string) => void): HTMLElement {
  const chain = chainOf(d);
  return h('section', { class: 'dossier-chain', 'aria-labelledby': 'dossier-chain-title' },
    h('h4', { id: 'dossier-chain-title' }, t('dossiers.chain')),
    chain.length === 1 ? h('p', { class: 'muted' }, t('dossiers.chainNone')) : null,
    h('ol', { class: 'chain-timeline', id: 'dossier-chain' }, chain.map(({ link, role }) => h('li', { class: `chain-${role}`, dataset: { dossier: link.code } },
      h('span', { class: 'chain-dot', 'aria-hidden': 'true' }),
      h('div', {},
        role === 'self' ? h('strong', {}, link.code) : h('button', { type: 'button', class: 'link', onclick: () => open(link.code) }, link.code),
        h('span', { class: 'muted' }, ` · ${t(`dossiers.role.${role}`)}`),
        h('div', {}, link.name),
        h('div', { class: 'muted' }, [tEnum('kind', link.kind), tEnum('dossierStatus', link.status),
          link.decision ? [link.decision.number, link.decision.date ? formatDate(link.decision.date) : ''].filter(Boolean).join(' – ') : t('dossiers.noDecision')].join(' · ')))))));
}
