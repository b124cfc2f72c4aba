import type { Statistics } from '../../api/types';
import { t, tEnum, lang } from '../../i18n';
import type { DataTable } from './table';

/** What the STATISTICS query answers. */
export interface ZoneStats { code: string; name: string; statistics: Statistics }
export interface StepKind { stepNo: number; code: string; nameVi: string; nameEn: string; optional: boolean }
export interface ProjectStats {
  code: string; name: string; zone: { code: string; name: string } | null;
  progress: { projects: number; parcels: number; parcelsHandedOver: number; rate: number };
  parcels: { parcelCode: string; currentStep: { stepNo: number } | null }[];
}
export interface DashboardData {
  statistics: Statistics;
  zones: { nodes: ZoneStats[] };
  clearanceProjects: { totalCount: number; nodes: ProjectStats[] };
  clearanceStepKinds: StepKind[];
}

const name = (o: { nameVi: string; nameEn: string }) => (lang() === 'en' ? o.nameEn : o.nameVi);

/** Land-use codes present in any zone, each with its name and colour, by code. */
export function landUses(zones: ZoneStats[]) {
  const byCode = new Map(zones.flatMap((z) => z.statistics.areaByLandUse.map((a) => [a.landUse.code, a.landUse] as const)));
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function landUseTable(zones: ZoneStats[]): DataTable {
  const codes = landUses(zones);
  return {
    slug: 'thong-ke-dien-tich-loai-dat', caption: t('dashboard.areaByLandUse'),
    columns: [{ label: t('dashboard.col.zone'), kind: 'text' }, { label: t('dashboard.col.zoneCode'), kind: 'text' },
      ...codes.map((c) => ({ label: t('dashboard.col.landUseHa', { code: c.code, name: name(c) }), kind: 'ha' as const }))],
    rows: zones.map((z) => [z.name, z.code, ...codes.map((c) => z.statistics.areaByLandUse.find((a) => a.landUse.code === c.code)?.areaHa ?? 0)]),
  };
}

/** Occupancy per zone and for the whole economic zone (first row); a zone offering no plot has no rate. */
export function occupancyTable(whole: Statistics, zones: ZoneStats[]): DataTable {
  const row = (label: string, code: string, s: Statistics) =>
    [label, code, s.plotsForInvestment, s.plotsAllocated, s.plotsAvailable, s.plotsForInvestment > 0 ? s.occupancyRate : null];
  return {
    slug: 'thong-ke-lap-day', caption: t('dashboard.occupancy'),
    columns: [{ label: t('dashboard.col.zone'), kind: 'text' }, { label: t('dashboard.col.zoneCode'), kind: 'text' },
      { label: t('dashboard.col.offered'), kind: 'count' }, { label: t('dashboard.col.allocated'), kind: 'count' },
      { label: t('dashboard.col.available'), kind: 'count' }, { label: t('dashboard.col.occupancy'), kind: 'percent' }],
    rows: [row(t('dashboard.whole'), '', whole), ...zones.map((z) => row(z.name, z.code, z.statistics))],
  };
}

export function projectTable(projects: ProjectStats[]): DataTable {
  return {
    slug: 'thong-ke-gpmb-du-an', caption: t('dashboard.clearance'), part: t('dashboard.csvByProject'),
    columns: [{ label: t('dashboard.col.projectName'), kind: 'text' }, { label: t('dashboard.col.projectCode'), kind: 'text' },
      { label: t('dashboard.col.zone'), kind: 'text' }, { label: t('dashboard.col.parcels'), kind: 'count' },
      { label: t('dashboard.col.handedOver'), kind: 'count' }, { label: t('dashboard.col.handoverRate'), kind: 'percent' }],
    rows: projects.map((p) => [p.name, p.code, p.zone?.name ?? t('dashboard.outsideZones'), p.progress.parcels, p.progress.parcelsHandedOver, p.progress.rate]),
  };
}

/** A zone without any project has nothing to clear: its rate is "no project", not 0%. */
export function zoneClearanceTable(whole: Statistics, zones: ZoneStats[]): DataTable {
  const row = (label: string, code: string, s: Statistics) => [label, code, s.clearance.projects, s.clearance.parcels, s.clearance.parcelsHandedOver,
    s.clearance.projects === 0 ? t('dashboard.noProject') : s.clearance.rate];
  return {
    slug: 'thong-ke-gpmb-khu', caption: t('dashboard.clearanceZones'), part: t('dashboard.csvByZone'),
    columns: [{ label: t('dashboard.col.zone'), kind: 'text' }, { label: t('dashboard.col.zoneCode'), kind: 'text' },
      { label: t('dashboard.col.projects'), kind: 'count' }, { label: t('dashboard.col.parcels'), kind: 'count' },
      { label: t('dashboard.col.handedOver'), kind: 'count' }, { label: t('dashboard.col.handoverRate'), kind: 'percent' }],
    rows: [row(t('dashboard.whole'), '', whole), ...zones.map((z) => row(z.name, z.code, z.statistics))],
  };
}

/** Parcels of a project at each step: index 0 is "not started", then step 1..n. */
export function parcelsByStep(project: ProjectStats, steps: StepKind[]): number[] {
  const counts = [0, ...steps.map(() => 0)];
  for (const parcel of project.parcels) {
    const at = parcel.currentStep ? steps.findIndex((s) => s.stepNo === parcel.currentStep?.stepNo) + 1 : 0;
    counts[Math.max(at, 0)]++;
  }
  return counts;
}

export function stepTable(projects: ProjectStats[], steps: StepKind[]): DataTable {
  return {
    slug: 'thong-ke-gpmb-theo-buoc', caption: t('dashboard.steps', { steps: steps.length }),
    columns: [{ label: t('dashboard.col.projectName'), kind: 'text' }, { label: t('dashboard.col.projectCode'), kind: 'text' },
      { label: t('dashboard.notStarted'), kind: 'count' },
      ...steps.map((s) => ({ label: t('dashboard.col.step', { no: s.stepNo, name: name(s) }), kind: 'count' as const })),
      { label: t('dashboard.col.total'), kind: 'count' }],
    rows: projects.map((p) => [p.name, p.code, ...parcelsByStep(p, steps), p.parcels.length]),
  };
}

export function conversionTable(zones: ZoneStats[]): DataTable {
  return {
    slug: 'thong-ke-chuyen-muc-dich', caption: t('dashboard.conversions'),
    columns: [{ label: t('dashboard.col.zone'), kind: 'text' }, { label: t('dashboard.col.zoneCode'), kind: 'text' },
      { label: t('dashboard.col.status'), kind: 'text' }, { label: t('dashboard.col.count'), kind: 'count' }, { label: t('dashboard.col.areaHa'), kind: 'ha' }],
    rows: zones.flatMap((z) => z.statistics.conversions.map((c) => [z.name, z.code, tEnum('conversionStatus', c.status), c.count, c.areaHa])),
  };
}

/** The name in the current language. */
export const localName = name;
