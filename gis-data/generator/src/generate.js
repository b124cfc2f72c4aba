// Generates gis-data/sample/* deterministically (seeded PRNG streams, PROJ's cs2cs for every
// coordinate transformation). Run: `npm run generate` in gis-data/generator; then `npm run validate`.
//
// Everything is designed on the EPSG:9215 plane (VN-2000 / TM-3 107-15, Lạng Sơn), in metres:
// zones are rectangles, plots a grid of lots with roads between them, current-state cells a
// 100 m grid. Plots are written in EPSG:9215 (the loader must transform them); every other
// layer is transformed to WGS84 with cs2cs here.
import { mkdirSync } from 'node:fs';
import {
  Rng, rectRing, reverseRing, rectPolygon, rectMulti, geometriesToWgs84, writeFeatureCollection,
  writeJsonArray, writeCsv, addDays, addYears, randomDate, round, pointInRing,
} from './lib.js';
import { LAND_USE_CODES, LAND_USE_CODE_SET, CLEARANCE_STEPS, CONVERSION_RULES, requiredAuthority, landKindOf } from './reference.js';
import { ANCHORS, KKT_OUTLINE, ZONES, ZONES_OUTSIDE_KKT, onVietnameseSide, borderNorthing } from './places.js';

// SAMPLE_OUT (a directory) lets the tests regenerate elsewhere and compare with the committed files.
const OUT = process.env.SAMPLE_OUT ? process.env.SAMPLE_OUT.replace(/\/?$/, '/') : new URL('../../sample/', import.meta.url).pathname;
/** "Today" for the sample: statuses (active, ended, pending ...) are as of this date. */
export const REF_DATE = '2025-10-01';

const BQL = 'Ban Quản lý KKT cửa khẩu Đồng Đăng – Lạng Sơn';
const UBND = 'UBND tỉnh Lạng Sơn';
const TTG = 'Thủ tướng Chính phủ';
const ILLUSTRATIVE_NOTE = 'Hồ sơ minh họa (dữ liệu mẫu, không phải hồ sơ thật).';

// ============================================================================ plots
const MARGIN = 6; // zone boundary -> road plot
const PERIMETER_ROAD = 20;
const ROAD = 24;

function indicators(code, rng) {
  const pick = (a) => rng.pick(a);
  const farOf = (density, floors, f) => round((density / 100) * floors * f, 1);
  switch (code) {
    case 'SKK': case 'SKT': case 'SKC': case 'CSK': {
      const d = pick([60, 65, 70]); const fl = pick([3, 4, 5]);
      return { max_building_density: d, max_floors: fl, far: farOf(d, fl, rng.range(0.6, 0.8)), for_investment: true };
    }
    case 'TMD': {
      const d = pick([40, 50, 60, 70]); const fl = pick([2, 3, 5, 7, 9]);
      return { max_building_density: d, max_floors: fl, far: farOf(d, fl, rng.range(0.6, 0.9)), for_investment: true };
    }
    case 'ODT': {
      const d = pick([60, 70, 80]); const fl = pick([3, 5, 7, 9, 12]);
      return { max_building_density: d, max_floors: fl, far: farOf(d, fl, rng.range(0.7, 0.9)), for_investment: true };
    }
    case 'DGT': // car parks and inspection yards (bến bãi) are leased to investors
      return { max_building_density: 10, max_floors: 2, far: 0.1, for_investment: true };
    case 'DKV': return { max_building_density: 5, max_floors: 1, far: 0.05, for_investment: false };
    case 'DRA': case 'DNL': return { max_building_density: 40, max_floors: 2, far: 0.4, for_investment: false };
    case 'TSC': { const fl = pick([3, 4, 5]); return { max_building_density: 40, max_floors: fl, far: farOf(40, fl, 0.8), for_investment: false }; }
    case 'DGD': return { max_building_density: 40, max_floors: 4, far: 1.4, for_investment: false };
    case 'DYT': return { max_building_density: 40, max_floors: 5, far: 1.8, for_investment: false };
    default: throw new Error('no indicators for ' + code);
  }
}

/**
 * The setback from the road boundary (chỉ giới xây dựng lùi so với chỉ giới đường đỏ) and the height
 * limit of a lot, derived from its use and floors without random draws (so the rest of the sample
 * stays as it was): factories 6 m back and 6 m a floor, other buildings 3 m back and 3.6 m a floor.
 * Roads and green space have none.
 */
function buildingControls(code, floors) {
  if (!floors || ['DGT', 'DKV'].includes(code)) return { min_setback_m: null, max_height_m: null };
  const industrial = ['SKK', 'SKT', 'SKC', 'CSK'].includes(code);
  return { min_setback_m: industrial ? 6 : code === 'TMD' ? 4 : 3, max_height_m: Math.round(floors * (industrial ? 6 : 3.6) * 2) / 2 };
}

/** Lays out blocks and lots of a zone on the plane. */
function layoutZone(z) {
  const rng = new Rng('layout/' + z.code);
  const innerW = z.W - 2 * (MARGIN + PERIMETER_ROAD), innerH = z.H - 2 * (MARGIN + PERIMETER_ROAD);
  const bw = (innerW - (z.nx - 1) * ROAD) / z.nx, bh = (innerH - (z.ny - 1) * ROAD) / z.ny;
  const blocks = [];
  for (let j = 0; j < z.ny; j++) {
    for (let i = 0; i < z.nx; i++) {
      const x0 = z.E0 + Math.round(MARGIN + PERIMETER_ROAD + i * (bw + ROAD));
      const x1 = z.E0 + Math.round(MARGIN + PERIMETER_ROAD + i * (bw + ROAD) + bw);
      const y0 = z.N0 + Math.round(MARGIN + PERIMETER_ROAD + j * (bh + ROAD));
      const y1 = z.N0 + Math.round(MARGIN + PERIMETER_ROAD + j * (bh + ROAD) + bh);
      const spec = z.special[`${i},${j}`] ?? { code: z.base, rows: z.rows, lot: z.lot };
      const letter = String.fromCharCode(65 + j * z.nx + i);
      let cuts = [x0, x1];
      let rows = [y0, y1];
      if (!spec.single) {
        const k = Math.max(1, Math.round((x1 - x0) / spec.lot));
        const w = Array.from({ length: k }, () => rng.range(0.8, 1.2));
        const total = w.reduce((a, b) => a + b, 0);
        cuts = [x0];
        let acc = 0;
        for (let c = 0; c < k - 1; c++) { acc += w[c]; cuts.push(x0 + Math.round(((x1 - x0) * acc) / total)); }
        cuts.push(x1);
        if (spec.rows === 2) rows = [y0, Math.round((y0 + y1) / 2) + rng.int(-8, 8), y1];
      }
      blocks.push({ i, j, letter, code: spec.code, single: !!spec.single, rect: [x0, y0, x1, y1], cuts, rows });
    }
  }
  return blocks;
}

function buildPlots() {
  const rng = new Rng('plots');
  const plots = [];
  const zoneBlocks = new Map();
  for (const z of ZONES) {
    const blocks = layoutZone(z);
    zoneBlocks.set(z.code, blocks);
    // The road network: the zone minus a 6 m strip, with every block as a hole. The holes pass
    // through every lot corner on the block edge, so lots and road share exact edges.
    const outer = rectRing(z.E0 + MARGIN, z.N0 + MARGIN, z.E0 + z.W - MARGIN, z.N0 + z.H - MARGIN);
    const holes = blocks.map((b) => reverseRing(rectRing(...b.rect, { bottom: b.cuts, top: b.cuts, left: b.rows, right: b.rows })));
    plots.push({
      code: `${z.short}-GT`, zone_code: z.code, land_use_code: 'DGT', block: null,
      max_building_density: 0, max_floors: 0, far: 0, for_investment: false,
      geometry: { type: 'Polygon', coordinates: [outer, ...holes] }, rect: [z.E0 + MARGIN, z.N0 + MARGIN, z.E0 + z.W - MARGIN, z.N0 + z.H - MARGIN],
    });
    for (const b of blocks) {
      let n = 0;
      for (let r = 0; r + 1 < b.rows.length; r++) {
        for (let c = 0; c + 1 < b.cuts.length; c++) {
          n++;
          const rect = [b.cuts[c], b.rows[r], b.cuts[c + 1], b.rows[r + 1]];
          plots.push({
            code: `${z.short}-${b.letter}-${String(n).padStart(2, '0')}`, zone_code: z.code, land_use_code: b.code, block: b.letter,
            ...indicators(b.code, rng), geometry: rectPolygon(...rect), rect,
          });
        }
      }
    }
  }
  return { plots, zoneBlocks };
}

// ============================================================================ dossiers
const expand = ([x0, y0, x1, y1], d) => [x0 - d, y0 - d, x1 + d, y1 + d];
const zoneRect = (z) => [z.E0, z.N0, z.E0 + z.W, z.N0 + z.H];
const bboxOf = (rects) => [Math.min(...rects.map((r) => r[0])), Math.min(...rects.map((r) => r[1])),
  Math.max(...rects.map((r) => r[2])), Math.max(...rects.map((r) => r[3]))];
const rectArea = ([x0, y0, x1, y1]) => (x1 - x0) * (y1 - y0);
const rectsOverlap = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const rectInside = (inner, outer) => inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
function rectPerimeterPoints([x0, y0, x1, y1], step = 50) {
  const pts = [];
  for (let x = x0; x <= x1; x += step) pts.push([x, y0], [x, y1]);
  for (let y = y0; y <= y1; y += step) pts.push([x0, y], [x1, y]);
  pts.push([x1, y1], [x1, y0], [x0, y1]);
  return pts;
}
const rectInKkt = (r) => rectPerimeterPoints(r).every((p) => pointInRing(p, KKT_OUTLINE));
const rectOnVnSide = (r, margin = 20) => rectPerimeterPoints(r).every((p) => onVietnameseSide(p, margin));

/** Decision numbers grow through the year: about max × (day of year / 365), plus some noise. */
function numberInYear(rng, date, max) {
  const doy = (Date.parse(date + 'T00:00:00Z') - Date.parse(date.slice(0, 4) + '-01-01T00:00:00Z')) / 86400000;
  return Math.max(1, Math.round((max * doy) / 365 + rng.range(-0.06, 0.06) * max));
}
class DecisionNumbers {
  constructor() { this.rng = new Rng('decision-numbers'); this.used = new Set(); }
  next(body, date) {
    const suffix = { [UBND]: 'QĐ-UBND', [BQL]: 'QĐ-BQLKKT', [TTG]: 'QĐ-TTg' }[body];
    const max = body === UBND ? 2600 : 420;
    for (;;) {
      const n = `${numberInYear(this.rng, date, max)}/${suffix}`;
      const key = n + '@' + date.slice(0, 4);
      if (!this.used.has(key)) { this.used.add(key); return n; }
    }
  }
}

// Places for the illustrative dossiers. The first five come from domain.md; the others are
// rough guesses (for spreading names and shapes plausibly), not surveyed positions.
const DOSSIER_PLACES = [
  { name: 'thị trấn Đồng Đăng', abbr: 'DD', E: ANCHORS.dong_dang.E, N: ANCHORS.dong_dang.N, w: 3 },
  { name: 'thành phố Lạng Sơn', abbr: 'TPLS', E: ANCHORS.lang_son_city.E, N: ANCHORS.lang_son_city.N, w: 4 },
  { name: 'khu vực cửa khẩu Tân Thanh', abbr: 'TT', E: ANCHORS.tan_thanh_gate.E - 900, N: ANCHORS.tan_thanh_gate.N - 900, w: 2 },
  { name: 'khu vực cửa khẩu Hữu Nghị', abbr: 'HN', E: ANCHORS.huu_nghi_gate.E - 900, N: ANCHORS.huu_nghi_gate.N - 900, w: 2 },
  { name: 'khu vực Cốc Nam', abbr: 'CN', E: ANCHORS.coc_nam.E - 500, N: ANCHORS.coc_nam.N - 700, w: 1 },
  { name: 'thị trấn Cao Lộc', abbr: 'CL', E: 451200, N: 2419400, w: 2 },
  { name: 'xã Đồng Giáp', abbr: 'DG', E: 436200, N: 2418500, w: 1 },
  { name: 'khu vực Hoàng Đồng', abbr: 'HDG', E: 445200, N: 2420800, w: 2 },
  { name: 'khu vực Mai Pha', abbr: 'MP', E: 447000, N: 2414500, w: 2 },
  { name: 'xã Tân Mỹ', abbr: 'TM', E: 438300, N: 2431000, w: 1 },
];
const PROJECT_TYPES = [
  'Khu dân cư', 'Khu tái định cư', 'Bãi đỗ xe hàng hóa', 'Khu kho bãi, dịch vụ logistics', 'Chợ đầu mối nông sản',
  'Trung tâm thương mại – dịch vụ', 'Khu nhà ở xã hội', 'Khu dịch vụ hỗn hợp', 'Khu nhà ở công nhân', 'Tuyến đường nhánh',
  'Công viên cây xanh', 'Trường mầm non', 'Khu xử lý nước thải tập trung', 'Bến xe khách', 'Bãi kiểm hóa tập trung',
  'Khu đô thị mới', 'Trung tâm logistics', 'Khu văn phòng, khách sạn',
];

function buildDossiers(zoneBlocks, plots) {
  const rng = new Rng('dossiers');
  const dn = new DecisionNumbers();
  const D = [];
  const byCode = new Map();
  const add = (d) => {
    const full = {
      code: d.code, name: d.name, kind: d.kind, scale: d.scale ?? null, status: d.status,
      decision_number: d.decision_number ?? null, decision_date: d.decision_date ?? null, approving_body: d.approving_body ?? null,
      adjusts: d.adjusts ?? null, published: d.published ?? d.status !== 'in_preparation', illustrative: d.illustrative ?? true,
      summary: d.summary, rect: d.rect ?? null, ring: d.ring ?? null,
    };
    if (byCode.has(full.code)) throw new Error('duplicate dossier ' + full.code);
    if (full.adjusts && !byCode.has(full.adjusts)) throw new Error(`${full.code} adjusts unknown/later ${full.adjusts}`);
    D.push(full); byCode.set(full.code, full);
    return full;
  };
  const approve = (body, date) => ({ status: 'approved', approving_body: body, decision_date: date, decision_number: dn.next(body, date) });
  const markAdjusted = (code, how) => {
    const t = byCode.get(code);
    if (t.status === 'in_preparation') return;
    t.status = how === 'superseded' ? 'superseded' : (t.status === 'superseded' ? 'superseded' : 'adjusted');
  };
  const zoneOf = (code) => ZONES.find((z) => z.code === code);

  // ---- the real dossiers (domain.md, seeds 000, 002, 003); boundaries are illustrative
  add({
    code: 'QHC-2010-1055', kind: 'general_plan', scale: '1/10000', illustrative: false, published: true,
    name: 'Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn, tỉnh Lạng Sơn đến năm 2030',
    status: 'approved', decision_number: '1055/QĐ-TTg', decision_date: '2010-07-08', approving_body: TTG,
    summary: 'Quy hoạch chung xây dựng KKT cửa khẩu Đồng Đăng – Lạng Sơn đến năm 2030 (khoảng 394 km²: TP Lạng Sơn, một phần huyện Cao Lộc, Văn Lãng, Văn Quan, Chi Lăng). Số, ngày quyết định là thật; ranh giới trong dữ liệu mẫu là phác họa, tỷ lệ bản vẽ chưa xác minh.',
    ring: KKT_OUTLINE,
  });
  add({
    code: 'NVQHC-2024-1009', kind: 'planning_task', illustrative: false, published: true,
    name: 'Nhiệm vụ điều chỉnh Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn, tỉnh Lạng Sơn đến năm 2045',
    status: 'approved', decision_number: '1009/QĐ-TTg', decision_date: '2024-09-19', approving_body: TTG,
    summary: 'Nhiệm vụ điều chỉnh quy hoạch chung KKT đến năm 2045 (điều chỉnh đồ án 1055/QĐ-TTg). Số, ngày quyết định là thật; ranh giới phác họa theo ranh giới KKT.',
    ring: KKT_OUTLINE,
  });
  add({
    code: 'DCCB-QHC-2022', kind: 'local_adjustment', scale: '1/10000', illustrative: false, published: false,
    name: 'Điều chỉnh cục bộ Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn, tỉnh Lạng Sơn đến năm 2030',
    status: 'in_preparation', adjusts: 'QHC-2010-1055',
    summary: 'Hồ sơ điều chỉnh cục bộ quy hoạch chung 1055/QĐ-TTg, được Ban Quản lý nêu là nhiệm vụ hoàn thành năm 2022 (tin bài). Số, ngày quyết định phê duyệt chưa xác minh nên để trống (trạng thái cần cán bộ cập nhật); phạm vi điều chỉnh trong dữ liệu mẫu là phác họa.',
    rect: [440400, 2424000, 445500, 2428600],
  });
  const dbZone = zoneOf('KCN-DONG-BANH');
  add({
    code: 'QHPK-DB-2013', kind: 'zoning_plan', scale: '1/2000',
    name: 'Quy hoạch chi tiết xây dựng tỷ lệ 1/2000 Khu công nghiệp Đồng Bành, huyện Chi Lăng (quy mô khoảng 321,76 ha)',
    ...approve(UBND, '2013-05-21'),
    summary: `Đồ án 1/2000 ban đầu của KCN Đồng Bành, quy mô khoảng 321,76 ha (con số chưa xác minh). ${ILLUSTRATIVE_NOTE}`,
    rect: [430000, 2397100, 432145, 2398600],
  });
  add({
    code: 'QHPK-DB-2022', kind: 'zoning_plan', scale: '1/2000', illustrative: false, published: false,
    name: 'Điều chỉnh Quy hoạch tỷ lệ 1/2000 Khu công nghiệp Đồng Bành, tỉnh Lạng Sơn',
    status: 'in_preparation', adjusts: 'QHPK-DB-2013',
    summary: 'Hồ sơ điều chỉnh quy hoạch 1/2000 KCN Đồng Bành, hoàn thành năm 2022 theo tin bài của Ban Quản lý; quy mô sau điều chỉnh khoảng 162 ha. Số, ngày quyết định phê duyệt chưa xác minh nên để trống; ranh giới phác họa.',
    rect: expand(zoneRect(dbZone), 40),
  });
  const realZoning = [
    ['QHPK-KTCHH', 'KTCHH', 'Quy hoạch phân khu xây dựng Khu trung chuyển hàng hóa, KKT cửa khẩu Đồng Đăng – Lạng Sơn',
      'Quy hoạch của Khu trung chuyển hàng hóa (khu chức năng được nêu trong tin bài của Ban Quản lý).'],
    ['QHPK-KCX1', 'KCX-1', 'Quy hoạch phân khu xây dựng Khu chế xuất 1, KKT cửa khẩu Đồng Đăng – Lạng Sơn',
      'Quy hoạch của Khu chế xuất 1 (khu chức năng được nêu trong tin bài của Ban Quản lý).'],
    ['QHPK-KPTQ', 'KPTQ', 'Quy hoạch phân khu xây dựng Khu phi thuế quan (giai đoạn I), KKT cửa khẩu Đồng Đăng – Lạng Sơn',
      'Quy hoạch của Khu phi thuế quan giai đoạn I (khu chức năng được nêu trong tin bài của Ban Quản lý).'],
    ['QHPK-TANTHANH', 'CK-TAN-THANH', 'Quy hoạch khu vực cửa khẩu Tân Thanh phục vụ Đề án phát triển thương mại, du lịch Tân Thanh',
      'Quy hoạch khu vực cửa khẩu Tân Thanh gắn với Đề án phát triển thương mại, du lịch Tân Thanh (tin bài năm 2022).'],
  ];
  for (const [code, zcode, name, what] of realZoning) {
    add({
      code, kind: 'zoning_plan', scale: '1/2000', illustrative: false, published: false, status: 'in_preparation', name,
      summary: `${what} Hồ sơ có thật nhưng loại đồ án, tỷ lệ, số và ngày quyết định chưa xác minh nên để trống; ranh giới và vị trí trong dữ liệu mẫu là minh họa.`,
      rect: expand(zoneRect(zoneOf(zcode)), 50),
    });
  }

  // ---- illustrative general plans of the border-gate areas outside the KKT
  const gateGeneral = [
    ['QHC-CM-2013', 'CK-CHI-MA', 'chi_ma_gate', 'Quy hoạch chung xây dựng khu vực cửa khẩu Chi Ma, huyện Lộc Bình', '2013-11-12'],
    ['QHC-NH-2015', 'CK-NA-HINH', 'na_hinh', 'Quy hoạch chung xây dựng khu vực cửa khẩu Na Hình, huyện Văn Lãng', '2015-08-04'],
    ['QHC-BN-2019', 'CK-BINH-NGHI', 'binh_nghi', 'Quy hoạch chung xây dựng khu vực cửa khẩu Bình Nghi, huyện Tràng Định', '2019-03-26'],
  ];
  for (const [code, zcode, anchor, name, date] of gateGeneral) {
    const z = zoneOf(zcode), a = ANCHORS[anchor];
    add({
      code, kind: 'general_plan', scale: '1/5000', name, ...approve(UBND, date),
      summary: `Định hướng phát triển không gian khu vực cửa khẩu đến năm 2030. ${ILLUSTRATIVE_NOTE}`,
      rect: [z.E0 - 1600, z.N0 - 1400, Math.round(a.E) - 40, Math.round(a.N) - 40],
    });
  }

  // ---- illustrative dossiers defining the other zones
  const zoneDefs = [
    ['QHPK-HN-2014', 'CK-HUU-NGHI', 'zoning_plan', '1/2000', 'Quy hoạch phân khu tỷ lệ 1/2000 khu vực cửa khẩu quốc tế Hữu Nghị', '2014-09-15', UBND],
    ['QHCT-GDD-2015', 'GA-DONG-DANG', 'detailed_plan', '1/500', 'Quy hoạch chi tiết tỷ lệ 1/500 khu vực ga đường sắt liên vận quốc tế Đồng Đăng', '2015-06-30', BQL],
    ['QHPK-HTKT-2016', 'KHTKT-DONG-DANG', 'zoning_plan', '1/2000', 'Quy hoạch phân khu tỷ lệ 1/2000 Khu hợp tác kinh tế Đồng Đăng', '2016-04-19', UBND],
    ['QHPK-CM-2016', 'CK-CHI-MA', 'zoning_plan', '1/2000', 'Quy hoạch phân khu tỷ lệ 1/2000 khu vực cửa khẩu Chi Ma', '2016-10-07', UBND],
    ['QHPK-HD-2017', 'KDT-HOANG-DONG', 'zoning_plan', '1/2000', 'Quy hoạch phân khu tỷ lệ 1/2000 Khu đô thị – dịch vụ Hoàng Đồng', '2017-12-22', UBND],
    ['QHCT-NH-2018', 'CK-NA-HINH', 'detailed_plan', '1/500', 'Quy hoạch chi tiết tỷ lệ 1/500 khu vực cửa khẩu Na Hình', '2018-07-11', BQL],
    ['QHCT-CN-2019', 'CK-COC-NAM', 'detailed_plan', '1/500', 'Quy hoạch chi tiết tỷ lệ 1/500 khu vực đường chuyên dụng, lối thông quan Cốc Nam', '2019-05-28', BQL],
    ['QHCT-BN-2021', 'CK-BINH-NGHI', 'detailed_plan', '1/500', 'Quy hoạch chi tiết tỷ lệ 1/500 khu vực cửa khẩu Bình Nghi', '2021-11-03', BQL],
  ];
  for (const [code, zcode, kind, scale, name, date, body] of zoneDefs) {
    add({
      code, kind, scale, name, ...approve(body, date),
      summary: `Xác định ranh giới, cơ cấu sử dụng đất và chỉ tiêu của ${zoneOf(zcode).name}. ${ILLUSTRATIVE_NOTE}`,
      rect: expand(zoneRect(zoneOf(zcode)), kind === 'detailed_plan' ? 20 : 60),
    });
  }

  // ---- detailed plans (1/500) setting the lot indicators inside the zones
  const plotDossier = new Map(); // plot code -> dossier code
  const groupPlans = [];
  for (const z of ZONES) {
    const blocks = zoneBlocks.get(z.code);
    const definer = byCode.get(z.dossier);
    if (definer.kind === 'detailed_plan') {
      for (const p of plots.filter((p) => p.zone_code === z.code)) plotDossier.set(p.code, z.dossier);
      continue;
    }
    for (const p of plots.filter((p) => p.zone_code === z.code && !p.block)) plotDossier.set(p.code, z.dossier);
    for (let g = 0; g < z.groups; g++) {
      const inGroup = blocks.filter((b) => (z.groups === 1 ? 0 : b.j < z.ny / 2 ? 0 : 1) === g);
      const code = `QHCT-${z.short}-0${g + 1}`;
      const base = definer.decision_date ?? '2015-01-01';
      const date = randomDate(rng, addDays(base, 200), z.code === 'KCN-DONG-BANH' ? '2016-12-31' : '2022-12-31');
      const part = z.groups === 1 ? '' : g === 0 ? ', phần phía nam' : ', phần phía bắc';
      const d = add({
        code, kind: 'detailed_plan', scale: '1/500', name: `Quy hoạch chi tiết tỷ lệ 1/500 ${z.name}${part}`,
        ...approve(BQL, date),
        summary: `Quy hoạch chi tiết xác định các lô đất ${inGroup.map((b) => z.short + '-' + b.letter).join(', ')} với mật độ xây dựng, tầng cao, hệ số sử dụng đất. ${ILLUSTRATIVE_NOTE}`,
        rect: expand(bboxOf(inGroup.map((b) => b.rect)), 8),
      });
      groupPlans.push(d);
      for (const b of inGroup) for (const p of plots.filter((p) => p.zone_code === z.code && p.block === b.letter)) plotDossier.set(p.code, code);
    }
  }
  // local adjustments of one block in some zones: new indicators for its lots
  for (const [short, letter] of [['DB', 'F'], ['KCX1', 'C'], ['PTQ', 'B'], ['HD', 'E'], ['HN', 'B']]) {
    const z = ZONES.find((q) => q.short === short);
    const b = zoneBlocks.get(z.code).find((q) => q.letter === letter);
    const lots = plots.filter((p) => p.zone_code === z.code && p.block === letter);
    const target = plotDossier.get(lots[0].code);
    const t = byCode.get(target);
    const date = randomDate(rng, addDays(t.decision_date, 400), '2025-06-30');
    const code = `DCCB-${target}-${letter}`;
    add({
      code, kind: 'local_adjustment', scale: '1/500', adjusts: target, ...approve(BQL, date),
      name: `Điều chỉnh cục bộ ${t.name.replace('Quy hoạch', 'quy hoạch')} tại lô ${short}-${letter}`,
      summary: `Điều chỉnh cục bộ chỉ tiêu mật độ xây dựng, tầng cao các lô ${short}-${letter}-xx theo nhu cầu nhà đầu tư. ${ILLUSTRATIVE_NOTE}`,
      rect: expand(b.rect, 4),
    });
    markAdjusted(target);
    for (const p of lots) {
      plotDossier.set(p.code, code);
      if (p.max_floors > 0) {
        p.max_floors += 1;
        p.max_building_density = Math.min(80, p.max_building_density + 5);
        p.far = round(p.far * 1.2, 1);
      }
    }
  }

  // the plan of the KPTQ phase II extension, basis of clearance project GPMB-KPTQ-GD2
  add({
    code: 'QHCT-PTQ-GD2', kind: 'detailed_plan', scale: '1/500', status: 'in_preparation', published: true,
    name: 'Quy hoạch chi tiết tỷ lệ 1/500 Khu phi thuế quan (giai đoạn II)',
    summary: `Đồ án đang lập cho phần mở rộng giai đoạn II của Khu phi thuế quan; đã lấy ý kiến cộng đồng. ${ILLUSTRATIVE_NOTE}`,
    rect: [445250, 2427450, 445850, 2428050],
  });
  const zoneDefiners = new Set(ZONES.map((z) => z.dossier));

  // ---- the remaining illustrative dossiers, up to 198
  const TOTAL = 198;
  const placeWeights = DOSSIER_PLACES.flatMap((p) => Array(p.w).fill(p));
  const nameCount = new Map();
  const codeSeq = new Map();
  const newRect = (place, minSide, maxSide) => {
    for (let tries = 0; tries < 500; tries++) {
      const w = Math.round(rng.range(minSide, maxSide) / 10) * 10, h = Math.round(rng.range(minSide, maxSide) / 10) * 10;
      const cx = place.E + rng.range(-2200, 2200), cy = place.N + rng.range(-2200, 2200);
      const r = [Math.round(cx - w / 2), Math.round(cy - h / 2), Math.round(cx + w / 2), Math.round(cy + h / 2)];
      if (rectInKkt(r) && rectOnVnSide(r, 60)) return r;
    }
    throw new Error('no room near ' + place.name);
  };
  const subRect = ([x0, y0, x1, y1]) => {
    const fw = rng.range(0.25, 0.6), fh = rng.range(0.25, 0.6);
    const w = (x1 - x0) * fw, h = (y1 - y0) * fh;
    const ox = x0 + rng.range(0, (x1 - x0) - w), oy = y0 + rng.range(0, (y1 - y0) - h);
    return [Math.round(ox), Math.round(oy), Math.round(ox + w), Math.round(oy + h)];
  };
  const codeFor = (prefix) => {
    const n = (codeSeq.get(prefix) ?? 0) + 1; codeSeq.set(prefix, n);
    return `${prefix}-${String(n).padStart(2, '0')}`;
  };
  const detailedNames = [];
  while (D.length < TOTAL) {
    const roll = rng.next();
    const approvedPlans = D.filter((d) => d.illustrative && d.status === 'approved' && ['detailed_plan', 'zoning_plan'].includes(d.kind) &&
      d.decision_date < '2024-06-01' && d.rect);
    if (roll < 0.6 || approvedPlans.length < 5) {
      // a new detailed plan, sometimes with its planning task
      const place = rng.pick(placeWeights);
      const type = rng.pick(PROJECT_TYPES);
      const key = type + '|' + place.name;
      const k = (nameCount.get(key) ?? 0) + 1; nameCount.set(key, k);
      const name = `Quy hoạch chi tiết tỷ lệ 1/500 ${type}${k > 1 ? ' số ' + k : ''}, ${place.name}`;
      const date = randomDate(rng, '2011-03-01', '2025-08-31');
      const year = date.slice(0, 4);
      const inPrep = rng.chance(0.1) || date > '2025-05-31';
      const rect = newRect(place, 150, 800);
      const withTask = rng.chance(0.35) && D.length < TOTAL - 1;
      if (withTask) {
        const tdate = inPrep ? randomDate(rng, '2024-01-01', '2025-06-30') : addDays(date, -rng.int(150, 420));
        add({
          code: codeFor(`NV-${place.abbr}-${tdate.slice(0, 4)}`), kind: 'planning_task',
          name: `Nhiệm vụ ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
          ...approve(BQL, tdate),
          summary: `Nhiệm vụ lập quy hoạch chi tiết: phạm vi, mục tiêu, yêu cầu nội dung đồ án. ${ILLUSTRATIVE_NOTE}`,
          rect,
        });
      }
      const d = add({
        code: codeFor(`QHCT-${place.abbr}-${year}`), kind: 'detailed_plan', scale: '1/500', name,
        ...(inPrep ? { status: 'in_preparation', approving_body: BQL } : approve(BQL, date)),
        summary: `${type} tại ${place.name}: tổ chức không gian, sử dụng đất, hạ tầng kỹ thuật; chỉ tiêu lô đất. ${ILLUSTRATIVE_NOTE}`,
        rect,
      });
      if (inPrep) { d.approving_body = null; d.published = rng.chance(0.5); }
      detailedNames.push(d);
    } else if (roll < 0.89) {
      // a local adjustment of an approved illustrative plan
      const t = rng.pick(approvedPlans);
      const date = randomDate(rng, addDays(t.decision_date, 300), '2025-08-31');
      const inPrep = rng.chance(0.1);
      const body = t.approving_body ?? BQL;
      add({
        code: codeFor(`DCCB-${date.slice(0, 4)}`), kind: 'local_adjustment', scale: t.scale, adjusts: t.code,
        name: `Điều chỉnh cục bộ ${t.name.charAt(0).toLowerCase()}${t.name.slice(1)}`,
        ...(inPrep ? { status: 'in_preparation' } : approve(body, date)),
        summary: `Điều chỉnh cục bộ một phần đồ án ${t.code} (chức năng sử dụng đất, chỉ tiêu, hướng tuyến giao thông nội bộ). ${ILLUSTRATIVE_NOTE}`,
        rect: subRect(t.rect),
      });
      if (!inPrep) markAdjusted(t.code);
    } else {
      // a full revision that supersedes an earlier approved detailed plan
      const candidates = approvedPlans.filter((d) => d.kind === 'detailed_plan' && !groupPlans.includes(d) && !zoneDefiners.has(d.code) &&
        !d.code.endsWith('-DC') && d.decision_date < '2021-01-01');
      if (candidates.length === 0) continue;
      const t = rng.pick(candidates);
      const date = randomDate(rng, addDays(t.decision_date, 700), '2025-08-31');
      const [x0, y0, x1, y1] = t.rect;
      let rect = [x0 - rng.int(0, 80), y0 - rng.int(0, 80), x1 + rng.int(0, 80), y1 + rng.int(0, 80)];
      if (!(rectInKkt(rect) && rectOnVnSide(rect, 60))) rect = t.rect;
      add({
        code: `${t.code}-DC`, kind: 'detailed_plan', scale: '1/500', adjusts: t.code,
        name: `${t.name} (điều chỉnh tổng thể)`,
        ...approve(BQL, date),
        summary: `Điều chỉnh tổng thể, thay thế đồ án ${t.code}. ${ILLUSTRATIVE_NOTE}`,
        rect,
      });
      markAdjusted(t.code, 'superseded');
    }
  }
  // a few approved dossiers not yet published on the portal
  for (const d of D) if (d.illustrative && d.status !== 'in_preparation' && rng.chance(0.08)) d.published = false;
  return { dossiers: D, plotDossier };
}

// ============================================================================ investors, allocations
const INVESTORS = [
  ['NDT-01', 'Công ty Cổ phần Logistics Biên Viễn', 'VN', 'Hoàng Minh Tuấn', 'bienvien-logistics'],
  ['NDT-02', 'Công ty TNHH Kho vận Kỳ Cùng Xanh', 'VN', 'Lương Thị Thu Hà', 'kycungxanh'],
  ['NDT-03', 'Công ty Cổ phần Đầu tư Hạ tầng Núi Mẫu', 'VN', 'Nông Văn Khải', 'nuimau-infra'],
  ['NDT-04', 'Công ty TNHH Linh kiện Hoa Phong Việt Nam', 'CN', 'Trương Vĩ (Zhang Wei)', 'huafeng-vn'],
  ['NDT-05', 'Công ty TNHH Thương mại Quảng Bằng', 'CN', 'Lý Kiến Quốc (Li Jianguo)', 'guangbang-trade'],
  ['NDT-06', 'Công ty Cổ phần Nông sản Xuất khẩu Lục Khu', 'VN', 'Vi Văn Thắng', 'luckhu-agri'],
  ['NDT-07', 'Công ty TNHH Dệt may Tân Lũng', 'VN', 'Lộc Thị Hạnh', 'tanlung-textile'],
  ['NDT-08', 'Công ty TNHH Cơ khí Chính xác Hanul Vina', 'KR', 'Park Ji-hoon', 'hanul-vina'],
  ['NDT-09', 'Công ty Cổ phần Bất động sản Phố Núi Lạng', 'VN', 'Triệu Quang Vinh', 'phonuilang-land'],
  ['NDT-10', 'Công ty TNHH Điện tử Nam Bằng', 'CN', 'Hoàng Chí Cường (Huang Zhiqiang)', 'nanbang-electronics'],
  ['NDT-11', 'Công ty Cổ phần Dịch vụ Cửa khẩu Hữu Lân', 'VN', 'Hà Văn Đức', 'huulan-border'],
  ['NDT-12', 'Công ty TNHH Chế biến Hoa quả Siam Frontier', 'TH', 'Somchai Rattanakul', 'siamfrontier'],
  ['NDT-13', 'Công ty Cổ phần Vật liệu Xây dựng Đá Xanh Chi Lăng', 'VN', 'Chu Văn Bình', 'daxanh-chilang'],
  ['NDT-14', 'Công ty TNHH Chuỗi cung ứng Merlion Trail', 'SG', 'Tan Wei Ming', 'merliontrail'],
  ['NDT-15', 'Công ty TNHH Kho lạnh Sakura Frontier Việt Nam', 'JP', 'Sato Kenji', 'sakura-frontier'],
  ['NDT-16', 'Công ty Cổ phần Phát triển Đô thị Mai Sơn', 'VN', 'Lăng Thị Ngọc', 'maison-urban'],
].map(([code, name, country, representative, slug], i) => ({
  code, name, tax_code: String(9900000000 + 10437 * (i + 1)).padStart(10, '0'), country, representative,
  contact_email: `lienhe@${slug}.example`,
}));
// which investors take which land uses
const INVESTOR_POOLS = {
  SKK: ['NDT-04', 'NDT-07', 'NDT-08', 'NDT-10', 'NDT-13', 'NDT-03'],
  SKT: ['NDT-04', 'NDT-08', 'NDT-10', 'NDT-07', 'NDT-12'],
  SKC: ['NDT-12', 'NDT-13', 'NDT-06', 'NDT-05'],
  TMD: ['NDT-01', 'NDT-02', 'NDT-05', 'NDT-06', 'NDT-11', 'NDT-14', 'NDT-15'],
  DGT: ['NDT-01', 'NDT-11', 'NDT-02', 'NDT-14'],
  ODT: ['NDT-09', 'NDT-16', 'NDT-03'],
};

function buildAllocations(plots, reserved) {
  const rng = new Rng('allocations');
  const byZone = new Map(ZONES.map((z) => [z.code, z]));
  const A = [];
  let seq = 0;
  const usedDecisions = new Set();
  const decision = (date) => {
    for (;;) { const n = `${numberInYear(rng, date, 480)}/QĐ-BQLKKT`; const k = n + date.slice(0, 4); if (!usedDecisions.has(k)) { usedDecisions.add(k); return n; } }
  };
  const areaOf = (p) => rectArea(p.rect);
  const terms = (p, form, start, rngLocal) => {
    const area = areaOf(p);
    const industrial = ['SKK', 'SKT', 'SKC'].includes(p.land_use_code);
    if (form === 'lease_annual') {
      const unit = industrial ? rngLocal.int(18, 35) * 1000 : rngLocal.int(30, 70) * 1000;
      return { land_price_vnd: null, annual_rent_vnd: Math.round((area * unit) / 1000) * 1000 };
    }
    const unit = p.land_use_code === 'ODT' ? rngLocal.int(6, 14) * 1_000_000 : industrial ? rngLocal.int(900, 1600) * 1000 : rngLocal.int(1500, 3500) * 1000;
    return { land_price_vnd: Math.round((area * unit) / 1_000_000) * 1_000_000, annual_rent_vnd: null };
  };
  const NOTES = {
    lease_annual: ['Thuê đất trả tiền hằng năm; miễn tiền thuê đất trong thời gian xây dựng cơ bản (minh họa).',
      'Thuê đất trả tiền hằng năm; đơn giá ổn định 5 năm (minh họa).', 'Thuê đất trả tiền hằng năm; ưu đãi tiền thuê đất theo địa bàn KKT (minh họa).'],
    lease_one_off: ['Thuê đất trả tiền một lần cho cả thời gian thuê (minh họa).', 'Thuê đất trả tiền một lần; đã nộp đủ tiền thuê (minh họa).'],
    allocation: ['Giao đất có thu tiền sử dụng đất để thực hiện dự án nhà ở (minh họa).'],
  };
  const make = (p, investor, form, start, term, status, opts = {}) => {
    seq++;
    const pending = status === 'pending';
    const decision_date = pending ? null : addDays(start, -rng.int(10, 75));
    const row = {
      code: `${form === 'allocation' ? 'GD' : 'TD'}-${start.slice(0, 4)}-${String(seq).padStart(3, '0')}`,
      plot_code: p.code, investor_code: investor, form,
      decision_number: pending ? null : decision(decision_date), decision_date, start_date: start,
      term_years: term, status, ...terms(p, form, start, rng),
      terms_note: opts.note ?? rng.pick(NOTES[form]),
    };
    A.push(row);
    return row;
  };
  const endOf = (row) => addYears(row.start_date, row.term_years ?? 99);

  for (const p of plots) {
    if (!p.for_investment) continue;
    const z = byZone.get(p.zone_code);
    const res = reserved(p);
    if (res.blocked) {
      // land still being cleared or converted: at most a pending allocation
      if (rng.chance(0.35)) make(p, rng.pick(INVESTOR_POOLS[p.land_use_code]), 'lease_annual', randomDate(rng, '2026-01-15', '2026-09-30'), 50, 'pending',
        { note: 'Chờ hoàn thành giải phóng mặt bằng / chuyển mục đích sử dụng đất trước khi bàn giao đất (minh họa).' });
      continue;
    }
    if (!rng.chance(z.occupancy)) continue;
    const pool = INVESTOR_POOLS[p.land_use_code];
    const earliest = res.after ?? (z.code === 'KCN-DONG-BANH' ? '2014-01-01' : '2012-06-01');
    const roll = rng.next();
    if (p.land_use_code === 'ODT') {
      const start = randomDate(rng, maxDate(earliest, '2019-01-01'), '2025-06-30');
      if (rng.chance(0.6)) make(p, rng.pick(pool), 'allocation', start, null, 'active');
      else make(p, rng.pick(pool), 'lease_one_off', start, 50, 'active');
    } else if (p.land_use_code === 'DGT' && roll < 0.5 && earliest < '2013-01-01') {
      // a short lease of a yard that ended, then a new lease of the same land
      const first = make(p, rng.pick(pool), 'lease_annual', randomDate(rng, '2012-06-01', '2014-12-31'), 5, 'ended',
        { note: 'Thuê bãi ngắn hạn 5 năm, đã hết hạn và thanh lý hợp đồng (minh họa).' });
      make(p, rng.pick(pool), 'lease_annual', addDays(endOf(first), rng.int(0, 120)), 20, 'active');
    } else if (roll < 0.1 && earliest < '2016-01-01') {
      // a lease revoked for slow progress, then the plot leased again
      const first = make(p, rng.pick(pool), 'lease_one_off', randomDate(rng, maxDate(earliest, '2013-01-01'), '2016-12-31'), 50, 'terminated',
        { note: 'Thu hồi đất do chậm tiến độ đưa đất vào sử dụng (minh họa).' });
      make(p, rng.pick(pool), 'lease_annual', randomDate(rng, addYears(first.start_date, 4), '2024-12-31'), 50, 'active');
    } else if (roll < 0.16) {
      make(p, rng.pick(pool), 'lease_annual', randomDate(rng, '2026-01-15', '2026-08-31'), 50, 'pending',
        { note: 'Đã có văn bản chấp thuận nhà đầu tư; chờ quyết định cho thuê đất (minh họa).' });
    } else {
      const form = rng.chance(0.7) ? 'lease_annual' : 'lease_one_off';
      const start = randomDate(rng, earliest, '2025-06-30');
      // yards are let for 10-30 years; the lease must still run on the reference date
      const term = p.land_use_code === 'DGT' ? rng.pick([10, 20, 30].filter((t) => addYears(start, t) > REF_DATE)) : rng.pick([50, 50, 50, 45, 70]);
      make(p, rng.pick(pool), form, start, term, 'active');
    }
  }
  return A;
}
const maxDate = (a, b) => (a > b ? a : b);

// ============================================================================ land to clear and convert
// Rectangles on the 100 m grid whose current state is rice or forest and which are being (or
// were) converted. Dates and areas decide the approving authority through CONVERSION_RULES.
const CONVERSION_PATCHES = [
  { code: 'CD-DB-01', zone: 'KCN-DONG-BANH', rect: [430300, 2397400, 430700, 2397600], from: 'LUC', to: 'SKK', status: 'completed', requested_on: '2022-03-15', decided: '2022-07-20', done: '2023-03-31', project: null },
  { code: 'CD-DB-02', zone: 'KCN-DONG-BANH', rect: [431000, 2397700, 431600, 2398100], from: 'RSX', to: 'SKK', status: 'approved', requested_on: '2023-04-10', decided: '2023-09-12', project: null },
  { code: 'CD-DB-03', zone: 'KCN-DONG-BANH', rect: [430300, 2397900, 430600, 2398100], from: 'LUC', to: 'SKK', status: 'requested', requested_on: '2025-05-06', project: 'GPMB-DB-MR' },
  { code: 'CD-KCX1-01', zone: 'KCX-1', rect: [443900, 2423900, 444200, 2424100], from: 'LUK', to: 'SKT', status: 'approved', requested_on: '2024-09-09', decided: '2024-12-10', project: 'GPMB-KCX1-B' },
  { code: 'CD-KCX1-02', zone: 'KCX-1', rect: [444700, 2424400, 445200, 2424900], from: 'RPH', to: 'SKT', status: 'requested', requested_on: '2025-06-18', project: null },
  { code: 'CD-KPTQ-01', zone: 'KPTQ', rect: [444100, 2427600, 444300, 2427800], from: 'LUC', to: 'TMD', status: 'completed', requested_on: '2019-08-05', decided: '2019-12-10', done: '2020-06-30', project: null },
  { code: 'CD-KTCHH-01', zone: 'KTCHH', rect: [440400, 2431200, 440700, 2431400], from: 'LUK', to: 'TMD', status: 'completed', requested_on: '2018-07-16', decided: '2018-12-07', done: '2019-12-20', project: 'GPMB-KTCHH' },
  { code: 'CD-HTKT-01', zone: 'KHTKT-DONG-DANG', rect: [442300, 2430500, 442700, 2430800], from: 'RSX', to: 'TMD', status: 'approved', requested_on: '2021-03-22', decided: '2021-07-15', project: null },
  { code: 'CD-HD-01', zone: 'KDT-HOANG-DONG', rect: [446000, 2418600, 446500, 2418900], from: 'LUC', to: 'ODT', status: 'rejected', requested_on: '2023-05-08', decided: '2023-10-02', project: 'GPMB-HD-01' },
  { code: 'CD-HD-02', zone: 'KDT-HOANG-DONG', rect: [446000, 2418600, 446500, 2418900], from: 'LUC', to: 'ODT', status: 'requested', requested_on: '2025-02-17', project: 'GPMB-HD-01' },
  { code: 'CD-CM-01', zone: 'CK-CHI-MA', rect: [472200, 2409800, 472400, 2409900], from: 'RDD', to: 'DGT', status: 'requested', requested_on: '2025-07-01', project: null },
];

const CLEARANCE_PROJECTS = [
  { code: 'GPMB-KPTQ-GD2', zone: null, dossier: 'QHCT-PTQ-GD2', rect: [445300, 2427500, 445800, 2428000], grid: [4, 4], stage: 'notice',
    name: 'Giải phóng mặt bằng mở rộng Khu phi thuế quan (giai đoạn II)', started_on: '2025-08-20', target: '2026-12-31', commune: 'thị trấn Đồng Đăng',
    note: 'Mới ban hành thông báo thu hồi đất (hiệu lực 12 tháng). Dữ liệu minh họa.' },
  { code: 'GPMB-KCX1-B', zone: 'KCX-1', dossier: 'QHCT-KCX1-01', rect: [443850, 2423850, 444250, 2424150], grid: [5, 4], stage: 'inventory',
    name: 'Giải phóng mặt bằng khu B, Khu chế xuất 1', started_on: '2025-03-10', target: '2026-06-30', commune: 'huyện Cao Lộc',
    note: 'Đang điều tra, kiểm đếm; một hộ phải kiểm đếm bắt buộc. Dữ liệu minh họa.' },
  { code: 'GPMB-DB-MR', zone: 'KCN-DONG-BANH', dossier: 'QHCT-DB-02', rect: [430250, 2397850, 430650, 2398150], grid: [4, 3], stage: 'approval',
    name: 'Giải phóng mặt bằng phần mở rộng phía tây bắc KCN Đồng Bành', started_on: '2024-06-01', target: '2025-12-31', commune: 'huyện Chi Lăng',
    note: 'Đã phê duyệt phương án bồi thường; đang ban hành quyết định thu hồi đất từng hộ. Dữ liệu minh họa.' },
  { code: 'GPMB-KTCHH', zone: 'KTCHH', dossier: 'QHCT-TCH-01', rect: [440350, 2431150, 440750, 2431450], grid: [4, 3], stage: 'done',
    name: 'Giải phóng mặt bằng Khu trung chuyển hàng hóa (giai đoạn 1)', started_on: '2018-09-01', target: '2019-12-31', commune: 'xã Tân Mỹ, huyện Văn Lãng',
    note: 'Đã bàn giao toàn bộ mặt bằng cho nhà đầu tư hạ tầng. Dữ liệu minh họa.' },
  { code: 'GPMB-HTKT-01', zone: 'KHTKT-DONG-DANG', dossier: 'QHCT-HTKT-01', rect: [441750, 2429950, 442150, 2430250], grid: [4, 4], stage: 'forced',
    name: 'Giải phóng mặt bằng khu A, Khu hợp tác kinh tế Đồng Đăng', started_on: '2022-03-01', target: '2023-06-30', commune: 'thị trấn Đồng Đăng',
    note: 'Còn hộ chưa bàn giao mặt bằng dù đã gửi tiền bồi thường vào tài khoản tạm giữ: đề nghị cưỡng chế thu hồi đất. Dữ liệu minh họa.' },
  { code: 'GPMB-HD-01', zone: 'KDT-HOANG-DONG', dossier: 'QHCT-HD-01', rect: [446050, 2418650, 446450, 2418850], grid: [5, 2], stage: 'posting',
    name: 'Giải phóng mặt bằng khu dân cư số 1, Khu đô thị – dịch vụ Hoàng Đồng', started_on: '2025-01-15', target: '2026-03-31', commune: 'xã Hoàng Đồng',
    note: 'Đã niêm yết công khai phương án bồi thường, đang lấy ý kiến; chưa thẩm định. Dữ liệu minh họa.' },
];

/** What the land around the zones is used for today: a smooth pseudo-terrain on the 100 m grid. */
function naturalUse(E, N, phases) {
  const [p1, p2, p3, p4, p5, p6] = phases;
  const h = 0.5 * Math.sin(E / 2300 + p1) * Math.cos(N / 1900 + p2) + 0.3 * Math.sin((E + N) / 1300 + p3) + 0.2 * Math.sin((E - N) / 800 + p4);
  if (h < -0.3) return 'LUC';
  if (h < -0.1) return 'LUK';
  if (h < 0.1) {
    const v = Math.sin(E / 500 + p5) * Math.sin(N / 450 + p6);
    return v > 0.5 ? 'ONT' : v < -0.5 ? 'CLN' : 'HNK';
  }
  if (borderNorthing(E) - N < 1200) return 'RPH'; // protection forest along the border
  if (h < 0.45) return 'RSX';
  if (h < 0.7) return 'RPH';
  return 'NCS'; // karst limestone without forest
}

// ============================================================================ main
function main() {
  mkdirSync(OUT, { recursive: true });
  const { plots, zoneBlocks } = buildPlots();
  const { dossiers, plotDossier } = buildDossiers(zoneBlocks, plots);
  const dossierByCode = new Map(dossiers.map((d) => [d.code, d]));
  for (const p of plots) p.dossier_code = plotDossier.get(p.code);

  // ---- conversions and clearance decide which lots may not be occupied yet
  const projectDone = { 'GPMB-KTCHH': '2019-12-20' };
  const reserved = (p) => {
    let after = null, blocked = false;
    for (const c of CONVERSION_PATCHES) {
      if (c.zone !== p.zone_code || !rectsOverlap(c.rect, p.rect)) continue;
      if (c.status === 'completed') after = maxDate(after ?? c.done, c.done); else blocked = true;
    }
    for (const g of CLEARANCE_PROJECTS) {
      if (g.zone !== p.zone_code || !rectsOverlap(g.rect, p.rect)) continue;
      if (projectDone[g.code]) after = maxDate(after ?? projectDone[g.code], projectDone[g.code]); else blocked = true;
    }
    return { blocked, after: after ? addDays(after, 30) : null };
  };
  // the road plot covers the whole zone: never reserved
  const allocations = buildAllocations(plots, (p) => (p.block ? reserved(p) : { blocked: false, after: null }));

  // ---- current state (hiện trạng): a 100 m grid around every zone, merged into row runs
  const rngCs = new Rng('current-state');
  const phases = Array.from({ length: 6 }, () => rngCs.range(0, 2 * Math.PI));
  const developed = []; // lots built on before the 2024 survey
  const activeByPlot = new Map();
  for (const a of allocations) if (a.status === 'active') activeByPlot.set(a.plot_code, a);
  for (const p of plots) {
    const a = activeByPlot.get(p.code);
    if (p.block && a && a.start_date <= '2023-06-30') developed.push(p);
  }
  const CELL = 100;
  const cells = new Map(); // "i,j" -> { code, source, surveyed_on }
  const cellUse = (i, j) => {
    const cx = (i + 0.5) * CELL, cy = (j + 0.5) * CELL;
    for (const c of CONVERSION_PATCHES) {
      if (cx > c.rect[0] && cx < c.rect[2] && cy > c.rect[1] && cy < c.rect[3]) {
        return { code: c.from, source: `Điều tra hiện trạng phục vụ hồ sơ chuyển mục đích ${c.code} (minh họa)`, surveyed_on: addDays(c.requested_on, -90) };
      }
    }
    const lot = developed.find((p) => cx > p.rect[0] && cx < p.rect[2] && cy > p.rect[1] && cy < p.rect[3]);
    if (lot) return { code: lot.land_use_code, source: 'Kiểm kê đất đai năm 2024 (minh họa)', surveyed_on: '2024-06-30' };
    return { code: naturalUse(cx, cy, phases), source: 'Kiểm kê đất đai năm 2024 (minh họa)', surveyed_on: '2024-06-30' };
  };
  for (const z of ZONES) {
    const r = expand(zoneRect(z), 600);
    for (let i = Math.floor(r[0] / CELL); i < Math.ceil(r[2] / CELL); i++) {
      for (let j = Math.floor(r[1] / CELL); j < Math.ceil(r[3] / CELL); j++) {
        const key = i + ',' + j;
        if (cells.has(key)) continue;
        const corners = [[i * CELL, j * CELL], [(i + 1) * CELL, (j + 1) * CELL], [i * CELL, (j + 1) * CELL], [(i + 1) * CELL, j * CELL]];
        if (!corners.every((p) => onVietnameseSide(p, 40))) continue;
        cells.set(key, cellUse(i, j));
      }
    }
  }
  // merge each row into runs of equal use
  const rowsMap = new Map();
  for (const [key, v] of cells) {
    const [i, j] = key.split(',').map(Number);
    if (!rowsMap.has(j)) rowsMap.set(j, []);
    rowsMap.get(j).push({ i, ...v });
  }
  const runs = [];
  const runsByRow = new Map();
  for (const j of [...rowsMap.keys()].sort((a, b) => a - b)) {
    const row = rowsMap.get(j).sort((a, b) => a.i - b.i);
    const out = [];
    for (const c of row) {
      const last = out[out.length - 1];
      if (last && last.i1 === c.i && last.code === c.code && last.source === c.source && last.surveyed_on === c.surveyed_on) last.i1 = c.i + 1;
      else out.push({ j, i0: c.i, i1: c.i + 1, code: c.code, source: c.source, surveyed_on: c.surveyed_on });
    }
    runsByRow.set(j, out);
    runs.push(...out);
  }
  const boundariesOf = (j) => (runsByRow.get(j) ?? []).flatMap((r) => [r.i0 * CELL, r.i1 * CELL]);
  const currentFeatures = runs.map((r) => {
    const x0 = r.i0 * CELL, x1 = r.i1 * CELL, y0 = r.j * CELL, y1 = (r.j + 1) * CELL;
    // pass through the run ends of the rows below and above: no T-junctions
    const ring = rectRing(x0, y0, x1, y1, { bottom: boundariesOf(r.j - 1), top: boundariesOf(r.j + 1) });
    return { props: { land_use_code: r.code, source: r.source, surveyed_on: r.surveyed_on }, geometry: { type: 'MultiPolygon', coordinates: [[ring]] } };
  });
  const useAt = (x, y) => {
    const v = cells.get(Math.floor(x / CELL) + ',' + Math.floor(y / CELL));
    if (!v) throw new Error(`no current state at ${x},${y}`);
    return v.code;
  };

  // ---- conversions
  const conversions = CONVERSION_PATCHES.map((c) => {
    const r = [c.rect[0] + 1, c.rect[1] + 1, c.rect[2] - 1, c.rect[3] - 1];
    const ha = rectArea(r) / 10000;
    const authority = requiredAuthority(landKindOf(c.from), ha, c.requested_on);
    const decided = c.status !== 'requested';
    const n = new Rng('cd/' + c.code);
    // a resolution of the provincial council, a decision (or, for a refusal, an official letter) of the Prime Minister
    const decisionNumber = !decided ? null : authority === 'provincial_council' ? `${n.int(12, 98)}/NQ-HĐND`
      : authority === 'prime_minister' ? (c.status === 'rejected' ? `${n.int(300, 900)}/TTg-NN` : `${n.int(1100, 1900)}/QĐ-TTg`) : `${n.int(100, 200)}/NQ-QH`;
    const z = ZONES.find((q) => q.code === c.zone);
    const fromName = LAND_USE_CODES.find((x) => x.code === c.from).name_vi.replace(/^Đất /, 'đất ');
    const toName = LAND_USE_CODES.find((x) => x.code === c.to).name_vi.replace(/^Đất /, 'đất ');
    return {
      props: {
        code: c.code, name: `Chuyển mục đích ${round(ha, 2).toLocaleString('vi-VN')} ha ${fromName} sang ${toName}, ${z.name}`,
        from_land_use_code: c.from, to_land_use_code: c.to, zone_code: c.zone, clearance_project_code: c.project,
        status: c.status, required_authority: authority, decision_number: decisionNumber, decision_date: decided ? c.decided : null,
        requested_on: c.requested_on,
      },
      geometry: rectMulti(...r),
    };
  });

  // ---- clearance projects, parcels and steps
  const rngCl = new Rng('clearance');
  const FAMILY = ['Hoàng', 'Nông', 'Lương', 'Vi', 'Lộc', 'Hà', 'Lăng', 'Triệu', 'Chu', 'Lâm', 'Mông', 'Hứa', 'Dương', 'Hoàng', 'Nông'];
  const UNIT = { LUC: [120, 160], LUK: [100, 140], HNK: [90, 120], CLN: [110, 150], RSX: [40, 60], RPH: [30, 45], RDD: [30, 45], ONT: [1500, 3200], NCS: [5, 10] };
  let householdSeq = 0;
  const clearance = CLEARANCE_PROJECTS.map((g) => {
    const [x0, y0, x1, y1] = [g.rect[0] + 5, g.rect[1] + 5, g.rect[2] - 5, g.rect[3] - 5];
    const [gx, gy] = g.grid;
    const xs = Array.from({ length: gx + 1 }, (_, k) => Math.round(x0 + ((x1 - x0) * k) / gx));
    const ys = Array.from({ length: gy + 1 }, (_, k) => Math.round(y0 + ((y1 - y0) * k) / gy));
    const parcels = [];
    const dnum = (n) => `${rngCl.int(n === 1 ? 20 : 150, n === 1 ? 180 : 2400)}/${n === 1 ? 'TB-UBND' : 'QĐ-UBND'}`;
    let n = 0;
    for (let b = 0; b < gy; b++) {
      for (let a = 0; a < gx; a++) {
        n++;
        const rect = [xs[a], ys[b], xs[a + 1], ys[b + 1]];
        const code = useAt((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2);
        const [lo, hi] = UNIT[code] ?? [80, 120];
        householdSeq++;
        const female = rngCl.chance(0.4);
        parcels.push({
          parcel_code: `${g.code}-T${String(n).padStart(2, '0')}`, land_use_code: code,
          household_name: `Hộ ${female ? 'bà' : 'ông'} ${rngCl.pick(FAMILY)} ${female ? 'Thị' : 'Văn'} Mẫu ${String(householdSeq).padStart(3, '0')}`,
          household_id_number: `999${String(100000000 + householdSeq * 7919).slice(-9)}`,
          household_address: `Thôn Mẫu ${rngCl.int(1, 9)}, ${g.commune} (địa chỉ giả định)`,
          compensation_vnd: Math.round((rectArea(rect) * rngCl.int(lo, hi) * 1000 * rngCl.range(1.0, 1.4)) / 1e6) * 1e6,
          rect, steps: [],
        });
      }
    }
    const project = [];
    const step = (list, no, date, decision = null) => list.push({ step_no: no, completed_on: date, decision_number: decision });
    const s = g.started_on;
    switch (g.stage) {
      case 'notice':
        step(project, 1, s, dnum(1));
        break;
      case 'inventory': {
        step(project, 1, s, dnum(1));
        parcels.forEach((p, k) => { if (k % 5 !== 4 && k < parcels.length - 4) step(p.steps, 2, randomDate(rngCl, '2025-05-05', '2025-08-29')); });
        // the household that refused the counting: forced inventory, recorded with the counting
        const refused = parcels[parcels.length - 1];
        step(refused.steps, 2, '2025-09-12');
        step(refused.steps, 3, '2025-09-12', dnum(3));
        break;
      }
      case 'approval':
        step(project, 1, s, dnum(1)); step(project, 2, '2024-09-15'); step(project, 4, '2024-11-20'); step(project, 5, '2024-12-16');
        step(project, 6, '2025-02-10'); step(project, 7, '2025-04-15', dnum(7));
        parcels.forEach((p, k) => { if (k % 3 !== 2) step(p.steps, 8, randomDate(rngCl, '2025-05-20', '2025-09-10'), dnum(8)); });
        break;
      case 'done':
        step(project, 1, s, dnum(1)); step(project, 2, '2018-11-15'); step(project, 4, '2019-01-21'); step(project, 5, '2019-02-22');
        step(project, 6, '2019-03-25'); step(project, 7, '2019-04-19', dnum(7));
        for (const p of parcels) {
          step(p.steps, 8, '2019-05-10', dnum(8));
          step(p.steps, 9, randomDate(rngCl, '2019-06-03', '2019-07-31'));
          step(p.steps, 10, randomDate(rngCl, '2019-08-05', '2019-12-20'));
        }
        break;
      case 'forced': {
        step(project, 1, s, dnum(1)); step(project, 2, '2022-05-10'); step(project, 4, '2022-07-01'); step(project, 5, '2022-07-25');
        step(project, 6, '2022-09-05'); step(project, 7, '2022-10-10', dnum(7));
        parcels.forEach((p, k) => {
          step(p.steps, 8, '2022-11-01', dnum(8));
          if (k === 5) { // paid into a holding account; the household has not handed over
            step(p.steps, 9, '2023-01-16');
          } else if (k === 10) { // forced recovery, recorded together with the handover it produced
            step(p.steps, 9, '2023-01-16');
            step(p.steps, 10, '2023-08-22');
            step(p.steps, 11, '2023-08-22', dnum(11));
          } else {
            step(p.steps, 9, randomDate(rngCl, '2022-11-20', '2023-01-10'));
            step(p.steps, 10, randomDate(rngCl, '2023-01-15', '2023-04-28'));
          }
        });
        break;
      }
      case 'posting':
        step(project, 1, s, dnum(1)); step(project, 2, '2025-04-21'); step(project, 4, '2025-06-10'); step(project, 5, '2025-07-07');
        break;
      default: throw new Error(g.stage);
    }
    return { g, parcels, project };
  });

  // ---- violations
  const rngV = new Rng('violations');
  const allocatedPlots = plots.filter((p) => activeByPlot.has(p.code));
  const VCATS = [
    ['unauthorised_construction', 'Xây dựng nhà xưởng, công trình phụ trợ không có giấy phép xây dựng trên lô'],
    ['unauthorised_construction', 'Xây dựng vượt mật độ xây dựng cho phép của lô'],
    ['wrong_land_use', 'Sử dụng kho bãi làm nơi ở cho người lao động, sai mục đích được thuê'],
    ['wrong_land_use', 'Để đất trống, không đưa đất vào sử dụng quá 24 tháng so với tiến độ'],
    ['encroachment', 'Lấn chiếm hành lang đường nội khu để tập kết hàng hóa'],
    ['encroachment', 'Dựng tường rào lấn sang đất giao thông'],
    ['unauthorised_transfer', 'Cho thuê lại một phần lô đất khi chưa được chấp thuận'],
    ['environmental', 'Xả nước thải chưa qua xử lý ra mương thoát nước chung'],
    ['environmental', 'Tập kết chất thải rắn không đúng nơi quy định'],
    ['other', 'Biển quảng cáo đặt không đúng vị trí quy hoạch'],
  ];
  const INSPECTORS = ['Đoàn kiểm tra liên ngành BQL KKT', 'Phòng Quản lý Quy hoạch – Xây dựng (BQL KKT)', 'Phòng Tài nguyên – Môi trường (BQL KKT)',
    'Trung tâm Quản lý cửa khẩu', 'Phản ánh của người dân qua đường dây nóng'];
  const violations = [];
  for (let k = 0; k < 25; k++) {
    let [category, what] = VCATS[k % VCATS.length];
    const onPlot = k % 8 !== 7;
    const p = onPlot ? rngV.pick(allocatedPlots) : rngV.pick(plots.filter((q) => q.block && !activeByPlot.has(q.code) && q.for_investment));
    const [x0, y0, x1, y1] = p.rect;
    const sameBlock = plots.filter((q) => q.zone_code === p.zone_code && q.block === p.block);
    const blockBottom = Math.min(...sameBlock.map((q) => q.rect[1])), blockTop = Math.max(...sameBlock.map((q) => q.rect[3]));
    const cx = Math.round((x0 + x1) / 2 + rngV.range(-0.2, 0.2) * (x1 - x0)), cy = Math.round((y0 + y1) / 2 + rngV.range(-0.2, 0.2) * (y1 - y0));
    let geometry, description;
    if (!onPlot) { // on the road in front of the block, not on any lot
      category = k % 16 === 7 ? 'environmental' : 'other';
      description = `${category === 'environmental' ? 'Đổ trộm phế thải xây dựng' : 'Dựng lều quán tạm'} trên đất giao thông nội khu, gần lô ${p.code}. Dữ liệu minh họa.`;
      geometry = { type: 'Point', coordinates: [cx, blockBottom - 10] };
    } else if (category === 'encroachment') { // a strip across the lot's edge that faces the road
      const mx = Math.round((x0 + x1) / 2);
      geometry = y0 === blockBottom ? rectPolygon(mx - 12, y0 - 8, mx + 12, y0 + 6) : rectPolygon(mx - 12, y1 - 6, mx + 12, y1 + 8);
      if (y0 !== blockBottom && y1 !== blockTop) throw new Error('lot not on a road');
    } else if (k % 4 === 1) {
      geometry = rectPolygon(cx - 15, cy - 10, cx + 15, cy + 10);
    } else geometry = { type: 'Point', coordinates: [cx, cy] };
    description ??= `${what} (lô ${p.code}). Dữ liệu minh họa.`;
    const reported = randomDate(rngV, '2023-02-01', '2025-09-20');
    const status = rngV.pick(['open', 'open', 'verified', 'notice_issued', 'resolved', 'resolved', 'dismissed']);
    const closed = status === 'resolved' || status === 'dismissed';
    const resolvedDay = closed ? (() => { const d = addDays(reported, rngV.int(10, 160)); return d > '2025-09-30' ? '2025-09-30' : d; })() : null;
    const hh = String(rngV.int(7, 16)).padStart(2, '0'), mm = String(rngV.pick([0, 15, 30, 45])).padStart(2, '0');
    violations.push({
      props: {
        code: `VP-${reported.slice(0, 4)}-${String(k + 1).padStart(3, '0')}`, category,
        description, status,
        plot_code: onPlot ? p.code : null, reported_by: rngV.pick(INSPECTORS),
        reported_at: `${reported}T${hh}:${mm}:00+07:00`,
        resolved_at: closed ? `${resolvedDay}T${String(rngV.int(8, 17)).padStart(2, '0')}:00:00+07:00` : null,
        resolution_note: status === 'resolved' ? rngV.pick(['Đã lập biên bản, chủ đầu tư tự khắc phục.', 'Đã xử phạt vi phạm hành chính và buộc khôi phục hiện trạng.', 'Đã được điều chỉnh giấy phép phù hợp quy hoạch.'])
          : status === 'dismissed' ? 'Kiểm tra thực địa không phát hiện vi phạm.' : null,
      },
      geometry,
    });
  }

  // ============================================================ transform everything but plots
  const dossierGeom = (d) => (d.ring ? { type: 'MultiPolygon', coordinates: [[d.ring]] } : rectMulti(...d.rect));
  const planeGeoms = [
    ...dossiers.map(dossierGeom),
    ...ZONES.map((z) => rectMulti(...zoneRect(z))),
    ...clearance.map((c) => rectMulti(...c.g.rect)),
    ...clearance.flatMap((c) => c.parcels.map((p) => rectPolygon(...p.rect))),
    ...currentFeatures.map((f) => f.geometry),
    ...conversions.map((f) => f.geometry),
    ...violations.map((f) => f.geometry),
  ];
  const wgs = geometriesToWgs84(planeGeoms);
  let k = 0;
  const nextGeom = () => wgs[k++];

  const dossierFeatures = dossiers.map((d) => ({
    type: 'Feature',
    properties: {
      code: d.code, name: d.name, kind: d.kind, scale: d.scale, status: d.status, decision_number: d.decision_number,
      decision_date: d.decision_date, approving_body: d.approving_body, adjusts: d.adjusts, published: d.published,
      illustrative: d.illustrative, summary: d.summary,
    },
    geometry: nextGeom(),
  }));
  const zoneFeatures = ZONES.map((z) => ({
    type: 'Feature',
    properties: { code: z.code, name: z.name, kind: z.kind, dossier_code: z.dossier, description: z.description },
    geometry: nextGeom(),
  }));
  const projectGeoms = clearance.map(() => nextGeom());
  const parcelGeoms = clearance.map((c) => c.parcels.map(() => nextGeom()));
  const clearanceFeatures = clearance.map((c, ci) => ({
    type: 'Feature',
    properties: {
      code: c.g.code, name: c.g.name, zone_code: c.g.zone, dossier_code: c.g.dossier, started_on: c.g.started_on,
      target_handover_on: c.g.target, note: c.g.note,
      parcels: c.parcels.map((p, pi) => ({
        parcel_code: p.parcel_code, land_use_code: p.land_use_code, household_name: p.household_name,
        household_id_number: p.household_id_number, household_address: p.household_address, compensation_vnd: p.compensation_vnd,
        boundary: parcelGeoms[ci][pi], steps: p.steps,
      })),
      steps: c.project,
    },
    geometry: projectGeoms[ci],
  }));
  const currentOut = currentFeatures.map((f) => ({ type: 'Feature', properties: f.props, geometry: nextGeom() }));
  const conversionOut = conversions.map((f) => ({ type: 'Feature', properties: f.props, geometry: nextGeom() }));
  const violationOut = violations.map((f) => ({ type: 'Feature', properties: f.props, geometry: nextGeom() }));
  if (k !== wgs.length) throw new Error('geometry bookkeeping');

  const plotFeatures = plots.map((p) => ({
    type: 'Feature',
    properties: {
      code: p.code, zone_code: p.zone_code, dossier_code: p.dossier_code, land_use_code: p.land_use_code,
      max_building_density: p.max_building_density, max_floors: p.max_floors, far: p.far, for_investment: p.for_investment,
      ...buildingControls(p.land_use_code, p.max_floors),
    },
    geometry: p.geometry,
  }));

  // ============================================================ write
  writeCsv(OUT + 'land_use_codes.csv', ['code', 'name_vi', 'name_en', 'land_group', 'category', 'instrument', 'colour', 'note'], LAND_USE_CODES);
  writeCsv(OUT + 'clearance_steps.csv', ['step_no', 'code', 'name_vi', 'name_en', 'optional', 'legal_basis', 'satisfies_step', 'requires_through'], CLEARANCE_STEPS);
  writeCsv(OUT + 'conversion_rules.csv', ['land_kind', 'min_ha', 'max_ha', 'authority', 'instrument', 'valid_from', 'valid_to'], CONVERSION_RULES);
  writeFeatureCollection(OUT + 'dossiers.geojson', dossierFeatures);
  writeFeatureCollection(OUT + 'zones.geojson', zoneFeatures);
  writeFeatureCollection(OUT + 'plots.geojson', plotFeatures, { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9215' } } });
  writeJsonArray(OUT + 'investors.json', INVESTORS);
  writeJsonArray(OUT + 'allocations.json', allocations);
  writeFeatureCollection(OUT + 'clearance.geojson', clearanceFeatures);
  writeFeatureCollection(OUT + 'land_use_current.geojson', currentOut);
  writeFeatureCollection(OUT + 'conversions.geojson', conversionOut);
  writeFeatureCollection(OUT + 'violations.geojson', violationOut);

  const investable = plots.filter((p) => p.for_investment);
  const occupied = new Set(allocations.filter((a) => a.status === 'active' || a.status === 'pending').map((a) => a.plot_code));
  console.log(`dossiers ${dossierFeatures.length}, zones ${zoneFeatures.length}, plots ${plotFeatures.length} (investable ${investable.length}, ` +
    `allocated ${occupied.size} = ${round((100 * occupied.size) / investable.length, 1)}%), allocations ${allocations.length}, ` +
    `clearance ${clearanceFeatures.length} (${clearance.reduce((s, c) => s + c.parcels.length, 0)} parcels), current ${currentOut.length}, ` +
    `conversions ${conversionOut.length}, violations ${violationOut.length}`);
  for (const z of ZONES) {
    const inv = investable.filter((p) => p.zone_code === z.code);
    const occ = inv.filter((p) => occupied.has(p.code));
    console.log(`  ${z.code.padEnd(16)} plots ${String(plots.filter((p) => p.zone_code === z.code).length).padStart(3)}  occupancy ${occ.length}/${inv.length}`);
  }
}

main();
