import type { Plot, Zone, DossierSummary, Dossier, VersionInfo, Document, Decision } from '../api/types';
import { t, tEnum, lang } from '../i18n';
import { formatArea, formatNumber } from '../format/number';
import { formatDate, formatDateTime } from '../format/date';
import { h, facts } from '../ui/dom';
import { AVAILABILITY_COLOURS, safeColour, textColourOn } from '../layers/colours';
import { token } from '../api/session';
import { investorFacts } from './investorFacts';
import { boundaryTableButtons } from './exportMenu';

/** Renders of the planning objects, shared by the details panel, the finder and search. */

export function decisionText(d: Decision | null | undefined): string {
  if (!d) return '';
  return [d.number, d.date ? formatDate(d.date) : '', d.approvingBody ?? ''].filter(Boolean).join(' – ');
}

export function availabilityBadge(value: string): HTMLElement {
  return badge(AVAILABILITY_COLOURS[value] ?? '#757575', tEnum('availability', value));
}

/** A coloured status label whose text stays legible on its colour. */
export function badge(colour: string, text: string): HTMLElement {
  return h('span', { class: 'badge', style: `--badge: ${colour}; color: ${textColourOn(colour)}` }, text);
}

export function plotCard(plot: Plot, onDossier?: (code: string) => void): HTMLElement {
  const landUseName = lang() === 'en' ? plot.landUse?.nameEn : plot.landUse?.nameVi;
  const ind = plot.indicators;
  return h('article', { class: 'card plot-card', dataset: { plot: plot.code }, 'aria-label': `${t('details.plotCard')} ${plot.code}` },
    h('h3', {}, `${t('details.plotCard')} ${plot.code}`),
    facts([
      [t('field.zone'), `${plot.zone?.name} (${plot.zone?.code})`],
      [t('field.landUse'), h('span', {}, h('span', { class: 'swatch swatch-fill', style: `--swatch: ${safeColour(plot.landUse?.colour)}`, 'aria-hidden': 'true' }), `${plot.landUse?.code} – ${landUseName}`)],
      [t('field.area'), formatArea(plot.areaM2)],
      [t('field.availability'), availabilityBadge(plot.availability)],
      [t('field.density'), ind?.maxBuildingDensity != null ? `${formatNumber(ind?.maxBuildingDensity, 0)} %` : t('none')],
      [t('field.floors'), ind?.maxFloors != null ? formatNumber(ind?.maxFloors) : t('none')],
      [t('field.far'), ind?.far != null ? formatNumber(ind?.far, 1) : t('none')],
      [t('field.setback'), ind?.minSetbackM != null ? `${formatNumber(ind.minSetbackM, 1)} m` : t('none')],
      [t('field.height'), ind?.maxHeightM != null ? `${formatNumber(ind.maxHeightM, 1)} m` : t('none')],
      [t('field.dossier'), plot.dossier
        ? h('span', {}, onDossier ? h('button', { type: 'button', class: 'link', onclick: () => onDossier(plot.dossier!.code) }, plot.dossier.name) : plot.dossier.name,
          plot.dossier.decision ? ` (${decisionText(plot.dossier.decision)})` : '')
        : t('none')],
      [t('field.version'), String(plot.version)],
    ]),
    boundaryTableButtons('plot', plot.code),
    // Only the card of one plot carries these (not the finder's list rows).
    plot.rentGuide !== undefined ? investorFacts(plot, plotDocuments) : null);
}

/** The documents of the plan that sets the plot's indicators (the published ones, for the public). */
function plotDocuments(plot: Plot): HTMLElement | null {
  const documents = plot.dossier?.documents;
  if (!plot.dossier || !documents) return null;
  return h('section', { class: 'plot-documents' },
    h('h4', {}, t('card.documents', { dossier: plot.dossier.name })),
    documents.length ? h('ul', { class: 'documents' }, documents.map(documentItem)) : h('p', { class: 'muted' }, t('details.noDocuments')));
}

export function zoneCard(zone: Zone, onDossier?: (code: string) => void): HTMLElement {
  return h('article', { class: 'card zone-card', dataset: { zone: zone.code } },
    h('h3', {}, `${zone.name}`),
    facts([
      [t('field.code'), zone.code],
      [t('field.kind'), tEnum('zoneKind', zone.kind)],
      [t('field.area'), formatArea(zone.areaM2)],
      [t('field.zoneDossier'), zone.dossier
        ? h('span', {}, onDossier ? h('button', { type: 'button', class: 'link', onclick: () => onDossier(zone.dossier!.code) }, zone.dossier.name) : zone.dossier.name,
          zone.dossier.decision ? ` (${decisionText(zone.dossier.decision)})` : '')
        : null],
      [t('field.version'), String(zone.version)],
      [t('field.legalBasis'), zone.legalBasis ?? ''],
    ]),
    zone.description ? h('p', {}, zone.description) : null,
    boundaryTableButtons('zone', zone.code));
}

export function dossierItem(d: DossierSummary, onOpen?: (code: string) => void): HTMLElement {
  return h('li', { class: 'dossier-item' },
    onOpen ? h('button', { type: 'button', class: 'link', onclick: () => onOpen(d.code) }, d.name) : h('strong', {}, d.name),
    h('div', { class: 'muted' }, [tEnum('kind', d.kind), d.scale, tEnum('dossierStatus', d.status)].filter(Boolean).join(' · ')),
    d.decision ? h('div', {}, `${t('field.decision')}: ${decisionText(d.decision)}`) : null,
    d.illustrative ? h('div', { class: 'muted' }, t('details.illustrative')) : null);
}

export function dossierCard(d: Dossier, onDossier?: (code: string) => void): HTMLElement {
  const link = (x: { code: string; name: string; decision: Decision | null }) => h('span', {},
    onDossier ? h('button', { type: 'button', class: 'link', onclick: () => onDossier(x.code) }, x.name) : x.name,
    x.decision ? ` (${decisionText(x.decision)})` : '');
  return h('article', { class: 'card dossier-card' },
    h('h3', {}, d.name),
    facts([
      [t('field.code'), d.code],
      [t('field.kind'), tEnum('kind', d.kind)],
      [t('field.scale'), d.scale ?? ''],
      [t('field.status'), tEnum('dossierStatus', d.status)],
      [t('field.decision'), decisionText(d.decision)],
      [t('field.area'), formatArea(d.areaM2)],
      [t('details.adjusts'), d.adjusts ? link(d.adjusts) : null],
      [t('details.adjustedBy'), d.adjustedBy?.length ? h('span', { class: 'stack' }, d.adjustedBy.map(link)) : null],
    ]),
    d.illustrative ? h('p', { class: 'muted' }, t('details.illustrative')) : null,
    d.summary ? h('p', {}, d.summary) : null,
    boundaryTableButtons('dossier', d.code),
    h('h4', {}, t('details.documents')),
    (d.documents ?? []).length ? h('ul', { class: 'documents' }, (d.documents ?? []).map(documentItem)) : h('p', { class: 'muted' }, t('details.noDocuments')),
    historyList(d.history ?? [], d));
}

function documentItem(doc: Document): HTMLElement {
  return h('li', {},
    h('button', { type: 'button', class: 'link', onclick: () => void download(doc) }, doc.title),
    h('span', { class: 'muted' }, ` · ${tEnum('docKind', doc.kind)} · ${formatNumber(doc.sizeBytes / 1024, 0)} KB · ${formatDate(doc.uploadedAt)}`));
}

/** Documents need the Authorization header, so they are fetched and handed over as a blob. */
export async function download(doc: Pick<Document, 'url' | 'fileName'>): Promise<void> {
  const bearer = token();
  const response = await fetch(doc.url, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const a = h('a', { href: url, download: doc.fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Current version first, then the earlier ones (the API lists them newest first). */
export function historyList(history: VersionInfo[], current: VersionInfo): HTMLElement {
  const versions = [current, ...(history ?? []).filter((v) => v.version !== current.version)];
  return h('section', { class: 'history' },
    h('h4', {}, t('details.history')),
    versions.length <= 1 && history.length === 0 ? h('p', { class: 'muted' }, t('details.noHistory')) : null,
    h('ol', { class: 'timeline' }, versions.map((v) => h('li', {},
      h('strong', {}, t('history.version', { version: v.version })), v === current ? ` (${t('history.current')})` : '',
      h('div', { class: 'muted' }, [formatDateTime(v.validFrom), v.changedBy, v.legalBasis].filter(Boolean).join(' · '))))));
}

