/** GraphQL documents of the dossiers work area (server/PlanningGIS.Planning/Dossiers/dossiers.graphql). */
import type { Decision, VersionInfo } from '../types';

const DECISION = 'decision { number date approvingBody }';
const VERSION = 'version validFrom validTo changedBy legalBasis';
const LINK = `code name kind status ${DECISION}`;

/** What the list shows of each dossier; the boundary comes with it so a row opens at once. */
export const DOSSIER_LIST = `query DossierList($first: Int, $after: String, $filter: DossierFilter) {
  dossiers(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { code name kind status scale published areaM2 ${DECISION} geometry }
  }
}`;

/** Every dossier's code and name, for the "adjusts" picker. */
export const DOSSIER_CODES = `query DossierCodes($after: String) {
  dossiers(first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { code name kind } }
}`;

export const DOSSIER_FULL = `query DossierFull($code: String!) {
  dossier(code: $code) {
    code name kind scale status published illustrative summary areaM2 ${DECISION} ${VERSION} geometry
    adjusts { ${LINK} adjusts { ${LINK} } } adjustedBy { ${LINK} }
    documents { id title kind fileName contentType sizeBytes sha256 published uploadedAt uploadedBy url version latest }
  }
}`;

const SAVED = `code name kind scale status published summary areaM2 ${DECISION} ${VERSION} geometry adjusts { code }`;

export const CREATE_DOSSIER = `mutation CreateDossier($input: CreateDossierInput!) { createDossier(input: $input) { ${SAVED} } }`;
export const UPDATE_DOSSIER = `mutation UpdateDossier($input: UpdateDossierInput!) { updateDossier(input: $input) { ${SAVED} } }`;
export const PUBLISH_DOSSIER = `mutation PublishDossier($code: String!, $published: Boolean!, $expectedVersion: Int!) {
  publishDossier(code: $code, published: $published, expectedVersion: $expectedVersion) { code published ${VERSION} }
}`;
export const ADD_DOSSIER_DOCUMENT = `mutation AddDossierDocument($input: AddDocumentInput!) {
  addDossierDocument(input: $input) { id title kind fileName sizeBytes published uploadedAt url }
}`;

/** A dossier's versions with what they said, for the history view and its comparison. */
export const DOSSIER_HISTORY = `query DossierHistory($code: String!) {
  dossier(code: $code) {
    code name kind scale status published summary areaM2 ${DECISION} adjusts { code } ${VERSION} geometry
    history { code name kind scale status published summary areaM2 ${DECISION} adjusts { code } ${VERSION} geometry }
  }
}`;
export const DOSSIER_AS_OF = `query DossierAsOf($code: String!, $asOf: DateTime) { dossier(code: $code, asOf: $asOf) { code ${VERSION} geometry } }`;
export const REVERT_DOSSIER = `mutation RevertDossier($input: RevertInput!) { revertDossier(input: $input) { code ${VERSION} geometry } }`;

export const DOSSIER_KINDS = ['GENERAL_PLAN', 'ZONING_PLAN', 'DETAILED_PLAN', 'LOCAL_ADJUSTMENT', 'PLANNING_TASK'] as const;
export const DOSSIER_STATUSES = ['IN_PREPARATION', 'APPROVED', 'ADJUSTED', 'SUPERSEDED'] as const;
export const DOCUMENT_KINDS = ['DECISION', 'EXPLANATORY_REPORT', 'DRAWING', 'REGULATION', 'OTHER'] as const;

export type Polygonal = GeoJSON.Polygon | GeoJSON.MultiPolygon;

export interface DossierRow {
  code: string; name: string; kind: string; status: string; scale: string | null; published: boolean;
  areaM2: number; decision: Decision | null; geometry: Polygonal | null;
}
export interface DossierLink { code: string; name: string; kind: string; status: string; decision: Decision | null; adjusts?: DossierLink | null }
export interface DossierDocument {
  id: string; title: string; kind: string; fileName: string; contentType: string; sizeBytes: number; sha256: string;
  published: boolean; uploadedAt: string; uploadedBy: string | null; url: string;
  /** The API's numbering: an upload with an earlier document's title is its next version. */
  version?: number; latest?: boolean;
}
export interface DossierFull extends DossierRow, VersionInfo {
  illustrative: boolean; summary: string | null;
  adjusts: DossierLink | null; adjustedBy: DossierLink[]; documents: DossierDocument[];
}
export interface Page<T> { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: T[] }
