/** Vietnamese messages of the plots work area (panels/work/plots.ts). */
export const plotsVi = {
  'work.plots': 'Khu và lô đất',
} as const;
