import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles.css';
import { loadConfig } from './config';
import { App } from './app';
import { createMap } from './map/createMap';
import { addOverlays } from './map/overlays';
import { showPointerCoordinates } from './map/pointerCoordinates';
import { keepLabelsUnique } from './map/labels';
import { layerGroups } from './layers/catalog';
import { Tabs } from './ui/tabs';
import { h } from './ui/dom';
import { attachLoadingIndicator } from './ui/loading';
import { attachToasts, notify } from './ui/toast';
import { t, lang, setLang } from './i18n';
import { can, hasRole, isStaff, onSessionChange, session, setSession } from './api/session';
import { reference } from './api/reference';
import type { LandUse } from './api/types';
import { accountArea } from './panels/account';
import { layerSwitcher, applyOpacity } from './panels/layerSwitcher';
import { detailsPanel } from './panels/details';
import { searchPanel } from './panels/search';
import { finderPanel } from './panels/finder';
import { violationsPanel } from './panels/violations';
import { boundaryTools } from './panels/boundary';
import { hasWork, workPanel } from './panels/work';
import { linkObjectsToUrl } from './map/objectLink';
import { formatDateTime } from './format/date';

const $ = (id: string) => document.getElementById(id)!;

async function start(): Promise<void> {
  document.documentElement.lang = lang();
  document.title = t('app.title');
  $('app-title').textContent = t('app.short');
  $('skip-link').textContent = t('app.skip');
  attachLoadingIndicator($('loading'));
  attachToasts($('toasts'));
  setupChrome();

  const config = await loadConfig();
  const tabs = new Tabs($('tabs'), $('tab-panels'));
  const groups = layerGroups();
  const mapEl = $('map');
  let app: App;
  try {
    app = new App((style) => createMap(mapEl, style), tabs, config, groups, {});
  } catch {
    mapEl.append(h('p', { class: 'error', role: 'alert' }, t('error.webgl')));
    return;
  }
  const map = app.map;
  map.on('style.load', () => addOverlays(map));
  app.onRestyle(() => {
    addOverlays(map);
    groups.forEach((g) => applyOpacity(app, g));
  });
  showPointerCoordinates(map, $('coords'));
  keepLabelsUnique(map);

  let landUses: LandUse[] = [];
  const panel = (id: string) => h('section', { class: 'tab-panel', dataset: { tab: id } });
  const layersPanel = panel('layers');
  const searchEl = panel('search');
  const detailsEl = panel('details');
  const finderEl = panel('finder');
  const violationsEl = panel('violations');
  const editEl = panel('edit');
  const dashboardEl = panel('dashboard');
  const workEl = panel('work');
  tabs.add({ id: 'layers', label: () => t('tab.layers'), panel: layersPanel, visible: () => true });
  tabs.add({ id: 'search', label: () => t('tab.search'), panel: searchEl, visible: () => true });
  tabs.add({ id: 'finder', label: () => t('tab.finder'), panel: finderEl, visible: () => !hasRole('INSPECTOR') || hasRole('PLANNER') });
  tabs.add({ id: 'details', label: () => t('tab.details'), panel: detailsEl, visible: () => true });
  tabs.add({ id: 'edit', label: () => t('details.editBoundary'), panel: editEl, visible: () => can('Mutation.updatePlot') });
  tabs.add({ id: 'work', label: () => t('tab.work'), panel: workEl, visible: hasWork });
  tabs.add({ id: 'violations', label: () => t('tab.violations'), panel: violationsEl, visible: () => isStaff() });
  tabs.add({ id: 'dashboard', label: () => t('tab.dashboard'), panel: dashboardEl, visible: () => true });
  tabs.select(hasRole('INVESTOR') ? 'finder' : hasRole('INSPECTOR') ? 'violations' : 'layers');

  const renderLayers = layerSwitcher(app, layersPanel, () => landUses);
  const boundary = boundaryTools(app, editEl);
  detailsPanel(app, detailsEl, boundary);
  searchPanel(app, searchEl);
  const renderFinder = finderPanel(app, finderEl);
  const renderViolations = violationsPanel(app, violationsEl);
  const work = workPanel(app, workEl);
  tabs.onSelect((id) => (id === 'work' ? work.render() : work.leave()));
  linkObjectsToUrl(app);
  // The print of a card ends with the reference-only statement, the date and the link (styles.css, @media print).
  window.addEventListener('beforeprint', () => {
    const note = t('print.note', { date: formatDateTime(new Date()), url: location.href });
    document.querySelectorAll<HTMLElement>('.details-body').forEach((body) => { body.dataset.printNote = note; });
  });
  let dashboardLoaded = false;
  tabs.onSelect((id) => {
    if (id !== 'dashboard' || dashboardLoaded) return;
    dashboardLoaded = true;
    // Chart.js is loaded only when the dashboard is opened, to keep the map's first load lean.
    void import('./panels/dashboard').then((m) => m.dashboardPanel(dashboardEl));
  });
  const renderAccount = accountArea($('account'));
  reference().then((r) => { landUses = r.landUses; }).catch(() => { /* the legend shows codes only */ });

  onSessionChange(() => {
    renderAccount();
    app.restyle(true);
    renderLayers();
    renderFinder();
    renderViolations();
    boundary.reset();
    tabs.render();
    tabs.select(hasRole('INVESTOR') ? 'finder' : hasRole('INSPECTOR') ? 'violations' : tabs.current());
  });
  // A tile refused for an expired sign-in signs the user out (the map falls back to public layers);
  // other tile failures are said once, not per tile.
  let tileErrorShown = false;
  map.on('error', (e) => {
    const status = (e.error as { status?: number } | undefined)?.status;
    if (status === 401 && session()) {
      setSession(null);
      notify(t('login.expired'), 'error');
    } else if (status && status >= 500 && !tileErrorShown) {
      tileErrorShown = true;
      notify(t('error.tiles'), 'error');
    }
  });
  window.addEventListener('unhandledrejection', (e) => {
    if ((e.reason as Error | undefined)?.name !== 'AbortError') notify(t('error.unknown'), 'error');
  });
}

function setupChrome(): void {
  const langButton = $('lang-switch');
  langButton.textContent = t('lang.switch');
  langButton.setAttribute('lang', lang() === 'vi' ? 'en' : 'vi');
  langButton.setAttribute('aria-label', t('lang.switchLabel'));
  // The page is drawn again in the other language; the view (URL hash) and the sign-in are kept.
  langButton.onclick = () => {
    setLang(lang() === 'vi' ? 'en' : 'vi');
    location.reload();
  };
  // Phones: the panel is a bottom sheet, small by default so the map keeps 70% of the height.
  const sheet = $('sheet-toggle');
  const drawSheet = () => {
    const expanded = document.body.classList.contains('sheet-expanded');
    sheet.textContent = expanded ? t('panel.shrink') : t('panel.expand');
    sheet.setAttribute('aria-expanded', String(expanded));
  };
  sheet.onclick = () => {
    document.body.classList.toggle('sheet-expanded');
    drawSheet();
    window.__planningMap?.resize();
  };
  drawSheet();
  const toggle = $('panel-toggle');
  toggle.setAttribute('aria-label', t('panel.toggle'));
  toggle.onclick = () => {
    const collapsed = document.body.classList.toggle('panel-collapsed');
    toggle.setAttribute('aria-expanded', String(!collapsed));
    window.__planningMap?.resize();
  };
}

void start();
