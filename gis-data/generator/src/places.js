// Where things are: the KKT outline, an approximate state border and the functional zones,
// all on the EPSG:9215 plane (metres). Positions follow shared/reference/domain.md; the
// point coordinates were converted with cs2cs (see README). Everything here except the
// anchor points of domain.md is an illustrative layout, not surveyed geometry.

/** Anchor points: WGS84 from domain.md and their EPSG:9215 (E, N) by cs2cs. */
export const ANCHORS = {
  lang_son_city: { lat: 21.84778, lon: 106.75778, E: 448927.783, N: 2416895.459, conf: 'good' },
  dong_dang: { lat: 21.9508, lon: 106.698, E: 442789.648, N: 2428322.909, conf: 'good' },
  tan_thanh_gate: { lat: 22.0031, lon: 106.6839, E: 441354.664, N: 2434119.002, conf: 'good' },
  huu_nghi_gate: { lat: 21.97, lon: 106.71, E: 444036.626, N: 2430444.352, conf: 'approximate' },
  coc_nam: { lat: 21.97, lon: 106.67, E: 439905.557, N: 2430459.458, conf: 'uncertain' },
  na_hinh: { lat: 22.04, lon: 106.64, E: 436838.162, N: 2438222.134, conf: 'uncertain' },
  chi_ma_gate: { lat: 21.79, lon: 106.99, E: 472919.936, N: 2410439.582, conf: 'uncertain' },
  binh_nghi: { lat: 22.28, lon: 106.55, E: 427670.173, N: 2464836.447, conf: 'uncertain' },
  dong_banh_ip: { lat: 21.675, lon: 106.585, E: 430986.031, N: 2397832.2, conf: 'uncertain' },
};

/**
 * A stand-in for the Viet Nam – China border: straight lines through the border gates, running
 * NW–SE. Not the real border: it only keeps the sample data on the Vietnamese (south-west) side.
 * The polyline is monotonic in E, so "south-west of it" is "N below the line at that E".
 */
const BORDER = ['binh_nghi', 'na_hinh', 'tan_thanh_gate', 'huu_nghi_gate', 'chi_ma_gate'].map((k) => [ANCHORS[k].E, ANCHORS[k].N]);
export function borderNorthing(E) {
  let i = 0;
  while (i < BORDER.length - 2 && E > BORDER[i + 1][0]) i++;
  const [x0, y0] = BORDER[i], [x1, y1] = BORDER[i + 1];
  return y0 + ((E - x0) * (y1 - y0)) / (x1 - x0);
}
/** True when the point is on the Vietnamese side with at least `margin` metres (measured in N). */
export const onVietnameseSide = ([E, N], margin = 20) => N < borderNorthing(E) - margin;

/**
 * Outline of the economic zone (KKT), about 394 km²: Đồng Đăng, Lạng Sơn city, parts of
 * Cao Lộc, Tân Thanh / Tân Mỹ (Văn Lãng) and Đồng Giáp (Văn Quan). Its north-east side follows
 * the stand-in border 30–250 m inside it. Illustrative: not the boundary of Decision 138/2008.
 */
export const KKT_OUTLINE = [
  [446800, 2410000], [455000, 2411300], [456000, 2419200], [452000, 2424000], [447500, 2427800],
  [444007, 2430414], [441325, 2434090], [436300, 2435900], [433400, 2427000], [433400, 2418300],
  [437800, 2411400], [446800, 2410000],
];

// Block programme of a zone. Blocks are laid on a nx × ny grid inside a perimeter road; each
// block is cut into `rows` rows of lots about `lot` metres wide. `special` overrides blocks
// ("i,j" → { code, rows, lot } or { code, single: true }).
export const ZONES = [
  {
    code: 'KCN-DONG-BANH', short: 'DB', kind: 'industrial_park', name: 'Khu công nghiệp Đồng Bành',
    description: 'Khu công nghiệp Đồng Bành (huyện Chi Lăng). Quy hoạch phân khu tỷ lệ 1/2000 được điều chỉnh năm 2022, quy mô hiện khoảng 162 ha (ban đầu khoảng 321,76 ha — chưa xác minh). Ranh giới trong dữ liệu mẫu là minh họa.',
    E0: 430200, N0: 2397300, W: 1500, H: 1080, nx: 4, ny: 3, base: 'SKK', lot: 85, rows: 2,
    special: { '0,0': { code: 'DRA', single: true }, '2,1': { code: 'DKV', single: true }, '3,2': { code: 'TMD', rows: 1, lot: 110 } },
    dossier: 'QHPK-DB-2022', occupancy: 0.55, groups: 2, anchor: 'dong_banh_ip',
  },
  {
    code: 'KCX-1', short: 'KCX1', kind: 'export_processing_zone', name: 'Khu chế xuất 1',
    description: 'Khu chế xuất 1 thuộc KKT cửa khẩu Đồng Đăng – Lạng Sơn (tên theo tin bài của Ban Quản lý). Vị trí và ranh giới trong dữ liệu mẫu là minh họa.',
    E0: 443800, N0: 2423800, W: 1600, H: 1200, nx: 4, ny: 3, base: 'SKT', lot: 75, rows: 2,
    special: { '3,0': { code: 'DRA', single: true }, '1,1': { code: 'DKV', single: true }, '0,2': { code: 'TMD', rows: 2, lot: 120 } },
    dossier: 'QHPK-KCX1', occupancy: 0.3, groups: 2, anchor: 'dong_dang',
  },
  {
    code: 'KPTQ', short: 'PTQ', kind: 'bonded_zone', name: 'Khu phi thuế quan (giai đoạn I)',
    description: 'Khu phi thuế quan giai đoạn I: kho ngoại quan, trung tâm thương mại, dịch vụ logistics. Vị trí và ranh giới trong dữ liệu mẫu là minh họa.',
    E0: 444000, N0: 2427500, W: 1200, H: 900, nx: 3, ny: 3, base: 'TMD', lot: 70, rows: 2,
    special: { '1,1': { code: 'DKV', single: true }, '2,0': { code: 'DGT', rows: 2, lot: 120 } },
    dossier: 'QHPK-KPTQ', occupancy: 0.45, groups: 2, anchor: 'dong_dang',
  },
  {
    code: 'KTCHH', short: 'TCH', kind: 'goods_transit_area', name: 'Khu trung chuyển hàng hóa',
    description: 'Khu trung chuyển hàng hóa: kho bãi, sang tải, dịch vụ logistics gắn với cửa khẩu Tân Thanh – Cốc Nam. Vị trí và ranh giới trong dữ liệu mẫu là minh họa.',
    E0: 440300, N0: 2431100, W: 1000, H: 800, nx: 3, ny: 2, base: 'TMD', lot: 75, rows: 2,
    special: { '2,1': { code: 'DGT', rows: 2, lot: 100 } },
    dossier: 'QHPK-KTCHH', occupancy: 0.6, groups: 1, anchor: 'tan_thanh_gate',
  },
  {
    code: 'KHTKT-DONG-DANG', short: 'HTKT', kind: 'economic_cooperation_area', name: 'Khu hợp tác kinh tế Đồng Đăng',
    description: 'Khu hợp tác kinh tế Đồng Đăng (phía Việt Nam): thương mại, dịch vụ, sản xuất gia công. Vị trí và ranh giới trong dữ liệu mẫu là minh họa.',
    E0: 441700, N0: 2429900, W: 1200, H: 1200, nx: 3, ny: 3, base: 'TMD', lot: 90, rows: 2,
    special: { '1,1': { code: 'DKV', single: true }, '0,2': { code: 'SKC', rows: 2, lot: 90 }, '2,2': { code: 'SKC', rows: 2, lot: 90 } },
    dossier: 'QHPK-HTKT-2016', occupancy: 0.2, groups: 2, anchor: 'dong_dang',
  },
  {
    code: 'KDT-HOANG-DONG', short: 'HD', kind: 'urban_service_area', name: 'Khu đô thị – dịch vụ Hoàng Đồng',
    description: 'Khu đô thị – dịch vụ phía bắc thành phố Lạng Sơn (khu vực Hoàng Đồng): đất ở, thương mại, trường học, y tế, công viên. Tên, vị trí và ranh giới là minh họa.',
    E0: 445800, N0: 2418400, W: 1300, H: 1100, nx: 4, ny: 3, base: 'ODT', lot: 75, rows: 2,
    special: { '0,0': { code: 'DGD', single: true }, '3,2': { code: 'DYT', single: true }, '2,1': { code: 'DKV', single: true }, '1,2': { code: 'TMD', rows: 2, lot: 100 } },
    dossier: 'QHPK-HD-2017', occupancy: 0.4, groups: 2, anchor: 'lang_son_city',
  },
  {
    code: 'CK-HUU-NGHI', short: 'HN', kind: 'border_gate_area', name: 'Khu vực cửa khẩu quốc tế Hữu Nghị',
    description: 'Khu vực cửa khẩu quốc tế Hữu Nghị (cặp cửa khẩu Hữu Nghị – Hữu Nghị Quan): nhà kiểm soát liên hợp, bãi kiểm hóa, dịch vụ. Nằm phía tây nam tọa độ cửa khẩu; ranh giới minh họa.',
    E0: 443250, N0: 2429650, W: 700, H: 650, nx: 2, ny: 2, base: 'TMD', lot: 100, rows: 2,
    special: { '0,0': { code: 'DGT', rows: 2, lot: 150 }, '1,1': { code: 'TSC', single: true } },
    dossier: 'QHPK-HN-2014', occupancy: 0.5, groups: 1, anchor: 'huu_nghi_gate',
  },
  {
    code: 'CK-TAN-THANH', short: 'TT', kind: 'border_gate_area', name: 'Khu vực cửa khẩu Tân Thanh',
    description: 'Khu vực cửa khẩu Tân Thanh (cặp Tân Thanh – Pò Chài): chợ, kho bãi, dịch vụ thương mại, du lịch theo Đề án phát triển thương mại, du lịch Tân Thanh. Ranh giới minh họa.',
    E0: 440550, N0: 2433300, W: 700, H: 650, nx: 2, ny: 2, base: 'TMD', lot: 90, rows: 2,
    special: { '1,0': { code: 'DGT', rows: 2, lot: 150 }, '0,1': { code: 'TSC', single: true } },
    dossier: 'QHPK-TANTHANH', occupancy: 0.5, groups: 1, anchor: 'tan_thanh_gate',
  },
  {
    code: 'CK-COC-NAM', short: 'CN', kind: 'border_gate_area', name: 'Khu vực lối thông quan Cốc Nam',
    description: 'Khu vực đường chuyên dụng, lối thông quan Cốc Nam (thuộc cửa khẩu quốc tế Hữu Nghị). Tọa độ chưa chắc chắn; ranh giới minh họa.',
    E0: 439300, N0: 2429800, W: 500, H: 550, nx: 2, ny: 1, base: 'TMD', lot: 100, rows: 2,
    special: { '0,0': { code: 'DGT', rows: 2, lot: 100 } },
    dossier: 'QHCT-CN-2019', occupancy: 0.5, groups: 1, anchor: 'coc_nam',
  },
  {
    code: 'CK-NA-HINH', short: 'NH', kind: 'border_gate_area', name: 'Khu vực cửa khẩu Na Hình',
    description: 'Khu vực cửa khẩu Na Hình (nhà kiểm soát liên hợp, bãi xe). Tọa độ chưa chắc chắn; ranh giới minh họa.',
    E0: 436250, N0: 2437650, W: 500, H: 450, nx: 2, ny: 1, base: 'DGT', lot: 100, rows: 2,
    special: { '0,0': { code: 'TSC', single: true } },
    dossier: 'QHCT-NH-2018', occupancy: 0.5, groups: 1, anchor: 'na_hinh',
  },
  {
    code: 'CK-CHI-MA', short: 'CM', kind: 'border_gate_area', name: 'Khu vực cửa khẩu Chi Ma',
    description: 'Khu vực cửa khẩu Chi Ma (cặp Chi Ma – Ái Điểm, huyện Lộc Bình): kho vận, chợ đầu mối vật liệu xây dựng, logistics. Tọa độ chưa chắc chắn; ranh giới minh họa.',
    E0: 472150, N0: 2409750, W: 700, H: 600, nx: 2, ny: 2, base: 'TMD', lot: 100, rows: 2,
    special: { '1,1': { code: 'TSC', single: true }, '1,0': { code: 'DGT', rows: 2, lot: 150 } },
    dossier: 'QHPK-CM-2016', occupancy: 0.5, groups: 1, anchor: 'chi_ma_gate',
  },
  {
    code: 'CK-BINH-NGHI', short: 'BN', kind: 'border_gate_area', name: 'Khu vực cửa khẩu Bình Nghi',
    description: 'Khu vực cửa khẩu Bình Nghi (cặp Bình Nghi – Bình Nhi Quan, đường sông, huyện Tràng Định). Tọa độ chưa chắc chắn; ranh giới minh họa.',
    E0: 427250, N0: 2464400, W: 350, H: 350, nx: 1, ny: 1, base: 'TMD', lot: 120, rows: 2,
    special: {},
    dossier: 'QHCT-BN-2021', occupancy: 0.5, groups: 1, anchor: 'binh_nghi',
  },
  {
    code: 'GA-DONG-DANG', short: 'GDD', kind: 'border_gate_area', name: 'Khu vực cửa khẩu ga đường sắt liên vận quốc tế Đồng Đăng',
    description: 'Khu vực cửa khẩu ga đường sắt Đồng Đăng (cặp ga Đồng Đăng – ga Bằng Tường): kho hàng, bãi xếp dỡ, sang tải. Ranh giới minh họa.',
    E0: 442300, N0: 2427700, W: 550, H: 400, nx: 2, ny: 1, base: 'TMD', lot: 80, rows: 2,
    special: { '1,0': { code: 'DGT', rows: 2, lot: 110 } },
    dossier: 'QHCT-GDD-2015', occupancy: 0.5, groups: 1, anchor: 'dong_dang',
  },
];
/** Zones inside the KKT outline (the others: Đồng Bành IP and the gates of Lộc Bình, Văn Lãng, Tràng Định). */
export const ZONES_OUTSIDE_KKT = new Set(['KCN-DONG-BANH', 'CK-CHI-MA', 'CK-BINH-NGHI', 'CK-NA-HINH']);
