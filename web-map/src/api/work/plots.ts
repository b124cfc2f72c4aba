/** GraphQL documents of the plots work area (panels/work/plots): planners create and change zones and plots. */

const PLOT_FIELDS = `code areaM2 forInvestment availability version legalBasis
  zone { code name } landUse { code nameVi nameEn colour }
  indicators { maxBuildingDensity maxFloors far minSetbackM maxHeightM } dossier { code name }`;
const ZONE_FIELDS = 'code name kind description areaM2 version legalBasis dossier { code name }';

/** What the forms offer: zones (fresh, not the page's cached reference: a zone just created must be there) and land-use codes. */
export const PLOT_FORM_OPTIONS = `query PlotFormOptions {
  zones(first: 200) { nodes { code name kind } }
  landUseCodes { code nameVi nameEn colour instrument }
}`;

export const ZONE_PLOTS = `query ZonePlots($zone: String!) {
  plots(first: 500, filter: { zoneCode: $zone }) { nodes { ${PLOT_FIELDS} geometry } }
}`;

export const PLOT_TO_EDIT = `query PlotToEdit($code: String!) { plot(code: $code) { ${PLOT_FIELDS} geometry } }`;
export const ZONE_TO_EDIT = `query ZoneToEdit($code: String!) { zone(code: $code) { ${ZONE_FIELDS} geometry } }`;

export const CREATE_PLOT = `mutation CreatePlot($input: CreatePlotInput!) { createPlot(input: $input) { ${PLOT_FIELDS} geometry } }`;
export const UPDATE_PLOT_ATTRIBUTES = `mutation UpdatePlotAttributes($input: UpdatePlotInput!) { updatePlot(input: $input) { ${PLOT_FIELDS} geometry } }`;
export const RETIRE_PLOT = `mutation RetirePlot($input: RetirePlotInput!) { retirePlot(input: $input) { ${PLOT_FIELDS} } }`;
export const SPLIT_PLOT = `mutation SplitPlot($input: SplitPlotInput!) { splitPlot(input: $input) { ${PLOT_FIELDS} geometry } }`;
export const MERGE_PLOTS = `mutation MergePlots($input: MergePlotsInput!) { mergePlots(input: $input) { ${PLOT_FIELDS} geometry } }`;
export const CREATE_ZONE = `mutation CreateZone($input: CreateZoneInput!) { createZone(input: $input) { ${ZONE_FIELDS} geometry } }`;
export const UPDATE_ZONE = `mutation UpdateZone($input: UpdateZoneInput!) { updateZone(input: $input) { ${ZONE_FIELDS} geometry } }`;

export interface PlotLandUse { code: string; nameVi: string; nameEn: string; colour: string; instrument?: string }
export interface EditablePlot {
  code: string; areaM2: number; forInvestment: boolean; availability: string; version: number; legalBasis: string | null;
  zone: { code: string; name: string }; landUse: PlotLandUse;
  indicators: { maxBuildingDensity: number | null; maxFloors: number | null; far: number | null };
  dossier: { code: string; name: string } | null;
  geometry?: GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
}
export interface EditableZone {
  code: string; name: string; kind: string; description: string | null; areaM2: number; version: number;
  legalBasis: string | null; dossier: { code: string; name: string } | null; geometry?: GeoJSON.Geometry | null;
}
export interface PlotFormOptions { zones: { code: string; name: string; kind: string }[]; landUses: PlotLandUse[] }
