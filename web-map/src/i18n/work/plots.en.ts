import type { plotsVi } from './plots.vi';

export const plotsEn: Record<keyof typeof plotsVi, string> = {
  'work.plots': 'Zones and plots',
};
