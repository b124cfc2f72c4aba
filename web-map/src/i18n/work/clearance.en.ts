import type { clearanceVi } from './clearance.vi';

export const clearanceEn: Record<keyof typeof clearanceVi, string> = {
  'work.clearance': 'Site clearance',
};
