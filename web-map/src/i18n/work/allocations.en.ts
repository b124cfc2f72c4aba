import type { allocationsVi } from './allocations.vi';

export const allocationsEn: Record<keyof typeof allocationsVi, string> = {
  'work.allocations': 'Investors and allocations',
};
