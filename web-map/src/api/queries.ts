/** The GraphQL documents the map sends, and the pure functions that build their variables. */

const DECISION = 'decision { number date approvingBody }';
const VERSION = 'version validFrom validTo changedBy legalBasis';
const LAND_USE = 'landUse { code nameVi nameEn colour category }';
const PLOT_CARD = `code areaM2 availability ${LAND_USE} indicators { maxBuildingDensity maxFloors far minSetbackM maxHeightM }
  zone { code name } dossier { code name kind ${DECISION} } ${VERSION}`;
/** The card of one plot also answers what an investor asks next: rent, infrastructure, the plan's documents. */
const PLOT_CARD_FULL = `${PLOT_CARD}
  rentGuide { landUse { code } landPriceVndPerM2 annualRentRatePercent annualRentVndPerM2 validFrom source illustrative }
  zone { infrastructure { kind status note asOf illustrative } }
  dossier { documents { id title kind fileName sizeBytes url uploadedAt } }`;

export const BOARD_CONTACT = `query BoardContact { boardContact { name address phone email hours website illustrative } }`;
const ZONE_FIELDS = `code name kind areaM2 description dossier { code name ${DECISION} } ${VERSION}`;
const DOSSIER_SUMMARY = `code name kind status scale illustrative areaM2 ${DECISION} ${VERSION}`;

/** Ends the session of the current token on the server. */
export const LOGOUT = `mutation Logout { logout }`;

export const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token expiresAt user { username displayName roles permissions } }
}`;

export const PLANNING_AT = `query PlanningAt($lon: Float!, $lat: Float!, $asOf: DateTime) {
  planningAt(lon: $lon, lat: $lat, asOf: $asOf) {
    lon lat vn2000 { easting northing }
    zone { ${ZONE_FIELDS} }
    plot { ${PLOT_CARD_FULL} }
    dossiers { ${DOSSIER_SUMMARY} }
    currentLandUse { ${LAND_USE} areaM2 surveyedOn }
  }
}`;

/**
 * The variables of PLANNING_AT: today's plan without a day, else the plan as it stood at the end of that day
 * (yyyy-MM-dd) in Vietnam (UTC+7), so a decision dated that day counts whatever the browser's time zone.
 * Sent as the UTC instant: the API fails (INTERNAL_SERVER_ERROR) on an instant written with a +07:00 offset.
 */
export function planningAtVariables(lon: number, lat: number, day = ''): { lon: number; lat: number; asOf?: string } {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? { lon, lat, asOf: new Date(`${day}T23:59:59+07:00`).toISOString() } : { lon, lat };
}

/** Today's date (yyyy-MM-dd) in Vietnam, the latest day the plan can be asked at. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Staff also get the open violations nearby (the field is staff only). */
export const PLANNING_AT_STAFF = PLANNING_AT.replace(
  'currentLandUse {',
  'openViolationsNearby { code category status reportedAt description } currentLandUse {',
);

export const ZONE = `query Zone($code: String!) { zone(code: $code) { ${ZONE_FIELDS} geometry history { ${VERSION} } } }`;
export const PLOT = `query Plot($code: String!) { plot(code: $code) { ${PLOT_CARD_FULL} geometry history { ${VERSION} } } }`;
export const DOSSIER = `query Dossier($code: String!) {
  dossier(code: $code) { ${DOSSIER_SUMMARY} summary
    adjusts { code name ${DECISION} } adjustedBy { code name ${DECISION} }
    documents { id title kind fileName sizeBytes url uploadedAt } history { ${VERSION} } geometry }
}`;

/** A version's attributes, for the history's comparison of two versions (panels/historyCompare.ts). */
const ZONE_VERSION = `name kind description areaM2 dossier { code } ${VERSION} geometry`;
const PLOT_VERSION = `areaM2 forInvestment zone { code } landUse { code } dossier { code } indicators { maxBuildingDensity maxFloors far } ${VERSION} geometry`;
export const ZONE_HISTORY = `query ZoneHistory($code: String!) {
  zone(code: $code) { code ${ZONE_VERSION} history { ${ZONE_VERSION} } }
}`;
export const PLOT_HISTORY = `query PlotHistory($code: String!) {
  plot(code: $code) { code ${PLOT_VERSION} history { ${PLOT_VERSION} } }
}`;
/** Exact boundaries around an object, to snap to. */
export const NEIGHBOUR_ZONES = `query NeighbourZones($bbox: [Float!]) { zones(first: 200, filter: { spatial: { bbox: $bbox } }) { nodes { code geometry } } }`;
/** The server's snapping tolerance (metres): the editor snaps at least that far, so what it shows is what is stored. */
export const GEOMETRY_RULES = `query GeometryRules { geometryRules { snapToleranceMetres } }`;
export const NEIGHBOUR_PLOTS = `query NeighbourPlots($bbox: [Float!]) { plots(first: 500, filter: { spatial: { bbox: $bbox } }) { nodes { code geometry } } }`;

/** A bounding box grown by a share of its size on each side, as [minLon, minLat, maxLon, maxLat]. */
export function grownBbox(box: [[number, number], [number, number]], share: number): number[] {
  const dx = (box[1][0] - box[0][0]) * share, dy = (box[1][1] - box[0][1]) * share;
  return [box[0][0] - dx, box[0][1] - dy, box[1][0] + dx, box[1][1] + dy];
}

export const ZONE_AS_OF = `query ZoneAsOf($code: String!, $asOf: DateTime) { zone(code: $code, asOf: $asOf) { code ${VERSION} geometry } }`;
export const PLOT_AS_OF = `query PlotAsOf($code: String!, $asOf: DateTime) { plot(code: $code, asOf: $asOf) { code ${VERSION} geometry } }`;

export const UPDATE_ZONE_BOUNDARY = `mutation UpdateZoneBoundary($input: UpdateZoneBoundaryInput!) {
  updateZoneBoundary(input: $input) { code ${VERSION} geometry }
}`;
export const UPDATE_PLOT = `mutation UpdatePlot($input: UpdatePlotInput!) { updatePlot(input: $input) { code ${VERSION} geometry } }`;
export const REVERT_ZONE = `mutation RevertZone($input: RevertInput!) { revertZone(input: $input) { code ${VERSION} geometry } }`;
export const REVERT_PLOT = `mutation RevertPlot($input: RevertInput!) { revertPlot(input: $input) { code ${VERSION} geometry } }`;

export const ZONES_AND_LAND_USES = `query FinderOptions {
  zones(first: 200) { nodes { code name kind } }
  landUseCodes { code nameVi nameEn colour category }
}`;

export const FIND_PLOTS = `query FindPlots($filter: PlotFilter, $first: Int) {
  plots(first: $first, filter: $filter) { totalCount nodes { ${PLOT_CARD} geometry } }
}`;

/** Search asks each kind on its own, so one kind that fails does not hide the others. */
export const SEARCH_DOSSIERS = `query SearchDossiers($text: String!) {
  dossiers(first: 8, filter: { text: $text }) { nodes { code name kind ${DECISION} geometry } }
}`;
export const SEARCH_ZONES = `query SearchZones($text: String!) { zones(first: 8, filter: { text: $text }) { nodes { code name kind geometry } } }`;
export const SEARCH_PLOTS = `query SearchPlots($text: String!) {
  plots(first: 8, filter: { text: $text }) { nodes { code zone { code name } ${LAND_USE} geometry } }
}`;

export const VIOLATIONS = `query Violations($first: Int, $filter: ViolationFilter) {
  violations(first: $first, filter: $filter) { totalCount nodes { code category description status reportedAt reportedBy resolvedAt resolutionNote noticeNumber plot { code } geometry photos { id fileName url }
    events { fromStatus toStatus note noticeNumber by byName at photos { id fileName url } } } }
}`;

export const UPDATE_VIOLATION_STATUS = `mutation UpdateViolationStatus($input: UpdateViolationStatusInput!) {
  updateViolationStatus(input: $input) { code status resolvedAt resolutionNote }
}`;

export const COMMENT_ON_VIOLATION = `mutation CommentOnViolation($input: CommentOnViolationInput!) {
  commentOnViolation(input: $input) { code }
}`;

export const FLAG_VIOLATION = `mutation FlagViolation($input: FlagViolationInput!) {
  flagViolation(input: $input) { code category status reportedAt geometry }
}`;

export const CLEARANCE_PROJECT = `query ClearanceProject($text: String!) {
  clearanceProjects(first: 5, filter: { text: $text }) { nodes { code name startedOn targetHandoverOn note zone { code name } dossier { code name }
    progress { parcels parcelsHandedOver rate areaM2 areaHandedOverM2 }
    steps { step { stepNo nameVi nameEn } completedOn decisionNumber parcelCode } } }
}`;
export const CONVERSION = `query Conversion($text: String!) {
  conversions(first: 5, filter: { text: $text }) { nodes { code name status requiredAuthority requestedOn areaM2
    from { code nameVi nameEn } to { code nameVi nameEn } approvalRule { instrument } ${DECISION} } }
}`;

export const STATISTICS = `query Statistics {
  statistics { ...Stats }
  zones(first: 200) { nodes { code name statistics { ...Stats } } }
  clearanceProjects(first: 200) { totalCount nodes { code name zone { code name } progress { projects parcels parcelsHandedOver rate areaM2 areaHandedOverM2 }
    parcels { parcelCode currentStep { stepNo } } } }
  clearanceStepKinds { stepNo code nameVi nameEn optional }
}
fragment Stats on ZoneStatistics {
  areaM2 areaHa plots plotsForInvestment plotsAvailable plotsAllocated occupancyRate
  areaByLandUse { landUse { code nameVi nameEn colour } areaHa }
  clearance { projects parcels parcelsHandedOver rate }
  conversions { status count areaHa }
}`;

export interface FinderForm {
  zoneCode: string;
  landUseCode: string;
  minArea: string;
  maxArea: string;
  onlyAvailable: boolean;
}

/** Reads a number typed the Vietnamese way (`1.234,5`) or the English way (`1,234.5` / `1234.5`). */
export function parseUserNumber(text: string): number | null {
  const s = text.trim().replace(/\s|m²|m2/g, '');
  if (!s) return null;
  let normalised: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) || /^\d+,\d+$/.test(s)) normalised = s.replace(/\./g, '').replace(',', '.');
  else normalised = s.replace(/,/g, '');
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

/** The PlotFilter for the investor finder: only the conditions the user set. */
export function plotFinderFilter(form: FinderForm): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (form.zoneCode) filter.zoneCode = form.zoneCode;
  if (form.landUseCode) filter.landUseCode = [form.landUseCode];
  if (form.onlyAvailable) filter.availability = ['AVAILABLE'];
  const min = parseUserNumber(form.minArea);
  const max = parseUserNumber(form.maxArea);
  if (min != null) filter.minAreaM2 = min;
  if (max != null) filter.maxAreaM2 = max;
  return filter;
}

/** The input of updateZoneBoundary / updatePlot for a new boundary. */
export function boundaryInput(code: string, polygon: GeoJSON.Polygon, legalBasis: string, expectedVersion: number) {
  return { code, geometry: polygon, srid: 4326, legalBasis: legalBasis.trim(), expectedVersion };
}

/** Search text as the API wants it: trimmed, inner spaces collapsed; null when too short. */
export function searchText(input: string): string | null {
  const text = input.trim().replace(/\s+/g, ' ');
  return text.length >= 2 ? text : null;
}
