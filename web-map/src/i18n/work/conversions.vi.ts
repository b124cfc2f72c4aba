/** Vietnamese messages of the conversions work area (panels/work/conversions.ts). */
export const conversionsVi = {
  'work.conversions': 'Chuyển mục đích',
} as const;
