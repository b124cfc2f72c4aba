import type { App } from '../../app';

/**
 * One of the staff's daily tasks in the "Nghiệp vụ" tab (dossiers, plots, allocations, ...). Each
 * area lives in its own module under panels/work/ with its messages in i18n/work/; the tab loads a
 * module only when its area is first opened (panels/work.ts), so the map's first load stays lean.
 */
export interface WorkArea {
  /** Draws the area into `el`; called each time it is opened and after a sign-in change while open. */
  open(app: App, el: HTMLElement): void;
  /** Called when another area or tab is chosen: remove the area's overlays and map click tools. */
  close?(app: App): void;
}

/** What the tab knows of an area before loading it: its name and who may use it. */
export interface WorkAreaEntry {
  id: string;
  label: () => string;
  /** Whether the signed-in user may use this area: decided from `can(...)`, the API's own policies. */
  visible: () => boolean;
  load: () => Promise<WorkArea>;
}
