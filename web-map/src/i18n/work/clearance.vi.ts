/** Vietnamese messages of the clearance work area (panels/work/clearance.ts). */
export const clearanceVi = {
  'work.clearance': 'Giải phóng mặt bằng',
} as const;
