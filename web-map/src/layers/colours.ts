/** Colours of the thematic layers. Land-use colours come with the data (the planning-map convention). */

export const DOSSIER_KIND_COLOURS: Record<string, string> = {
  GENERAL_PLAN: '#6a1b9a',
  ZONING_PLAN: '#1565c0',
  DETAILED_PLAN: '#00838f',
  LOCAL_ADJUSTMENT: '#e65100',
  PLANNING_TASK: '#757575',
};

export const ZONE_KIND_COLOURS: Record<string, string> = {
  INDUSTRIAL_PARK: '#8e44ad',
  BONDED_ZONE: '#c0392b',
  GOODS_TRANSIT_AREA: '#d35400',
  EXPORT_PROCESSING_ZONE: '#6c3483',
  BORDER_GATE_AREA: '#b71c1c',
  URBAN_SERVICE_AREA: '#ad1457',
  ECONOMIC_COOPERATION_AREA: '#1a5276',
};

export const AVAILABILITY_COLOURS: Record<string, string> = {
  AVAILABLE: '#2e7d32',
  RESERVED: '#f9a825',
  ALLOCATED: '#c62828',
  NOT_FOR_INVESTMENT: '#9e9e9e',
  RETIRED: '#616161',
};

export const VIOLATION_STATUS_COLOURS: Record<string, string> = {
  OPEN: '#d50000',
  VERIFIED: '#ff6d00',
  NOTICE_ISSUED: '#c2185b',
  ESCALATED: '#6a1b9a',
  RESOLVED: '#2e7d32',
  DISMISSED: '#757575',
};

export const CONVERSION_STATUS_COLOURS: Record<string, string> = {
  REQUESTED: '#7b1fa2',
  APPROVED: '#1565c0',
  REJECTED: '#616161',
  COMPLETED: '#2e7d32',
};

export const CURRENT_CATEGORY_COLOURS = { rice: '#f4e04d', forest: '#2e8b3a' } as const;

/** Clearance progress 0 → 1: red (nothing handed over) → amber → green (all handed over). */
export const CLEARANCE_RAMP: [number, string][] = [[0, '#d32f2f'], [0.5, '#fbc02d'], [1, '#388e3c']];

/**
 * A MapLibre `match` expression on an enum property. Tiles carry enums as stored (lower case,
 * `industrial_park`) while the API uses upper case; upcasing makes one table serve both.
 */
export function matchColour(property: string, colours: Record<string, string>, fallback: string): unknown[] {
  const cases = Object.entries(colours).flatMap(([value, colour]) => [value, colour]);
  return ['match', ['upcase', ['to-string', ['get', property]]], ...cases, fallback];
}

/** `#rrggbb` from the data, or grey when it is missing or malformed. */
export function safeColour(value: unknown): string {
  return typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? value : '#cccccc';
}

/** Relative luminance contrast check for legend text on a swatch: dark text unless the colour is dark. */
export function textColourOn(hex: string): '#000000' | '#ffffff' {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(safeColour(hex).slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

/** Interpolates the clearance ramp for a legend or a chart. */
export function clearanceColour(rate: number): string {
  const x = Math.min(1, Math.max(0, rate));
  for (let i = 1; i < CLEARANCE_RAMP.length; i++) {
    const [x1, c1] = CLEARANCE_RAMP[i];
    const [x0, c0] = CLEARANCE_RAMP[i - 1];
    if (x <= x1) {
      const f = (x - x0) / (x1 - x0);
      const mix = [1, 3, 5].map((j) => Math.round(parseInt(c0.slice(j, j + 2), 16) * (1 - f) + parseInt(c1.slice(j, j + 2), 16) * f));
      return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    }
  }
  return CLEARANCE_RAMP[CLEARANCE_RAMP.length - 1][1];
}
