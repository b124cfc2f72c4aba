/** Vietnamese messages of the dossiers work area (panels/work/dossiers.ts). */
export const dossiersVi = {
  'work.dossiers': 'Hồ sơ quy hoạch',
} as const;
