/** GraphQL documents and answer types of the conversions work area (server/PlanningGIS.Planning/Conversions). */

export type Authority = 'NATIONAL_ASSEMBLY' | 'PRIME_MINISTER' | 'PROVINCIAL_COUNCIL';
export interface ApprovalRule { landKind: string; minHa: number; maxHa: number | null; authority: Authority; instrument: string; validFrom: string; validTo: string | null }
export interface LandUseOption { code: string; nameVi: string; nameEn: string; colour: string; category: 'RICE' | 'FOREST' | null }

export interface Conversion {
  code: string; name: string; status: 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'COMPLETED';
  from: { code: string; nameVi: string; nameEn: string }; to: { code: string; nameVi: string; nameEn: string };
  zone: { code: string; name: string } | null; clearanceProject: { code: string; name: string } | null;
  requiredAuthority: Authority | null; approvalRule: ApprovalRule | null;
  decision: { number: string; date: string | null } | null;
  requestedOn: string; areaM2: number; areaHa: number; geometry: GeoJSON.Geometry | null;
}

/** The rice and forest land under a drawn geometry, by land kind, with who must approve (API-NEW.md). */
export interface ConversionNeed {
  landKind: string; landUseCodes: string[]; areaM2: number; areaHa: number;
  requiredAuthority: Authority | null; approvalRule: ApprovalRule | null; geometry: GeoJSON.Geometry | null;
}
export interface ConversionNeeds { on: string; riceHa: number; forestHa: number; needs: ConversionNeed[] }

const RULE = 'landKind minHa maxHa authority instrument validFrom validTo';

export const CONVERSION_OPTIONS = `query ConversionOptions {
  landUseCodes { code nameVi nameEn colour category }
  zones(first: 200) { nodes { code name } }
  clearanceProjects(first: 200) { nodes { code name } }
}`;

const CONVERSION_FIELDS = `code name status from { code nameVi nameEn } to { code nameVi nameEn } zone { code name }
  clearanceProject { code name } requiredAuthority approvalRule { ${RULE} } decision { number date } requestedOn areaM2 areaHa geometry`;

export const CONVERSIONS = `query Conversions($filter: ConversionFilter) {
  conversions(first: 200, filter: $filter) { totalCount nodes { ${CONVERSION_FIELDS} } }
}`;

export const CONVERSION_NEEDS = `query ConversionNeeds($geometry: GeoJSON!, $srid: Int) {
  conversionNeeds(geometry: $geometry, srid: $srid) {
    on riceHa forestHa
    needs { landKind landUseCodes areaM2 areaHa requiredAuthority approvalRule { ${RULE} } geometry }
  }
}`;

export const REQUEST_CONVERSION = `mutation RequestConversion($input: RequestConversionInput!) {
  requestConversion(input: $input) { ${CONVERSION_FIELDS} }
}`;

export const DECIDE_CONVERSION = `mutation DecideConversion($input: DecideConversionInput!) {
  decideConversion(input: $input) { ${CONVERSION_FIELDS} }
}`;
