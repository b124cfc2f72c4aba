// Reference lists kept as data: land-use codes, the statutory site-clearance steps and the
// dated rules on who approves converting rice or forest land. Sources: shared/reference/domain.md.

const TT08 = 'Thông tư 08/2024/TT-BTNMT';
const TT27 = 'Thông tư 27/2018/TT-BTNMT';

// Colours approximate the customary Vietnamese land-use / planning map palette (rice yellow,
// forest greens, residential pinks, commerce magenta, industry violet, transport orange,
// water blue, defence red, unused greys). They were not checked against the appendix of the
// circular: staff can correct them in the table.
// [code, name_vi, name_en, land_group, category, instrument, colour, note]
export const LAND_USE_CODES = [
  ['LUC', 'Đất chuyên trồng lúa', 'Specialised rice land (two or more crops)', 'agricultural', 'rice', TT08, '#ffff64', null],
  ['LUK', 'Đất trồng lúa còn lại', 'Other rice land', 'agricultural', 'rice', TT08, '#ffffb4', null],
  ['LUN', 'Đất lúa nương', 'Upland rice land', 'agricultural', 'rice', TT27, '#ffffd2', 'old list (Thông tư 27/2018); not in the 2024 list'],
  ['HNK', 'Đất trồng cây hằng năm khác', 'Other annual crop land', 'agricultural', null, TT08, '#fff0b4', null],
  ['CLN', 'Đất trồng cây lâu năm', 'Perennial crop land', 'agricultural', null, TT08, '#ffd7aa', null],
  ['RDD', 'Đất rừng đặc dụng', 'Special-use forest land', 'agricultural', 'forest', TT08, '#6eff64', null],
  ['RPH', 'Đất rừng phòng hộ', 'Protection forest land', 'agricultural', 'forest', TT08, '#beff1e', null],
  ['RSX', 'Đất rừng sản xuất', 'Production forest land', 'agricultural', 'forest', TT08, '#b4ffb4', null],
  ['NTS', 'Đất nuôi trồng thủy sản', 'Aquaculture land', 'agricultural', null, TT08, '#aaffff', null],
  ['CNT', 'Đất chăn nuôi tập trung', 'Concentrated livestock land', 'agricultural', null, TT08, '#ffe6a0', 'new in the 2024 list'],
  ['LMU', 'Đất làm muối', 'Salt-making land', 'agricultural', null, TT08, '#ffffe6', null],
  ['NKH', 'Đất nông nghiệp khác', 'Other agricultural land', 'agricultural', null, TT08, '#f5ffb4', null],
  ['ONT', 'Đất ở tại nông thôn', 'Rural residential land', 'non_agricultural', null, TT08, '#ffd0ff', null],
  ['ODT', 'Đất ở tại đô thị', 'Urban residential land', 'non_agricultural', null, TT08, '#ff8080', null],
  ['TSC', 'Đất xây dựng trụ sở cơ quan', 'Government office land', 'non_agricultural', null, TT08, '#ff6e6e', null],
  ['CQP', 'Đất quốc phòng', 'Defence land', 'non_agricultural', null, TT08, '#ff3232', null],
  ['CAN', 'Đất an ninh', 'Security land', 'non_agricultural', null, TT08, '#e61e1e', null],
  ['DYT', 'Đất xây dựng cơ sở y tế', 'Health facility land', 'non_agricultural', null, TT08, '#ffaaa0', null],
  ['DGD', 'Đất xây dựng cơ sở giáo dục và đào tạo', 'Education and training facility land', 'non_agricultural', null, TT08, '#ffa0aa', null],
  ['TMD', 'Đất thương mại, dịch vụ', 'Commercial and service land', 'non_agricultural', null, TT08, '#fa96ff', null],
  ['SKC', 'Đất cơ sở sản xuất phi nông nghiệp', 'Non-agricultural production facility land', 'non_agricultural', null, TT08, '#c896c8', null],
  ['SKS', 'Đất sử dụng cho hoạt động khoáng sản', 'Mining land', 'non_agricultural', null, TT08, '#cdaacd', null],
  ['CSK', 'Đất khu công nghiệp, cụm công nghiệp', 'Industrial park / industrial cluster land', 'non_agricultural', null, TT08, '#b482dc',
    'uncertain: one reading of Thông tư 08/2024 Appendix II; older lists use SKK/SKT/SKN'],
  ['SKK', 'Đất khu công nghiệp', 'Industrial park land', 'non_agricultural', null, TT27, '#a078dc',
    'uncertain: code of the older lists (Thông tư 28/2014, 27/2018); the 2024 code for industrial parks is uncertain'],
  ['SKT', 'Đất khu chế xuất', 'Export processing zone land', 'non_agricultural', null, TT27, '#9664c8',
    'uncertain: code of the older lists (Thông tư 28/2014, 27/2018); the 2024 code is uncertain'],
  ['SKN', 'Đất cụm công nghiệp', 'Industrial cluster land', 'non_agricultural', null, TT27, '#be96e6',
    'uncertain: code of the older lists (Thông tư 28/2014, 27/2018); a reading of the 2024 list gives SKN another meaning'],
  ['DGT', 'Đất giao thông', 'Transport land (roads, car parks, stations)', 'non_agricultural', null, TT08, '#ffaa32', null],
  ['DTL', 'Đất thủy lợi', 'Irrigation land', 'non_agricultural', null, TT08, '#64b4ff', null],
  ['DNL', 'Đất công trình năng lượng, chiếu sáng công cộng', 'Energy and public lighting works land', 'non_agricultural', null, TT08, '#ffc864', null],
  ['DRA', 'Đất bãi thải, xử lý chất thải', 'Waste disposal and treatment land', 'non_agricultural', null, TT08, '#cdaa7d', null],
  ['DKV', 'Đất khu vui chơi, giải trí công cộng', 'Public recreation land (parks, green space)', 'non_agricultural', null, TT27, '#78d278',
    'uncertain: code of Thông tư 27/2018; the 2024 list may use another code for this use'],
  ['SON', 'Đất sông, ngòi, kênh, rạch, suối', 'Rivers, canals and streams', 'non_agricultural', null, TT08, '#a0dcff', null],
  ['BCS', 'Đất bằng chưa sử dụng', 'Unused flat land', 'unused', null, TT08, '#dcdcdc', null],
  ['DCS', 'Đất đồi núi chưa sử dụng', 'Unused hilly land', 'unused', null, TT08, '#c8c8b4', null],
  ['NCS', 'Núi đá không có rừng cây', 'Rocky mountain without forest', 'unused', null, TT08, '#b4b4a0', null],
].map(([code, name_vi, name_en, land_group, category, instrument, colour, note]) =>
  ({ code, name_vi, name_en, land_group, category, instrument, colour, note }));

export const LAND_USE_CODE_SET = new Set(LAND_USE_CODES.map((c) => c.code));

const LL = 'Luật Đất đai 2024';
const ND = 'Nghị định 102/2024/NĐ-CP';
// Steps 3 and 11 are optional: they happen only when occupants refuse. Forced counting (3) happens
// because the inventory (2) was refused, so it needs only step 1 and stands for step 2; forced
// recovery (11) comes before handover (10) and needs the steps up to payment (9).
export const CLEARANCE_STEPS = [
  [1, 'recovery_notice', 'Thông báo thu hồi đất', 'Land recovery notice (valid 12 months)', false, `${LL}, Điều 85, 87; ${ND}`],
  [2, 'inventory', 'Điều tra, khảo sát, đo đạc, kiểm đếm', 'Survey, measurement and inventory (counting)', false, `${LL}, Điều 87; ${ND}`],
  [3, 'forced_inventory', 'Cưỡng chế thực hiện quyết định kiểm đếm bắt buộc', 'Forced inventory when occupants refuse', true, `${LL}, Điều 88; ${ND}`, 2, 1],
  [4, 'draft_compensation_plan', 'Lập phương án bồi thường, hỗ trợ, tái định cư', 'Draft compensation, support and resettlement plan', false, `${LL}, Điều 87; ${ND}`],
  [5, 'public_posting', 'Niêm yết công khai, lấy ý kiến về phương án bồi thường', 'Public posting and consultation on the plan', false, `${LL}, Điều 87; ${ND}`],
  [6, 'appraisal', 'Thẩm định phương án bồi thường, hỗ trợ, tái định cư', 'Appraisal of the plan', false, `${LL}, Điều 87; ${ND}`],
  [7, 'plan_approval', 'Phê duyệt phương án bồi thường, hỗ trợ, tái định cư', 'Approval of the compensation plan', false, `${LL}, Điều 87; ${ND}`],
  [8, 'recovery_decision', 'Quyết định thu hồi đất', 'Land-recovery decision', false, `${LL}, Điều 87; ${ND}`],
  [9, 'payment', 'Chi trả tiền bồi thường, hỗ trợ (hoặc gửi vào tài khoản tạm giữ)', 'Payment of compensation (or deposit)', false, `${LL}, Điều 87, 94; ${ND}`],
  [10, 'site_handover', 'Bàn giao mặt bằng đã giải phóng', 'Handover of the cleared site', false, `${LL}, Điều 87; ${ND}`],
  [11, 'forced_recovery', 'Cưỡng chế thực hiện quyết định thu hồi đất', 'Forced recovery if needed', true, `${LL}, Điều 89; ${ND}`, null, 9],
].map(([step_no, code, name_vi, name_en, optional, legal_basis, satisfies_step = null, requires_through = null]) =>
  ({ step_no, code, name_vi, name_en, optional, legal_basis, satisfies_step, requires_through }));

const FL = 'Luật Lâm nghiệp 2017, Điều 20; Nghị định 156/2018/NĐ-CP, Điều 41 (sửa đổi bởi Nghị định 83/2020/NĐ-CP)';
const FL_FROM = '2019-01-01';
// max_ha is an exclusive upper bound (null: none); valid_to is exclusive (null: still in force).
export const CONVERSION_RULES = [
  ['special_use_forest', 50, null, 'national_assembly', FL, FL_FROM, null],
  ['special_use_forest', 0, 50, 'prime_minister', FL, FL_FROM, null],
  ['protection_forest_headwater_border', 50, null, 'national_assembly', FL, FL_FROM, null],
  ['protection_forest_headwater_border', 20, 50, 'prime_minister', FL, FL_FROM, null],
  ['protection_forest_headwater_border', 0, 20, 'provincial_council', FL, FL_FROM, null],
  ['protection_forest_wind_sand_wave', 500, null, 'national_assembly', FL, FL_FROM, null],
  ['protection_forest_wind_sand_wave', 20, 500, 'prime_minister', FL, FL_FROM, null],
  ['protection_forest_wind_sand_wave', 0, 20, 'provincial_council', FL, FL_FROM, null],
  ['production_forest', 1000, null, 'national_assembly', FL, FL_FROM, null],
  ['production_forest', 50, 1000, 'prime_minister', FL, FL_FROM, null],
  ['production_forest', 0, 50, 'provincial_council', FL, FL_FROM, null],
  // Land Law 2013 Art. 58(1): written approval of the Prime Minister from 10 ha of rice land,
  // resolution of the provincial People's Council below. Replaced on 2024-08-01.
  ['rice', 0, 10, 'provincial_council', 'Luật Đất đai 2013, Điều 58 khoản 1', '2014-07-01', '2024-08-01'],
  ['rice', 10, null, 'prime_minister', 'Luật Đất đai 2013, Điều 58 khoản 1', '2014-07-01', '2024-08-01'],
  // Land Law 2024 Art. 122(1): resolution of the provincial People's Council; two-crop rice land
  // from 500 ha needs the National Assembly's investment policy (uncertain, domain.md).
  ['rice', 0, 500, 'provincial_council', `${LL}, Điều 122 khoản 1; Nghị định 102/2024/NĐ-CP, Điều 46; Nghị định 112/2024/NĐ-CP`, '2024-08-01', null],
  ['rice', 500, null, 'national_assembly', `${LL}, Điều 122; Luật Đầu tư 2020, Điều 30 (uncertain)`, '2024-08-01', null],
].map(([land_kind, min_ha, max_ha, authority, instrument, valid_from, valid_to]) =>
  ({ land_kind, min_ha, max_ha, authority, instrument, valid_from, valid_to }));

/** Which rule applies: land kind, area in ha and the date of the request. */
export function requiredAuthority(landKind, areaHa, onDate) {
  const hits = CONVERSION_RULES.filter((r) => r.land_kind === landKind && r.valid_from <= onDate &&
    (r.valid_to === null || onDate < r.valid_to) && areaHa >= r.min_ha && (r.max_ha === null || areaHa < r.max_ha));
  if (hits.length !== 1) throw new Error(`no unique rule for ${landKind} ${areaHa} ha on ${onDate}: ${hits.length}`);
  return hits[0].authority;
}
/** The land kind a current-state code falls under for conversion approval. */
export function landKindOf(code) {
  return { LUC: 'rice', LUK: 'rice', LUN: 'rice', RDD: 'special_use_forest', RPH: 'protection_forest_headwater_border', RSX: 'production_forest' }[code];
}
