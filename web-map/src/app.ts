import type { Map as MapLibreMap, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
import type { Config } from './config';
import type { LayerGroup } from './layers/catalog';
import type { Tabs } from './ui/tabs';
import { buildStyle } from './map/style';
import { keepOverlays } from './map/overlays';
import { isStaff, session } from './api/session';

export type ObjectKind = 'zone' | 'plot' | 'dossier';

/** What the panels share: the map, the tabs, and the few actions that cross panels. */
export class App {
  /** When set, map clicks go to this tool (boundary editor, violation placement) instead of the details panel. */
  clickTool: ((e: MapMouseEvent) => void) | null = null;
  private tileGeneration = 0;
  private readonly clickFilters: ((e: MapMouseEvent) => boolean)[] = [];
  private readonly objectOpeners = new Set<(kind: ObjectKind, code: string) => void>();
  private readonly styleListeners = new Set<() => void>();

  readonly map: MapLibreMap;

  constructor(
    makeMap: (style: StyleSpecification) => MapLibreMap,
    readonly tabs: Tabs,
    readonly config: Config,
    readonly groups: LayerGroup[],
    readonly opacity: Record<string, number>,
  ) {
    this.map = makeMap(this.style());
  }

  style() {
    const s = session();
    return buildStyle({
      config: this.config,
      staff: isStaff(),
      sessionTag: `${s?.username ?? 'anon'}-${this.tileGeneration}`,
      groups: this.groups,
      opacity: this.opacity,
    });
  }

  /** Rebuilds the style (after sign-in/out, or to reload tiles after an edit), keeping the app's overlays. */
  restyle(reloadTiles = false): void {
    if (reloadTiles) this.tileGeneration++;
    this.map.setStyle(this.style(), { transformStyle: keepOverlays });
    this.map.once('styledata', () => this.styleListeners.forEach((l) => l()));
  }

  onRestyle(listener: () => void): void {
    this.styleListeners.add(listener);
  }

  /** A panel that wants some map clicks first (e.g. the finder's results); it returns true when it took one. */
  addClickFilter(filter: (e: MapMouseEvent) => boolean): void {
    this.clickFilters.push(filter);
  }

  /** Whether a panel took this click. */
  clickTaken(e: MapMouseEvent): boolean {
    return this.clickFilters.some((f) => f(e));
  }

  /** Shows a zone, plot or dossier in the details panel. */
  openObject(kind: ObjectKind, code: string): void {
    this.objectOpeners.forEach((open) => open(kind, code));
  }

  onOpenObject(opener: (kind: ObjectKind, code: string) => void): void {
    this.objectOpeners.add(opener);
  }
}
