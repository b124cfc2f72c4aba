import { locale } from '../i18n';

/** Numbers as the user's language writes them: vi-VN `1.234,5`, en-GB `1,234.5`. */
export function formatNumber(value: number, fractionDigits = 0, lang = locale()): string {
  return new Intl.NumberFormat(lang, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** An area in m² with one decimal: `1.234,5 m²`. */
export function formatAreaM2(m2: number, lang = locale()): string {
  return `${formatNumber(m2, 1, lang)} m²`;
}

/** An area in hectares with two decimals: `12,35 ha`. */
export function formatAreaHa(m2: number, lang = locale()): string {
  return `${formatNumber(m2 / 10_000, 2, lang)} ha`;
}

/** Small areas in m², large ones in ha with the m² figure after it. */
export function formatArea(m2: number, lang = locale()): string {
  return m2 >= 10_000 ? `${formatAreaHa(m2, lang)} (${formatAreaM2(m2, lang)})` : formatAreaM2(m2, lang);
}

/** A 0–1 share as a percentage: `45,3 %` (vi) / `45.3%` (en). */
export function formatPercent(share: number, lang = locale()): string {
  return new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}
