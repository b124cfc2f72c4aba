import { graphql } from './graphql';
import { ZONES_AND_LAND_USES } from './queries';
import type { LandUse } from './types';

export interface ZoneOption { code: string; name: string; kind: string }
export interface Reference { zones: ZoneOption[]; landUses: LandUse[] }

let cached: Promise<Reference> | null = null;

/** Zones and land-use codes, asked once per page (the finder's options and the legend's names). */
export function reference(): Promise<Reference> {
  cached ??= graphql<{ zones: { nodes: ZoneOption[] }; landUseCodes: LandUse[] }>(ZONES_AND_LAND_USES)
    .then((d) => ({ zones: d.zones.nodes, landUses: d.landUseCodes }))
    .catch((e) => {
      cached = null;
      throw e;
    });
  return cached;
}
