import type { conversionsVi } from './conversions.vi';

export const conversionsEn: Record<keyof typeof conversionsVi, string> = {
  'work.conversions': 'Land conversions',
};
