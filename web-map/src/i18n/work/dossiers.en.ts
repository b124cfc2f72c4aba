import type { dossiersVi } from './dossiers.vi';

export const dossiersEn: Record<keyof typeof dossiersVi, string> = {
  'work.dossiers': 'Planning dossiers',
};
