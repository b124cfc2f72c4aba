import type { ProjectSummary } from '../../../api/work/clearance';
import { t } from '../../../i18n';
import { h } from '../../../ui/dom';
import { buildBoard } from './board';

/**
 * Every clearance project, also those outside any functional zone, in one table: households, handed over,
 * and late at their step. A row opens that project's board.
 */
export function overviewTable(projects: ProjectSummary[], stuckDays: number, today: string, current: string, choose: (code: string) => void): HTMLElement {
  return h('div', { class: 'table-scroll' }, h('table', { id: 'clearance-overview', class: 'clearance-steps' },
    h('caption', {}, t('clearance.overview')),
    h('thead', {}, h('tr', {}, [t('clearance.project'), t('clearance.households'), t('clearance.handedOverShort'), t('clearance.stuck', { days: stuckDays })]
      .map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, projects.map((p) => {
      const late = buildBoard(p.parcels, stuckDays, today).stuck.length;
      return h('tr', { dataset: { project: p.code }, class: [late ? 'has-stuck' : '', p.code === current ? 'selected' : ''].filter(Boolean).join(' ') },
        h('th', { scope: 'row' },
          h('button', { type: 'button', class: 'link', 'aria-pressed': String(p.code === current), onclick: () => choose(p.code) }, p.code),
          h('small', { class: 'muted' }, h('br'), p.zone ? p.zone.name : t('clearance.noZone'))),
        h('td', { class: 'count' }, String(p.parcels.length)),
        h('td', { class: 'count' }, String(p.parcels.filter((x) => x.handedOver).length)),
        h('td', { class: 'stuck-count' }, String(late)));
    }))));
}
