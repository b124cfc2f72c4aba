/** GraphQL documents and answer types of the clearance work area (server/PlanningGIS.Planning/Clearance). */

export interface StepKind {
  stepNo: number; code: string; nameVi: string; nameEn: string; optional: boolean; legalBasis: string;
  satisfiesStep: number | null; requiresThrough: number | null;
}
export interface StepRecord {
  id: string; step: { stepNo: number }; completedOn: string; decisionNumber: string | null; note: string | null;
  recordedBy: string | null; parcelCode: string | null;
  /** Planners only: null (a field error) for anyone else. */
  documents?: { id: string; fileName: string; url: string; sizeBytes: number }[] | null;
}
/** household and compensationVnd are null for anyone but planners (the API answers a field error). */
export interface ClearanceParcel {
  parcelCode: string;
  landUse: { code: string; nameVi: string; nameEn: string } | null;
  household: { name: string | null; idNumber: string | null; address: string | null } | null;
  compensationVnd: string | null;
  steps: StepRecord[];
  currentStep: { stepNo: number } | null;
  handedOver: boolean;
  areaM2: number;
  geometry: GeoJSON.Geometry | null;
}
export interface ClearanceProject {
  code: string; name: string; zone: { code: string; name: string } | null; startedOn: string | null;
  targetHandoverOn: string | null; note: string | null; parcels: ClearanceParcel[];
  progress: { parcels: number; parcelsHandedOver: number; rate: number };
  geometry: GeoJSON.Geometry | null;
}

export const CLEARANCE_STEP_KINDS = `query ClearanceStepKinds {
  clearanceStepKinds { stepNo code nameVi nameEn optional legalBasis satisfiesStep requiresThrough }
}`;

/**
 * Every project with where its parcels stand (no personal data): the overview. 50 projects keep the
 * estimated cost (projects × parcels × steps) well under the API's limit; the board says when there are more.
 */
export interface ProjectSummary {
  code: string; name: string; zone: { code: string; name: string } | null;
  parcels: { parcelCode: string; currentStep: { stepNo: number } | null; handedOver: boolean; steps: { step: { stepNo: number }; completedOn: string }[] }[];
}
/** Every project's code and name, for choosing one (cheap: no parcels). */
export const CLEARANCE_PROJECT_NAMES = `query ClearanceProjectNames {
  clearanceProjects(first: 200) { nodes { code name zone { code name } } }
}`;

export const CLEARANCE_PROJECT_LIST = `query ClearanceProjectList {
  clearanceProjects(first: 50) { totalCount nodes { code name zone { code name }
    parcels { parcelCode currentStep { stepNo } handedOver steps { step { stepNo } completedOn } } } }
}`;

const STEP_RECORD = 'id step { stepNo } completedOn decisionNumber note recordedBy parcelCode documents { id fileName url sizeBytes }';

/** One project with its parcels, their steps and geometry (the household only reaches planners). */
export const CLEARANCE_PROJECT_BOARD = `query ClearanceProjectBoard($code: String!) {
  clearanceProjects(first: 5, filter: { text: $code }) { nodes {
    code name zone { code name } startedOn targetHandoverOn note geometry
    progress { parcels parcelsHandedOver rate }
    parcels {
      parcelCode landUse { code nameVi nameEn } household { name idNumber address } compensationVnd
      steps { ${STEP_RECORD} } currentStep { stepNo } handedOver areaM2 geometry
    }
  } }
}`;

export const RECORD_CLEARANCE_STEP = `mutation RecordClearanceStep($input: RecordClearanceStepInput!) {
  recordClearanceStep(input: $input) { ${STEP_RECORD} }
}`;
