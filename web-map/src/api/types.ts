/** The parts of the API types (the SDL files in server/PlanningGIS.Planning) that the map reads. */
import type { Role } from './session';

export type Geometry = GeoJSON.Geometry;
export interface Decision { number: string; date: string | null; approvingBody: string | null }
export interface LandUse { code: string; nameVi: string; nameEn: string; colour: string; category: 'RICE' | 'FOREST' | null }
export interface Document { id: string; title: string; kind: string; fileName: string; sizeBytes: number; url: string; uploadedAt: string }
export interface VersionInfo { version: number; validFrom: string; validTo: string | null; changedBy: string | null; legalBasis: string | null }

export interface DossierSummary extends VersionInfo {
  code: string; name: string; kind: string; status: string; scale: string | null; illustrative: boolean;
  decision: Decision | null; areaM2: number;
}
type DossierLink = { code: string; name: string; decision: Decision | null };
export interface Dossier extends DossierSummary {
  summary: string | null; documents: Document[]; history: VersionInfo[]; geometry?: Geometry;
  adjusts: DossierLink | null; adjustedBy: DossierLink[];
}

export interface Indicators {
  maxBuildingDensity: number | null; maxFloors: number | null; far: number | null; minSetbackM?: number | null; maxHeightM?: number | null;
}
export interface RentGuide {
  landUse: { code: string } | null; landPriceVndPerM2: number; annualRentRatePercent: number; annualRentVndPerM2: number;
  validFrom: string; source: string; illustrative: boolean;
}
export interface InfrastructureStatus { kind: string; status: string; note: string | null; asOf: string; illustrative: boolean }
export interface BoardContact {
  name: string; address: string | null; phone: string | null; email: string | null; hours: string | null; website: string | null; illustrative: boolean;
}
export interface Plot extends VersionInfo {
  code: string; areaM2: number; availability: string; landUse: LandUse; indicators: Indicators;
  zone: { code: string; name: string; infrastructure?: InfrastructureStatus[] };
  dossier: { code: string; name: string; kind: string; decision: Decision | null; documents?: Document[] } | null;
  /** Only on the card of one plot (PLOT, PLANNING_AT), not in lists. */
  rentGuide?: RentGuide | null;
  geometry?: Geometry;
}
export interface Zone extends VersionInfo {
  code: string; name: string; kind: string; areaM2: number; description: string | null;
  dossier: { code: string; name: string; decision: Decision | null } | null;
  geometry?: Geometry;
}
export interface BoundaryVersion extends VersionInfo { geometry: Geometry }

export interface Violation {
  code: string; category: string; description: string; status: string; reportedAt: string; reportedBy: string | null;
  resolvedAt?: string | null; resolutionNote?: string | null; noticeNumber?: string | null;
  plot: { code: string } | null; photos: Photo[]; geometry?: Geometry;
  events?: ViolationEvent[];
}

export interface Photo { id: string; fileName: string; url: string }

/** A step of a violation's workflow (from → to), or a comment when both are null. */
export interface ViolationEvent {
  fromStatus: string | null; toStatus: string | null; note: string | null; noticeNumber: string | null;
  by: string; byName: string; at: string; photos: Photo[];
}

export interface PlanningAt {
  lon: number; lat: number; vn2000: { easting: number; northing: number };
  zone: Zone | null; plot: Plot | null; dossiers: DossierSummary[];
  currentLandUse: { landUse: LandUse; areaM2: number; surveyedOn: string | null } | null;
  openViolationsNearby: Violation[] | null;
}

export interface User { username: string; displayName: string; roles: Role[]; permissions: string[] }
export interface LoginResult { token: string; expiresAt: string; user: User }

export interface Statistics {
  zone: { code: string; name: string } | null;
  areaM2: number; plots: number; plotsForInvestment: number; plotsAvailable: number; plotsAllocated: number;
  occupancyRate: number;
  areaByLandUse: { landUse: { code: string; nameVi: string; nameEn: string; colour: string }; areaHa: number }[];
  clearance: ClearanceProgress;
  conversions: { status: string; count: number; areaHa: number }[];
}

/** One definition on the server (clearance_progress); projects 0 means there is nothing to clear, not 0%. */
export interface ClearanceProgress { projects: number; parcels: number; parcelsHandedOver: number; rate: number }

export interface ClearanceProjectProgress { code: string; name: string; zone: { code: string } | null; progress: ClearanceProgress }
