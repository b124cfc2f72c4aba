import { graphql } from '../api/graphql';
import { userMessage } from '../api/errors';
import { CLEARANCE_PROJECT, CONVERSION } from '../api/queries';
import { t, tEnum, lang } from '../i18n';
import { formatArea, formatPercent } from '../format/number';
import { formatDate } from '../format/date';
import { h, facts } from '../ui/dom';
import { decisionText } from './cards';
import type { Decision } from '../api/types';

/** Cards for a clicked site-clearance project or land-use conversion: progress, steps, decisions. */

interface ClearanceProject {
  code: string; name: string; startedOn: string | null; targetHandoverOn: string | null; note: string | null;
  zone: { code: string; name: string } | null; dossier: { code: string; name: string } | null;
  progress: { parcels: number; parcelsHandedOver: number; rate: number; areaM2: number; areaHandedOverM2: number };
  steps: { step: { stepNo: number; nameVi: string; nameEn: string }; completedOn: string; decisionNumber: string | null; parcelCode: string | null }[];
}

interface Conversion {
  code: string; name: string; status: string; requiredAuthority: string | null; requestedOn: string; areaM2: number;
  from: { code: string; nameVi: string; nameEn: string }; to: { code: string; nameVi: string; nameEn: string };
  approvalRule: { instrument: string } | null; decision: Decision | null;
}

const name = (x: { nameVi: string; nameEn: string }) => (lang() === 'en' ? x.nameEn : x.nameVi);

export async function clearanceCard(code: string): Promise<HTMLElement> {
  try {
    const { clearanceProjects } = await graphql<{ clearanceProjects: { nodes: ClearanceProject[] } }>(CLEARANCE_PROJECT, { text: code });
    const p = clearanceProjects.nodes.find((n) => n.code === code);
    if (!p) return h('p', { class: 'muted' }, t('error.NOT_FOUND'));
    const projectSteps = p.steps.filter((s) => !s.parcelCode).sort((a, b) => a.step.stepNo - b.step.stepNo);
    return h('article', { class: 'card' },
      h('h3', {}, p.name),
      facts([
        [t('field.code'), p.code],
        [t('field.zone'), p.zone ? `${p.zone.name} (${p.zone.code})` : ''],
        [t('field.planDossier'), p.dossier?.name ?? ''],
        [t('field.handover'), `${formatPercent(p.progress.rate)} – ${p.progress.parcelsHandedOver}/${p.progress.parcels} · ${formatArea(p.progress.areaHandedOverM2)} / ${formatArea(p.progress.areaM2)}`],
        [t('clearance.started'), formatDate(p.startedOn)],
        [t('clearance.target'), formatDate(p.targetHandoverOn)],
      ]),
      p.note ? h('p', {}, p.note) : null,
      projectSteps.length ? h('h4', {}, t('clearance.steps')) : null,
      projectSteps.length ? h('ol', { class: 'timeline' }, projectSteps.map((s) => h('li', { value: s.step.stepNo },
        `${name(s.step)} – ${formatDate(s.completedOn)}`, s.decisionNumber ? ` (${s.decisionNumber})` : ''))) : null);
  } catch (error) {
    return h('p', { class: 'error', role: 'alert' }, userMessage(error));
  }
}

export async function conversionCard(code: string): Promise<HTMLElement> {
  try {
    const { conversions } = await graphql<{ conversions: { nodes: Conversion[] } }>(CONVERSION, { text: code });
    const c = conversions.nodes.find((n) => n.code === code);
    if (!c) return h('p', { class: 'muted' }, t('error.NOT_FOUND'));
    return h('article', { class: 'card' },
      h('h3', {}, c.name),
      facts([
        [t('field.code'), c.code],
        [t('field.from'), `${c.from.code} – ${name(c.from)}`],
        [t('field.to'), `${c.to.code} – ${name(c.to)}`],
        [t('field.area'), formatArea(c.areaM2)],
        [t('field.status'), tEnum('conversionStatus', c.status)],
        [t('conversion.authority'), tEnum('authority', c.requiredAuthority)],
        [t('conversion.rule'), c.approvalRule?.instrument ?? ''],
        [t('field.decision'), decisionText(c.decision)],
        [t('conversion.requested'), formatDate(c.requestedOn)],
      ]));
  } catch (error) {
    return h('p', { class: 'error', role: 'alert' }, userMessage(error));
  }
}
