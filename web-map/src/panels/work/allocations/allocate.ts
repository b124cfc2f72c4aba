import type { MapMouseEvent } from 'maplibre-gl';
import type { App } from '../../../app';
import { graphql } from '../../../api/graphql';
import { ApiError, userMessage } from '../../../api/errors';
import { ALLOCATE_PLOT, FORMS, PLOT_ALLOCATIONS, PLOT_AT, type AllocationRecord, type PlotAllocations } from '../../../api/work/allocations';
import { t, tEnum, lang } from '../../../i18n';
import { formatDate } from '../../../format/date';
import { h, replace } from '../../../ui/dom';
import { setOverlay, fitTo } from '../../../map/overlays';
import { availabilityBadge } from '../../cards';
import { clearMessages, field, fieldError, showRefusal, textInput, type Field } from '../users/fields';
import { endDateOf, formatVnd, overlapping, parseVnd, todayInVietnam } from './terms';

export interface AllocateContext {
  investors: { code: string; name: string }[];
  saved: (allocation: AllocationRecord) => void;
}

/** Where a refusal of allocatePlot belongs when details.field does not say: the plot, or the investor. */
function allocationErrorField(e: ApiError, investorCode: string): string | null {
  if (e.code === 'NOT_FOUND') return e.details.code === investorCode ? 'investor' : 'plot';
  if (e.details.plot || e.code === 'TOPOLOGY' || e.code === 'INVALID_TRANSITION') return 'plot';
  return null;
}

/**
 * Allocate or lease a plot (picked on the map or typed) to an investor for a term, on a decision,
 * with its terms. A period the plot is not free in is refused by the API (TOPOLOGY): the form then
 * draws the plot with the allocation that holds it and names it next to the plot; the values stay.
 */
export function allocateForm(app: App, ctx: AllocateContext): { element: HTMLElement; stop: () => void } {
  const plotInput = textInput({ id: 'allocation-plot', required: true, autocapitalize: 'characters', spellcheck: false });
  const plot = field('plot', t('allocations.plot'), plotInput, t('allocations.plotHint'));
  const plotInfo = h('div', { id: 'allocation-plot-info', class: 'muted', 'aria-live': 'polite' });
  const pick = h('button', { type: 'button', id: 'allocation-pick' }, t('allocations.pickOnMap'));
  const investorSelect = h('select', { id: 'allocation-investor', required: true },
    h('option', { value: '' }, t('allocations.chooseInvestor')),
    ctx.investors.map((i) => h('option', { value: i.code }, `${i.code} – ${i.name}`)));
  const investor = field('investor', t('allocations.investor'), investorSelect);
  const formSelect = h('select', { id: 'allocation-form-kind' }, FORMS.map((f) => h('option', { value: f }, tEnum('allocations.form', f))));
  const kind = field('form', t('allocations.formField'), formSelect);
  const start = field('startDate', t('allocations.startDate'), h('input', { type: 'date', id: 'allocation-start', required: true, value: todayInVietnam() }));
  const term = field('termYears', t('allocations.termYears'), h('input', { type: 'number', id: 'allocation-term', min: 1, max: 99, step: 1, inputMode: 'numeric' }), t('allocations.termHint'));
  const endOut = h('output', { id: 'allocation-end', for: `${start.control.id} ${term.control.id}`, 'aria-live': 'polite' });
  const statusSelect = h('select', { id: 'allocation-status' }, ['ACTIVE', 'PENDING'].map((s) => h('option', { value: s }, tEnum('allocations.status', s))));
  const status = field('status', t('allocations.statusField'), statusSelect);
  const decision = field('decisionNumber', t('allocations.decisionNumber'), textInput({ id: 'allocation-decision', placeholder: '123/QĐ-BQLKKT' }), t('allocations.decisionHint'));
  const decisionDate = field('decisionDate', t('allocations.decisionDate'), h('input', { type: 'date', id: 'allocation-decision-date' }));
  const price = field('landPriceVnd', t('allocations.landPrice'), textInput({ id: 'allocation-price', inputMode: 'numeric' }), t('allocations.vndHint'));
  const rent = field('annualRentVnd', t('allocations.annualRent'), textInput({ id: 'allocation-rent', inputMode: 'numeric' }), t('allocations.vndHint'));
  const note = field('termsNote', t('allocations.termsNote'), h('textarea', { id: 'allocation-note', rows: 2 }));
  const code = field('code', t('allocations.code'), textInput({ id: 'allocation-code' }), t('allocations.codeHint'));
  const message = h('div', { class: 'form-message', 'aria-live': 'assertive' });
  const fields: Field<HTMLElement>[] = [plot, investor, kind, start, term, status, decision, decisionDate, price, rent, note, code];

  // What the chosen form pays: a land price (allocation, one-off lease) or an annual rent; leases need a term.
  const showTerms = () => {
    const form = formSelect.value;
    price.element.hidden = form === 'LEASE_ANNUAL';
    rent.element.hidden = form !== 'LEASE_ANNUAL';
    term.control.required = form !== 'ALLOCATION';
    const end = endDateOf(start.control.value, term.control.value ? Number(term.control.value) : null);
    endOut.textContent = end ? t('allocations.endsOn', { date: formatDate(end) }) : '';
  };
  [formSelect, start.control, term.control].forEach((c) => c.addEventListener('input', showTerms));
  showTerms();

  // The plot: drawn and described when typed or picked; its allocations say who holds it when.
  let plotRequest = 0;
  const showPlot = async (fit: boolean): Promise<PlotAllocations | null> => {
    const value = plotInput.value.trim().toUpperCase();
    plotInput.value = value;
    const mine = ++plotRequest;
    if (!value) { plotInfo.replaceChildren(); setOverlay(app.map, 'highlight', null); return null; }
    try {
      const { plot: found } = await graphql<{ plot: PlotAllocations | null }>(PLOT_ALLOCATIONS, { code: value });
      if (mine !== plotRequest) return null;
      if (!found) { plotInfo.replaceChildren(t('allocations.noSuchPlot', { code: value })); return null; }
      setOverlay(app.map, 'highlight', found.geometry);
      if (fit) fitTo(app.map, found.geometry, 17);
      const holders = overlapping(found.allocations, todayInVietnam(), '9999-12-31');
      replace(plotInfo, h('span', {}, `${found.code} · ${found.zone.name} `), availabilityBadge(found.availability),
        holders.length ? h('span', {}, ' ', t('allocations.heldBy', { list: holders.map((a) => `${a.code} (${a.investor.code}, ${formatDate(a.startDate)} – ${formatDate(a.endDate)})`).join('; ') })) : null);
      return found;
    } catch (error) {
      if (mine === plotRequest) plotInfo.replaceChildren(userMessage(error));
      return null;
    }
  };
  plotInput.addEventListener('change', () => void showPlot(true));

  const stop = () => {
    if (app.clickTool === pickTool) app.clickTool = null;
    app.map.getCanvas().style.cursor = '';
    pick.setAttribute('aria-pressed', 'false');
  };
  const pickTool = (e: MapMouseEvent) => {
    stop();
    void plotUnder(app, e).then((picked) => {
      if (!picked) return void (plot.message.textContent = t('allocations.noPlotThere'));
      plotInput.value = picked;
      void showPlot(false);
    });
  };
  pick.addEventListener('click', () => {
    plot.message.textContent = '';
    plotInfo.textContent = t('allocations.pickHint');
    app.clickTool = pickTool;
    app.map.getCanvas().style.cursor = 'crosshair';
    pick.setAttribute('aria-pressed', 'true');
  });

  const form = h('form', { class: 'stack work-form', id: 'allocation-form', 'aria-label': t('allocations.allocateTitle'), novalidate: true },
    h('h3', {}, t('allocations.allocateTitle')),
    plot.element, h('div', { class: 'button-row' }, pick), plotInfo,
    investor.element, kind.element, start.element, term.element, endOut, status.element,
    decision.element, decisionDate.element, price.element, rent.element, note.element, code.element,
    h('button', { type: 'submit', class: 'primary', id: 'allocation-save' }, t('allocations.allocate')),
    message);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearMessages(fields, message);
    setOverlay(app.map, 'conflict', null);
    const form = formSelect.value;
    const termYears = term.control.value ? Number(term.control.value) : null;
    const amount = form === 'LEASE_ANNUAL' ? rent : price;
    const vnd = parseVnd(amount.control.value);
    if (!plotInput.value.trim()) return void fieldError(plot, t('allocations.needPlot'));
    if (!investorSelect.value) return void fieldError(investor, t('allocations.needInvestor'));
    if (!start.control.value) return void fieldError(start, t('allocations.needStart'));
    if (form !== 'ALLOCATION' && termYears == null) return void fieldError(term, t('allocations.needTerm'));
    if (termYears != null && !(Number.isInteger(termYears) && termYears >= 1 && termYears <= 99)) return void fieldError(term, t('allocations.termHint'));
    if (vnd === 'invalid') return void fieldError(amount, t('allocations.vndHint'));
    const input = {
      plotCode: plotInput.value.trim().toUpperCase(),
      investorCode: investorSelect.value,
      form,
      startDate: start.control.value,
      termYears,
      status: statusSelect.value,
      decisionNumber: decision.control.value.trim() || null,
      decisionDate: decisionDate.control.value || null,
      landPriceVnd: form === 'LEASE_ANNUAL' ? null : vnd,
      annualRentVnd: form === 'LEASE_ANNUAL' ? vnd : null,
      termsNote: note.control.value.trim() || null,
      ...(code.control.value.trim() ? { code: code.control.value.trim() } : {}),
    };
    try {
      const { allocatePlot } = await graphql<{ allocatePlot: AllocationRecord }>(ALLOCATE_PLOT, { input });
      stop();
      ctx.saved(allocatePlot);
    } catch (error) {
      showRefusal(error, fields, message, (err) => allocationErrorField(err, input.investorCode));
      if (error instanceof ApiError && error.code === 'TOPOLOGY') void showConflict(error, input.plotCode, input.startDate, endDateOf(input.startDate, termYears));
    }
  });

  /** Draws the plot with the allocation(s) its new period runs into, and names them next to the plot. */
  async function showConflict(error: ApiError, plotCode: string, from: string, to: string): Promise<void> {
    const found = await showPlot(true);
    if (!found) return;
    const named = typeof error.details.allocationCode === 'string' ? error.details.allocationCode : null;
    const conflicts = named ? found.allocations.filter((a) => a.code === named) : overlapping(found.allocations, from, to);
    if (!found.geometry) return;
    // The conflict's own dashed outline, not hidden under the selection's highlight.
    setOverlay(app.map, 'highlight', null);
    setOverlay(app.map, 'conflict', {
      type: 'FeatureCollection',
      features: (conflicts.length ? conflicts : [null]).map((c) => ({
        type: 'Feature', geometry: found.geometry!,
        properties: { plot: plotCode, allocation: c?.code ?? '', investor: c?.investor.code ?? '', from: c?.startDate ?? '', to: c?.endDate ?? '' },
      })),
    });
    if (conflicts.length) {
      plot.message.append(h('span', { class: 'conflict-with' }, ' ', t('allocations.conflictWith', {
        list: conflicts.map((c) => `${c.code} – ${c.investor.code} ${c.investor.name} (${formatDate(c.startDate)} – ${formatDate(c.endDate)})`).join('; '),
      })));
    }
  }

  return { element: form, stop };
}

/** The plot code under a map click: from the drawn plot tiles, else from the API (planningAt). */
async function plotUnder(app: App, e: MapMouseEvent): Promise<string | null> {
  const layers = ['plots-fill', 'availability-fill'].filter((l) => app.map.getLayer(l));
  const hit = app.map.queryRenderedFeatures(e.point, { layers }).find((f) => f.properties?.code);
  if (hit) return String(hit.properties.code);
  try {
    const { planningAt } = await graphql<{ planningAt: { plot: { code: string } | null } }>(PLOT_AT, { lon: e.lngLat.lng, lat: e.lngLat.lat });
    return planningAt.plot?.code ?? null;
  } catch {
    return null;
  }
}

/** A money figure in the user's language. */
export function vnd(value: string | null | undefined): string {
  return formatVnd(value, lang());
}
