import type { App } from '../../../app';
import type { ImportChoices, ImportPreview, StagedFeatures } from '../../../api/work/imports';

/** The four steps of an import, in order. */
export const STEPS = ['upload', 'check', 'preview', 'commit'] as const;
export type Step = (typeof STEPS)[number];

/** What each step's view may use: the import as the server last described it, and the wizard's actions. */
export interface Wizard {
  app: App;
  /** The import open in the wizard (staged, or committed just now), or null before an upload. */
  preview: ImportPreview | null;
  /** Its staged features as last loaded (the server drops them on commit; they are kept here to show the result). */
  features: StagedFeatures | null;
  /** Takes a preview the server answered (upload, reload): loads its features and draws them. */
  load(preview: ImportPreview): Promise<void>;
  /** Sends the user's choices (CRS, mappings); the server checks again and answers the new preview. */
  change(choices: ImportChoices): Promise<void>;
  go(step: Step): void;
  /** A sentence in the wizard's message area; null clears it. */
  say(text: string | null, kind?: 'error' | 'notice'): void;
  /** Fits the map to the staged features. */
  fit(): void;
}
