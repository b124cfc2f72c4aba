/** Vietnamese messages of the allocations work area (panels/work/allocations.ts). */
export const allocationsVi = {
  'work.allocations': 'Nhà đầu tư và giao đất',
} as const;
