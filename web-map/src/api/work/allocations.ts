/** GraphQL documents of the investors and allocations work area (allocations.graphql). */

export interface InvestorRecord {
  code: string;
  name: string;
  country: string;
  taxCode: string | null;
  representative?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  illustrative: boolean;
}

export type AllocationForm = 'ALLOCATION' | 'LEASE_ANNUAL' | 'LEASE_ONE_OFF';
export type AllocationStatus = 'PENDING' | 'ACTIVE' | 'ENDED' | 'TERMINATED';
interface DecisionRef { number: string; date: string | null }

export interface AllocationRecord {
  code: string;
  plot: { code: string; zone: { code: string; name: string } };
  investor: { code: string; name: string };
  form: AllocationForm;
  decision: DecisionRef | null;
  endDecision: DecisionRef | null;
  startDate: string;
  termYears: number | null;
  endDate: string;
  status: AllocationStatus;
  /** Decimal: a string, so no digit is lost. Planners and the owning investor only. */
  landPriceVnd?: string | null;
  annualRentVnd?: string | null;
  termsNote?: string | null;
}

/** A plot's own allocations, to name the one an overlap refusal is about. */
export interface PlotAllocations {
  code: string;
  availability: string;
  zone: { code: string; name: string };
  geometry: GeoJSON.Geometry | null;
  allocations: { code: string; status: AllocationStatus; startDate: string; endDate: string; investor: { code: string; name: string } }[];
}

export const FORMS: AllocationForm[] = ['ALLOCATION', 'LEASE_ANNUAL', 'LEASE_ONE_OFF'];
export const STATUSES: AllocationStatus[] = ['PENDING', 'ACTIVE', 'ENDED', 'TERMINATED'];

const INVESTOR_FIELDS = 'code name country taxCode illustrative';
const INVESTOR_CONTACT = 'representative contactEmail contactPhone';

/** The register with the contact fields (staff and the investor itself may read them). */
export const INVESTORS = `query Investors { investors { ${INVESTOR_FIELDS} ${INVESTOR_CONTACT} } }`;

export const SAVE_INVESTOR = `mutation SaveInvestor($input: SaveInvestorInput!) {
  saveInvestor(input: $input) { ${INVESTOR_FIELDS} ${INVESTOR_CONTACT} }
}`;

const ALLOCATION_FIELDS = `code status form startDate termYears endDate
  plot { code zone { code name } } investor { code name }
  decision { number date } endDecision { number date }`;
const TERMS = 'landPriceVnd annualRentVnd termsNote';

/** The register; the terms only for those the API lets read them (planners, the owning investor). */
export function allocationsQuery(withTerms: boolean): string {
  return `query Allocations($filter: AllocationFilter) {
  allocations(first: 500, filter: $filter) { totalCount nodes { ${ALLOCATION_FIELDS} ${withTerms ? TERMS : ''} } }
}`;
}

export const ALLOCATE_PLOT = `mutation AllocatePlot($input: AllocatePlotInput!) { allocatePlot(input: $input) { ${ALLOCATION_FIELDS} ${TERMS} } }`;

export const END_ALLOCATION = `mutation EndAllocation($input: EndAllocationInput!) { endAllocation(input: $input) { ${ALLOCATION_FIELDS} } }`;

export const PLOT_ALLOCATIONS = `query PlotAllocations($code: String!) {
  plot(code: $code) { code availability zone { code name } geometry
    allocations { code status startDate endDate investor { code name } } }
}`;

/** The plot under a map click, when the plot layer is hidden or not drawn there. */
export const PLOT_AT = `query PlotAt($lon: Float!, $lat: Float!) { planningAt(lon: $lon, lat: $lat) { plot { code } } }`;

export const ZONE_CHOICES = `query ZoneChoices { zones(first: 200) { nodes { code name } } }`;
