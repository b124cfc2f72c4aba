import { graphql } from '../api/graphql';
import { BOARD_CONTACT } from '../api/queries';
import type { BoardContact, Plot } from '../api/types';
import { t, tEnum } from '../i18n';
import { formatNumber } from '../format/number';
import { formatDate } from '../format/date';
import { h, facts, replace } from '../ui/dom';
import { badge } from './cards';

const READINESS_COLOURS: Record<string, string> = {
  READY: '#2e7d32', PARTIAL: '#f9a825', UNDER_CONSTRUCTION: '#ef6c00', PLANNED: '#757575',
};

/**
 * What an investor asks after what the plan allows: the indicative rent, whether roads, power and
 * water are there, the plan's documents, and whom to ask. Shown on the card of one plot.
 */
export function investorFacts(plot: Plot, documents: (plot: Plot) => HTMLElement | null): HTMLElement {
  const guide = plot.rentGuide;
  const infrastructure = plot.zone.infrastructure ?? [];
  const contact = h('section', { class: 'board-contact', 'aria-live': 'polite' });
  void boardContact().then((c) => replace(contact, ...contactBody(c))).catch(() => contact.remove());
  return h('div', { class: 'investor-facts' },
    guide ? h('section', { class: 'rent-guide' },
      h('h4', {}, t('card.rentGuide')),
      facts([
        [t('card.landPrice'), `${formatNumber(guide.landPriceVndPerM2)} đ/m²`],
        [t('card.rentRate'), `${formatNumber(guide.annualRentRatePercent, 2)} %/${t('card.year')}`],
        [t('card.annualRent'), `${formatNumber(guide.annualRentVndPerM2)} đ/m²/${t('card.year')}`],
        [t('card.annualRentPlot'), `≈ ${formatNumber(Math.round(guide.annualRentVndPerM2 * plot.areaM2 / 1e6))} ${t('card.millionDong')}/${t('card.year')}`],
      ]),
      h('p', { class: 'muted' }, t('card.rentSource', { source: guide.source, from: formatDate(guide.validFrom) }))) : null,
    infrastructure.length ? h('section', { class: 'infrastructure' },
      h('h4', {}, t('card.infrastructure')),
      h('ul', { class: 'plain' }, infrastructure.map((i) => h('li', { dataset: { kind: i.kind } },
        h('strong', {}, tEnum('infrastructure', i.kind)), ' ', badge(READINESS_COLOURS[i.status] ?? '#757575', tEnum('readiness', i.status)),
        i.note ? h('span', { class: 'muted' }, ` ${i.note}`) : null))),
      h('p', { class: 'muted' }, t('card.asOf', { date: formatDate(infrastructure.map((i) => i.asOf).sort().at(-1)) }))) : null,
    documents(plot),
    contact);
}

function contactBody(c: BoardContact): (HTMLElement | null)[] {
  return [
    h('h4', {}, t('card.contact')),
    facts([
      [t('card.contactName'), c.name],
      [t('card.address'), c.address ?? ''],
      [t('card.phone'), c.phone ? h('a', { href: `tel:${c.phone.replace(/[^\d+]/g, '')}` }, c.phone) : ''],
      [t('card.email'), c.email ? h('a', { href: `mailto:${c.email}` }, c.email) : ''],
      [t('card.hours'), c.hours ?? ''],
      [t('card.website'), c.website ? h('a', { href: c.website, rel: 'noopener' }, c.website) : ''],
    ]),
    c.illustrative ? h('p', { class: 'muted' }, t('card.contactIllustrative')) : null,
  ];
}

let contact: Promise<BoardContact> | null = null;

/** The contact point changes only with the deployment's settings: asked once per page. */
function boardContact(): Promise<BoardContact> {
  contact ??= graphql<{ boardContact: BoardContact }>(BOARD_CONTACT).then((d) => d.boardContact);
  contact.catch(() => { contact = null; });
  return contact;
}
