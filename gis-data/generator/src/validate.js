// Checks gis-data/sample against the file contract and its consistency rules, without a database:
// counts, enums, references, statutory order of clearance steps, geometry validity and orientation,
// plots inside their zones (after the EPSG:9215 -> WGS84 transform, by cs2cs), no overlaps,
// dossier boundaries covering what they plan. Exit code 1 on any problem.
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { toWgs84, toVn2000, signedArea, addYears, VN2000_LANG_SON } from './lib.js';
import { requiredAuthority, landKindOf } from './reference.js';
import { onVietnameseSide, ZONES_OUTSIDE_KKT } from './places.js';

const DIR = process.env.SAMPLE_DIR ? process.env.SAMPLE_DIR.replace(/\/?$/, '/') : new URL('../../sample/', import.meta.url).pathname;
const problems = [];
const fail = (file, what) => problems.push(`${file}: ${what}`);
const ok = [];
const note = (s) => ok.push(s);

const readJson = (f) => JSON.parse(readFileSync(DIR + f, 'utf8'));
function readCsv(f) {
  const lines = readFileSync(DIR + f, 'utf8').trimEnd().split('\n');
  const parse = (line) => {
    const out = []; let cur = '', q = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (q) { if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c; }
      else if (c === '"') q = true; else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
    }
    out.push(cur); return out;
  };
  const header = parse(lines[0]);
  return { header, rows: lines.slice(1).map((l) => Object.fromEntries(parse(l).map((v, i) => [header[i], v]))) };
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v) => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v + 'T00:00:00Z'));
const expectKeys = (file, id, obj, keys) => {
  const got = Object.keys(obj).sort().join(','), want = [...keys].sort().join(',');
  if (got !== want) fail(file, `${id}: properties ${got} != ${want}`);
};
const within = (v, set) => set.includes(v);

// ------------------------------------------------------------------------ geometry helpers
function decimals(x) { const s = String(x); const i = s.indexOf('.'); return i < 0 ? 0 : s.length - i - 1; }
function ringProblems(ring, { hole, maxDecimals, wgs }) {
  const p = [];
  if (ring.length < 4) p.push('ring with < 4 points');
  const [a, b] = [ring[0], ring[ring.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) p.push('ring not closed');
  const area = signedArea(ring);
  if (area === 0) p.push('zero-area ring');
  if (!hole && area < 0) p.push('exterior ring not counter-clockwise');
  if (hole && area > 0) p.push('hole not clockwise');
  for (const c of ring) {
    if (c.length !== 2) p.push('coordinate with != 2 values');
    if (decimals(c[0]) > maxDecimals || decimals(c[1]) > maxDecimals) { p.push(`more than ${maxDecimals} decimals`); break; }
    if (wgs && !(c[1] >= 21.32 && c[1] <= 22.47 && c[0] >= 106.09 && c[0] <= 107.37)) { p.push(`outside Lạng Sơn bbox: ${c}`); break; }
  }
  for (let i = 0; i + 1 < ring.length; i++) if (ring[i][0] === ring[i + 1][0] && ring[i][1] === ring[i + 1][1]) { p.push('repeated point'); break; }
  return p;
}
function geometryProblems(g, { types, maxDecimals = 7, wgs = true }) {
  if (!g || !types.includes(g.type)) return [`geometry type ${g?.type} not in ${types}`];
  if (g.type === 'Point') {
    const p = [];
    if (decimals(g.coordinates[0]) > maxDecimals || decimals(g.coordinates[1]) > maxDecimals) p.push('too many decimals');
    const [x, y] = g.coordinates;
    if (wgs && !(y >= 21.32 && y <= 22.47 && x >= 106.09 && x <= 107.37)) p.push('outside Lạng Sơn bbox');
    return p;
  }
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const p = [];
  for (const poly of polys) poly.forEach((ring, i) => p.push(...ringProblems(ring, { hole: i > 0, maxDecimals, wgs })));
  if (p.length === 0) {
    if (turf.kinks(turf.feature(g)).features.length > 0) p.push('self-intersection');
    if (!turf.booleanValid(turf.feature(g))) p.push('not valid (turf.booleanValid)');
  }
  return p;
}
const bboxOf = (g) => turf.bbox(turf.feature(g));
const bboxOverlap = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** Area (m²) of a ∩ b, both WGS84 polygons. */
function overlapArea(a, b) {
  const i = turf.intersect(turf.featureCollection([turf.feature(a), turf.feature(b)]));
  return i ? turf.area(i) : 0;
}
/** Area (m²) of a outside b, both WGS84. */
function outsideArea(a, b) {
  const d = turf.difference(turf.featureCollection([turf.feature(a), turf.feature(b)]));
  return d ? turf.area(d) : 0;
}
function transformGeometry(g) { // EPSG:9215 -> WGS84 with cs2cs, without rounding (as the loader's ST_Transform)
  const pts = [];
  const collect = (c) => (typeof c[0] === 'number' ? pts.push(c) : c.forEach(collect));
  collect(g.coordinates);
  const out = toWgs84(pts);
  let k = 0;
  const map = (c) => (typeof c[0] === 'number' ? out[k++] : c.map(map));
  return { type: g.type, coordinates: map(g.coordinates) };
}

// ------------------------------------------------------------------------ 0. PROJ check value
{
  const [[E, N]] = toVn2000([[106.75778, 21.84778]]);
  if (Math.abs(E - 448927.783) > 0.001 || Math.abs(N - 2416895.459) > 0.001) fail('proj', `check value gives ${E} ${N}`);
  else note(`PROJ check value: 106.75778 E 21.84778 N -> ${E.toFixed(3)} ${N.toFixed(3)} (${VN2000_LANG_SON.slice(0, 40)}...)`);
}

// ------------------------------------------------------------------------ 1. reference CSVs
const luc = readCsv('land_use_codes.csv');
if (luc.header.join() !== 'code,name_vi,name_en,land_group,category,instrument,colour,note') fail('land_use_codes.csv', 'header');
const codes = new Set();
for (const r of luc.rows) {
  if (!/^[A-Z]{2,4}$/.test(r.code)) fail('land_use_codes.csv', `bad code ${r.code}`);
  if (codes.has(r.code)) fail('land_use_codes.csv', `duplicate ${r.code}`);
  codes.add(r.code);
  if (!within(r.land_group, ['agricultural', 'non_agricultural', 'unused'])) fail('land_use_codes.csv', `${r.code} land_group`);
  if (!within(r.category, ['rice', 'forest', ''])) fail('land_use_codes.csv', `${r.code} category`);
  if (!/^#[0-9a-f]{6}$/.test(r.colour)) fail('land_use_codes.csv', `${r.code} colour`);
  if (!r.name_vi || !r.name_en || !r.instrument) fail('land_use_codes.csv', `${r.code} empty field`);
}
for (const c of ['LUC', 'LUK', 'HNK', 'CLN', 'RDD', 'RPH', 'RSX', 'NTS', 'CNT', 'LMU', 'NKH', 'ONT', 'ODT', 'TSC', 'CQP', 'CAN', 'TMD', 'SKC', 'SKS', 'DGT', 'DTL',
  'BCS', 'DCS', 'NCS', 'SKK', 'SKT', 'SKN', 'CSK', 'LUN']) if (!codes.has(c)) fail('land_use_codes.csv', `missing ${c}`);
const rice = luc.rows.filter((r) => r.category === 'rice').map((r) => r.code).sort().join();
const forest = luc.rows.filter((r) => r.category === 'forest').map((r) => r.code).sort().join();
if (rice !== 'LUC,LUK,LUN' || forest !== 'RDD,RPH,RSX') fail('land_use_codes.csv', `rice ${rice} forest ${forest}`);
note(`land_use_codes.csv: ${codes.size} codes`);

const steps = readCsv('clearance_steps.csv');
if (steps.header.join() !== 'step_no,code,name_vi,name_en,optional,legal_basis,satisfies_step,requires_through') fail('clearance_steps.csv', 'header');
if (steps.rows.map((r) => r.step_no).join() !== '1,2,3,4,5,6,7,8,9,10,11') fail('clearance_steps.csv', 'step numbers');
const optional = new Set(steps.rows.filter((r) => r.optional === 'true').map((r) => Number(r.step_no)));
if ([...optional].sort().join() !== '11,3') fail('clearance_steps.csv', 'optional steps must be 3 and 11');
if (!steps.rows.every((r) => r.optional === 'true' || r.optional === 'false')) fail('clearance_steps.csv', 'optional must be true/false');

const rules = readCsv('conversion_rules.csv');
if (rules.header.join() !== 'land_kind,min_ha,max_ha,authority,instrument,valid_from,valid_to') fail('conversion_rules.csv', 'header');
for (const r of rules.rows) {
  if (!within(r.land_kind, ['special_use_forest', 'protection_forest_headwater_border', 'protection_forest_wind_sand_wave', 'production_forest', 'rice'])) fail('conversion_rules.csv', 'land_kind ' + r.land_kind);
  if (!within(r.authority, ['national_assembly', 'prime_minister', 'provincial_council'])) fail('conversion_rules.csv', 'authority');
  if (!isDate(r.valid_from) || (r.valid_to !== '' && !isDate(r.valid_to))) fail('conversion_rules.csv', 'dates');
  if (r.max_ha !== '' && !(Number(r.max_ha) > Number(r.min_ha))) fail('conversion_rules.csv', 'min/max');
}
note(`conversion_rules.csv: ${rules.rows.length} rules`);

// ------------------------------------------------------------------------ 2. dossiers
const dossiers = readJson('dossiers.geojson').features;
const dByCode = new Map();
if (dossiers.length !== 198) fail('dossiers.geojson', `${dossiers.length} features, want exactly 198`);
const REAL = ['QHC-2010-1055', 'NVQHC-2024-1009', 'DCCB-QHC-2022', 'QHPK-DB-2022', 'QHPK-KTCHH', 'QHPK-KCX1', 'QHPK-KPTQ', 'QHPK-TANTHANH'];
for (const f of dossiers) {
  const p = f.properties;
  expectKeys('dossiers.geojson', p.code, p, ['code', 'name', 'kind', 'scale', 'status', 'decision_number', 'decision_date', 'approving_body', 'adjusts', 'published', 'illustrative', 'summary']);
  if (dByCode.has(p.code)) fail('dossiers.geojson', `duplicate code ${p.code}`);
  dByCode.set(p.code, f);
  if (!within(p.kind, ['general_plan', 'zoning_plan', 'detailed_plan', 'local_adjustment', 'planning_task'])) fail('dossiers.geojson', `${p.code} kind`);
  if (!within(p.status, ['in_preparation', 'approved', 'adjusted', 'superseded'])) fail('dossiers.geojson', `${p.code} status`);
  if (p.status !== 'in_preparation' && !p.decision_number) fail('dossiers.geojson', `${p.code} needs a decision_number`);
  if (p.decision_number && !(isDate(p.decision_date) && p.approving_body)) fail('dossiers.geojson', `${p.code} decision without date/body`);
  if (p.scale !== null && !/^1\/\d+$/.test(p.scale)) fail('dossiers.geojson', `${p.code} scale`);
  if (p.kind === 'planning_task' ? p.scale !== null : p.scale === null) fail('dossiers.geojson', `${p.code} scale vs kind`);
  if (typeof p.published !== 'boolean' || typeof p.illustrative !== 'boolean') fail('dossiers.geojson', `${p.code} booleans`);
  if (p.illustrative !== !REAL.includes(p.code)) fail('dossiers.geojson', `${p.code} illustrative flag`);
  if (p.illustrative && !p.summary.includes('Hồ sơ minh họa')) fail('dossiers.geojson', `${p.code} summary must say "Hồ sơ minh họa"`);
  const gp = geometryProblems(f.geometry, { types: ['MultiPolygon'] });
  if (gp.length) fail('dossiers.geojson', `${p.code}: ${gp.join('; ')}`);
}
for (const f of dossiers) {
  const p = f.properties;
  if (p.adjusts === null) continue;
  const t = dByCode.get(p.adjusts);
  if (!t) { fail('dossiers.geojson', `${p.code} adjusts unknown ${p.adjusts}`); continue; }
  const seen = new Set([p.code]);
  for (let c = p.adjusts; c; c = dByCode.get(c)?.properties.adjusts ?? null) {
    if (seen.has(c)) { fail('dossiers.geojson', `adjusts cycle through ${p.code}`); break; }
    seen.add(c);
  }
  if (p.decision_date && t.properties.decision_date && p.decision_date <= t.properties.decision_date) fail('dossiers.geojson', `${p.code} decided before what it adjusts`);
  if (outsideArea(f.geometry, t.geometry) > 1 && p.kind === 'local_adjustment') fail('dossiers.geojson', `${p.code} local adjustment outside ${p.adjusts}`);
}
const statusCount = {};
for (const f of dossiers) statusCount[f.properties.status] = (statusCount[f.properties.status] ?? 0) + 1;
const kindCount = {};
for (const f of dossiers) kindCount[f.properties.kind] = (kindCount[f.properties.kind] ?? 0) + 1;
note(`dossiers.geojson: ${dossiers.length} (${dossiers.filter((f) => !f.properties.illustrative).length} real); kinds ${JSON.stringify(kindCount)}; statuses ${JSON.stringify(statusCount)}`);
const general = dByCode.get('QHC-2010-1055');
const gArea = turf.area(general.geometry) / 1e6;
if (Math.abs(gArea - 394) > 8) fail('dossiers.geojson', `general plan area ${gArea.toFixed(1)} km², want ~394`);
note(`general plan outline: ${gArea.toFixed(1)} km² (ellipsoidal area)`);

// ------------------------------------------------------------------------ 3. zones
const zones = readJson('zones.geojson').features;
const zByCode = new Map();
for (const f of zones) {
  const p = f.properties;
  expectKeys('zones.geojson', p.code, p, ['code', 'name', 'kind', 'dossier_code', 'description']);
  zByCode.set(p.code, f);
  if (!within(p.kind, ['industrial_park', 'bonded_zone', 'goods_transit_area', 'export_processing_zone', 'border_gate_area', 'urban_service_area', 'economic_cooperation_area'])) fail('zones.geojson', `${p.code} kind`);
  const gp = geometryProblems(f.geometry, { types: ['MultiPolygon'] });
  if (gp.length) fail('zones.geojson', `${p.code}: ${gp.join('; ')}`);
  const d = dByCode.get(p.dossier_code);
  if (!d) fail('zones.geojson', `${p.code}: unknown dossier ${p.dossier_code}`);
  else if (outsideArea(f.geometry, d.geometry) > 0.01) fail('zones.geojson', `${p.code} not covered by its dossier ${p.dossier_code}`);
  if (!ZONES_OUTSIDE_KKT.has(p.code) && outsideArea(f.geometry, general.geometry) > 0.01) fail('zones.geojson', `${p.code} outside the general plan`);
  const ha = turf.area(f.geometry) / 1e4;
  if (ha < 5 || ha > 400) fail('zones.geojson', `${p.code} ${ha.toFixed(1)} ha`);
}
for (let i = 0; i < zones.length; i++) for (let j = i + 1; j < zones.length; j++) {
  if (overlapArea(zones[i].geometry, zones[j].geometry) > 0) fail('zones.geojson', `${zones[i].properties.code} overlaps ${zones[j].properties.code}`);
}
const db = zByCode.get('KCN-DONG-BANH');
note(`zones.geojson: ${zones.length} zones; Đồng Bành ${(turf.area(db.geometry) / 1e4).toFixed(1)} ha; ` +
  zones.map((z) => `${z.properties.code} ${(turf.area(z.geometry) / 1e4).toFixed(0)} ha`).join(', '));

// ------------------------------------------------------------------------ 4. plots (EPSG:9215)
const plotsFc = readJson('plots.geojson');
if (plotsFc.crs?.properties?.name !== 'urn:ogc:def:crs:EPSG::9215') fail('plots.geojson', 'crs member must name EPSG:9215');
const plots = plotsFc.features;
if (plots.length < 400 || plots.length > 700) fail('plots.geojson', `${plots.length} plots`);
const pByCode = new Map();
const plotWgs = new Map();
for (const f of plots) {
  const p = f.properties;
  expectKeys('plots.geojson', p.code, p, ['code', 'zone_code', 'dossier_code', 'land_use_code', 'max_building_density', 'max_floors', 'far', 'for_investment', 'min_setback_m', 'max_height_m']);
  if (pByCode.has(p.code)) fail('plots.geojson', `duplicate ${p.code}`);
  pByCode.set(p.code, f);
  if (!zByCode.has(p.zone_code)) fail('plots.geojson', `${p.code} unknown zone`);
  if (!dByCode.has(p.dossier_code)) fail('plots.geojson', `${p.code} unknown dossier`);
  if (!codes.has(p.land_use_code)) fail('plots.geojson', `${p.code} unknown land-use code`);
  if (!(p.max_building_density >= 0 && p.max_building_density <= 100)) fail('plots.geojson', `${p.code} density`);
  if (!(Number.isInteger(p.max_floors) && p.max_floors >= 0 && p.max_floors <= 200)) fail('plots.geojson', `${p.code} floors`);
  if (!(p.far >= 0)) fail('plots.geojson', `${p.code} far`);
  if (p.far > (p.max_building_density / 100) * p.max_floors + 1e-9) fail('plots.geojson', `${p.code} FAR above density × floors`);
  if (typeof p.for_investment !== 'boolean') fail('plots.geojson', `${p.code} for_investment`);
  const gp = geometryProblems(f.geometry, { types: ['Polygon'], maxDecimals: 3, wgs: false });
  if (gp.length) fail('plots.geojson', `${p.code}: ${gp.join('; ')}`);
  plotWgs.set(p.code, transformGeometry(f.geometry));
}
{
  let minMargin = Infinity;
  for (const f of plots) {
    const p = f.properties, g = plotWgs.get(p.code), z = zByCode.get(p.zone_code), d = dByCode.get(p.dossier_code);
    if (!z || !d) continue;
    const gp = geometryProblems({ type: g.type, coordinates: g.coordinates }, { types: ['Polygon'], maxDecimals: 20 });
    if (gp.length) fail('plots.geojson', `${p.code} after transform: ${gp.join('; ')}`);
    const zoneLine = turf.polygonToLine(turf.feature(z.geometry));
    for (const c of g.coordinates[0]) {
      const inside = turf.booleanPointInPolygon(turf.point(c), z.geometry);
      const dist = Math.min(...(zoneLine.type === 'FeatureCollection' ? zoneLine.features : [zoneLine]).map((l) => turf.pointToLineDistance(turf.point(c), l, { units: 'meters' })));
      minMargin = Math.min(minMargin, dist);
      if (!inside || dist < 2) { fail('plots.geojson', `${p.code} vertex ${c} ${inside ? 'within 2 m of' : 'outside'} zone ${p.zone_code}`); break; }
    }
    if (outsideArea(g, d.geometry) > 0.01) fail('plots.geojson', `${p.code} not covered by its dossier ${p.dossier_code}`);
  }
  // no two plots overlap (after the transform, as the database sees them)
  const list = plots.map((f) => ({ code: f.properties.code, g: plotWgs.get(f.properties.code) }));
  list.forEach((x) => { x.bb = bboxOf(x.g); });
  let pairs = 0;
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
    if (!bboxOverlap(list[i].bb, list[j].bb)) continue;
    pairs++;
    const a = overlapArea(list[i].g, list[j].g);
    if (a > 0.01) fail('plots.geojson', `${list[i].code} overlaps ${list[j].code} by ${a.toFixed(3)} m²`);
  }
  note(`plots.geojson: ${plots.length} plots, every vertex inside its zone by >= ${minMargin.toFixed(1)} m after cs2cs; ${pairs} bbox-touching pairs checked for overlap`);
}

// ------------------------------------------------------------------------ 5. investors, allocations
const investors = readJson('investors.json');
const iByCode = new Map();
for (const r of investors) {
  expectKeys('investors.json', r.code, r, ['code', 'name', 'tax_code', 'country', 'representative', 'contact_email']);
  iByCode.set(r.code, r);
  if (!/^\d{10}$/.test(r.tax_code)) fail('investors.json', `${r.code} tax_code`);
  if (!/^[A-Z]{2}$/.test(r.country)) fail('investors.json', `${r.code} country`);
  if (!/^[^@\s]+@[^@\s]+\.example$/.test(r.contact_email)) fail('investors.json', `${r.code} email must be at a .example domain`);
}
if (new Set(investors.map((r) => r.tax_code)).size !== investors.length) fail('investors.json', 'duplicate tax codes');
const allocations = readJson('allocations.json');
const aCodes = new Set();
const periods = new Map();
for (const a of allocations) {
  expectKeys('allocations.json', a.code, a, ['code', 'plot_code', 'investor_code', 'form', 'decision_number', 'decision_date', 'start_date', 'term_years', 'status', 'land_price_vnd', 'annual_rent_vnd', 'terms_note']);
  if (aCodes.has(a.code)) fail('allocations.json', `duplicate ${a.code}`);
  aCodes.add(a.code);
  const p = pByCode.get(a.plot_code);
  if (!p) fail('allocations.json', `${a.code} unknown plot`);
  else if (!p.properties.for_investment) fail('allocations.json', `${a.code} plot not for investment`);
  if (!iByCode.has(a.investor_code)) fail('allocations.json', `${a.code} unknown investor`);
  if (!within(a.form, ['allocation', 'lease_annual', 'lease_one_off'])) fail('allocations.json', `${a.code} form`);
  if (!within(a.status, ['pending', 'active', 'ended', 'terminated'])) fail('allocations.json', `${a.code} status`);
  if (a.term_years === null ? a.form !== 'allocation' : !(Number.isInteger(a.term_years) && a.term_years >= 1 && a.term_years <= 99)) fail('allocations.json', `${a.code} term`);
  if (!isDate(a.start_date) || (a.decision_date !== null && !isDate(a.decision_date))) fail('allocations.json', `${a.code} dates`);
  if (a.decision_date && a.decision_date > a.start_date) fail('allocations.json', `${a.code} decided after start`);
  if (a.status !== 'pending' && !a.decision_number) fail('allocations.json', `${a.code} needs a decision`);
  const end = addYears(a.start_date, a.term_years ?? 99);
  if (a.status === 'active' && !(a.start_date <= '2025-10-01' && end > '2025-10-01')) fail('allocations.json', `${a.code} active outside its period`);
  if (a.status === 'ended' && end > '2025-10-01') fail('allocations.json', `${a.code} ended before its end`);
  if (a.status === 'pending' || a.status === 'active') {
    const list = periods.get(a.plot_code) ?? [];
    for (const [s, e, c] of list) if (a.start_date < e && s < end) fail('allocations.json', `${a.code} overlaps ${c} on ${a.plot_code}`);
    list.push([a.start_date, end, a.code]);
    periods.set(a.plot_code, list);
  }
  if (a.form === 'lease_annual' ? a.annual_rent_vnd === null : a.land_price_vnd === null) fail('allocations.json', `${a.code} price/rent`);
}
const investable = plots.filter((f) => f.properties.for_investment).length;
const share = periods.size / investable;
if (share < 0.35 || share > 0.45) fail('allocations.json', `${(share * 100).toFixed(1)}% of investable plots allocated`);
const followUps = allocations.filter((a) => (a.status === 'ended' || a.status === 'terminated') &&
  allocations.some((b) => b.plot_code === a.plot_code && b.status === 'active' && b.start_date > a.start_date)).length;
if (followUps < 2) fail('allocations.json', 'want a few ended/terminated allocations followed by a new active one');
const byStatus = {};
for (const a of allocations) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
note(`allocations.json: ${allocations.length} allocations on ${periods.size}/${investable} investable plots (${(share * 100).toFixed(1)}%); ${JSON.stringify(byStatus)}; ${followUps} ended/terminated then re-let; ${investors.length} investors`);

// ------------------------------------------------------------------------ 6. clearance
const clearance = readJson('clearance.geojson').features;
const cByCode = new Map();
// the order rule is data (clearance_steps.csv): required steps, which step a step stands for, how far back it needs
const required = steps.rows.filter((r) => r.optional === 'false').map((r) => Number(r.step_no));
const kindOf = new Map(steps.rows.map((r) => [Number(r.step_no), r]));
const needsThrough = (n) => (kindOf.get(n)?.requires_through ? Number(kindOf.get(n).requires_through) : n - 1);
const markDone = (set, n) => { set.add(n); if (kindOf.get(n)?.satisfies_step) set.add(Number(kindOf.get(n).satisfies_step)); };
for (const f of clearance) {
  const p = f.properties;
  expectKeys('clearance.geojson', p.code, p, ['code', 'name', 'zone_code', 'dossier_code', 'started_on', 'target_handover_on', 'note', 'parcels', 'steps']);
  cByCode.set(p.code, f);
  if (p.zone_code !== null && !zByCode.has(p.zone_code)) fail('clearance.geojson', `${p.code} zone`);
  if (!dByCode.has(p.dossier_code)) fail('clearance.geojson', `${p.code} dossier`);
  if (!isDate(p.started_on) || !isDate(p.target_handover_on)) fail('clearance.geojson', `${p.code} dates`);
  const gp = geometryProblems(f.geometry, { types: ['MultiPolygon'] });
  if (gp.length) fail('clearance.geojson', `${p.code}: ${gp.join('; ')}`);
  if (p.parcels.length < 5 || p.parcels.length > 25) fail('clearance.geojson', `${p.code}: ${p.parcels.length} parcels`);
  // steps in statutory order, exactly as the clearance_step_order trigger checks them:
  // project-level steps first, then each parcel's in step order
  const projectSteps = new Map(p.steps.map((s) => [s.step_no, s]));
  const stepOk = (s, have, where) => {
    if (!(Number.isInteger(s.step_no) && s.step_no >= 1 && s.step_no <= 11)) fail('clearance.geojson', `${where} step ${s.step_no}`);
    if (!isDate(s.completed_on)) fail('clearance.geojson', `${where} step ${s.step_no} date`);
    expectKeys('clearance.geojson', where, s, ['step_no', 'completed_on', 'decision_number']);
    const missing = required.filter((n) => n <= needsThrough(s.step_no) && !have(n));
    if (missing.length) fail('clearance.geojson', `${where}: step ${s.step_no} before step ${missing[0]}`);
  };
  const seenProject = new Set();
  for (const s of [...p.steps].sort((a, b) => a.step_no - b.step_no)) { stepOk(s, (n) => seenProject.has(n), p.code); markDone(seenProject, s.step_no); }
  const codesSeen = new Set();
  const pieces = [];
  for (const parcel of p.parcels) {
    expectKeys('clearance.geojson', parcel.parcel_code, parcel, ['parcel_code', 'land_use_code', 'household_name', 'household_id_number', 'household_address', 'compensation_vnd', 'boundary', 'steps']);
    if (codesSeen.has(parcel.parcel_code)) fail('clearance.geojson', `duplicate parcel ${parcel.parcel_code}`);
    codesSeen.add(parcel.parcel_code);
    if (!codes.has(parcel.land_use_code)) fail('clearance.geojson', `${parcel.parcel_code} land use`);
    const gpp = geometryProblems(parcel.boundary, { types: ['Polygon'] });
    if (gpp.length) fail('clearance.geojson', `${parcel.parcel_code}: ${gpp.join('; ')}`);
    if (outsideArea(parcel.boundary, f.geometry) > 0.01) fail('clearance.geojson', `${parcel.parcel_code} outside its project`);
    const seen = new Set();
    for (const s of [...parcel.steps].sort((a, b) => a.step_no - b.step_no)) {
      if (projectSteps.has(s.step_no)) fail('clearance.geojson', `${parcel.parcel_code} repeats project step ${s.step_no}`);
      stepOk(s, (n) => seen.has(n) || seenProject.has(n), parcel.parcel_code);
      markDone(seen, s.step_no);
    }
    pieces.push(parcel.boundary);
  }
  for (let i = 0; i < pieces.length; i++) for (let j = i + 1; j < pieces.length; j++) {
    if (overlapArea(pieces[i], pieces[j]) > 0.01) fail('clearance.geojson', `${p.code}: parcels ${i} and ${j} overlap`);
  }
}
note(`clearance.geojson: ${clearance.length} projects, ${clearance.reduce((s, f) => s + f.properties.parcels.length, 0)} parcels; furthest step per project: ` +
  clearance.map((f) => `${f.properties.code} ${Math.max(0, ...f.properties.steps.map((s) => s.step_no), ...f.properties.parcels.flatMap((q) => q.steps.map((s) => s.step_no)))}`).join(', '));

// ------------------------------------------------------------------------ 7. current state
const current = readJson('land_use_current.geojson').features;
{
  current.forEach((f, i) => {
    expectKeys('land_use_current.geojson', i, f.properties, ['land_use_code', 'source', 'surveyed_on']);
    if (!codes.has(f.properties.land_use_code)) fail('land_use_current.geojson', `#${i} code`);
    if (!isDate(f.properties.surveyed_on)) fail('land_use_current.geojson', `#${i} date`);
    const gp = geometryProblems(f.geometry, { types: ['MultiPolygon'] });
    if (gp.length) fail('land_use_current.geojson', `#${i}: ${gp.join('; ')}`);
    f.bb = bboxOf(f.geometry);
  });
  let pairs = 0;
  for (let i = 0; i < current.length; i++) for (let j = i + 1; j < current.length; j++) {
    if (!bboxOverlap(current[i].bb, current[j].bb)) continue;
    pairs++;
    const a = overlapArea(current[i].geometry, current[j].geometry);
    if (a > 0.01) fail('land_use_current.geojson', `#${i} overlaps #${j} by ${a.toFixed(3)} m²`);
  }
  const areaBy = {};
  for (const f of current) areaBy[f.properties.land_use_code] = (areaBy[f.properties.land_use_code] ?? 0) + turf.area(f.geometry) / 1e4;
  note(`land_use_current.geojson: ${current.length} polygons, ${pairs} neighbouring pairs checked; ha by code ${JSON.stringify(Object.fromEntries(Object.entries(areaBy).map(([k, v]) => [k, Math.round(v)])))}`);
}

// ------------------------------------------------------------------------ 8. conversions
const conversions = readJson('conversions.geojson').features;
for (const f of conversions) {
  const p = f.properties;
  expectKeys('conversions.geojson', p.code, p, ['code', 'name', 'from_land_use_code', 'to_land_use_code', 'zone_code', 'clearance_project_code', 'status', 'required_authority', 'decision_number', 'decision_date', 'requested_on']);
  const gp = geometryProblems(f.geometry, { types: ['MultiPolygon'] });
  if (gp.length) fail('conversions.geojson', `${p.code}: ${gp.join('; ')}`);
  if (!codes.has(p.from_land_use_code) || !codes.has(p.to_land_use_code) || p.from_land_use_code === p.to_land_use_code) fail('conversions.geojson', `${p.code} codes`);
  if (!within(p.status, ['requested', 'approved', 'rejected', 'completed'])) fail('conversions.geojson', `${p.code} status`);
  if ((p.status === 'approved' || p.status === 'completed') && !p.decision_number) fail('conversions.geojson', `${p.code} needs a decision`);
  if (p.zone_code && !zByCode.has(p.zone_code)) fail('conversions.geojson', `${p.code} zone`);
  if (p.zone_code && outsideArea(f.geometry, zByCode.get(p.zone_code).geometry) > 0.01) fail('conversions.geojson', `${p.code} outside its zone`);
  if (p.clearance_project_code && !cByCode.has(p.clearance_project_code)) fail('conversions.geojson', `${p.code} clearance project`);
  const ha = turf.area(f.geometry) / 1e4;
  const expected = requiredAuthority(landKindOf(p.from_land_use_code), ha, p.requested_on);
  if (expected !== p.required_authority) fail('conversions.geojson', `${p.code} authority ${p.required_authority}, rules say ${expected} for ${ha.toFixed(2)} ha`);
  // the current state under it is the rice/forest code it converts from
  const under = current.filter((c) => c.properties.land_use_code === p.from_land_use_code && bboxOverlap(c.bb, bboxOf(f.geometry)))
    .reduce((s, c) => s + overlapArea(c.geometry, f.geometry), 0);
  if (under < turf.area(f.geometry) * 0.999) fail('conversions.geojson', `${p.code}: only ${(100 * under / turf.area(f.geometry)).toFixed(1)}% of it is ${p.from_land_use_code} in the current state`);
}
note(`conversions.geojson: ${conversions.length} conversions, each fully on ${'rice/forest'} current-state land; authorities ${conversions.map((f) => f.properties.required_authority).join(',')}`);

// ------------------------------------------------------------------------ 9. violations
const violations = readJson('violations.geojson').features;
for (const f of violations) {
  const p = f.properties;
  expectKeys('violations.geojson', p.code, p, ['code', 'category', 'description', 'status', 'plot_code', 'reported_by', 'reported_at', 'resolved_at', 'resolution_note']);
  if (!within(p.category, ['unauthorised_construction', 'wrong_land_use', 'encroachment', 'unauthorised_transfer', 'environmental', 'other'])) fail('violations.geojson', `${p.code} category`);
  if (!within(p.status, ['open', 'verified', 'notice_issued', 'resolved', 'escalated', 'dismissed'])) fail('violations.geojson', `${p.code} status`);
  if ((p.status === 'resolved' || p.status === 'dismissed') !== (p.resolved_at !== null)) fail('violations.geojson', `${p.code} resolved_at`);
  if (Number.isNaN(Date.parse(p.reported_at)) || (p.resolved_at && Date.parse(p.resolved_at) < Date.parse(p.reported_at))) fail('violations.geojson', `${p.code} times`);
  const gp = geometryProblems(f.geometry, { types: ['Point', 'Polygon'] });
  if (gp.length) fail('violations.geojson', `${p.code}: ${gp.join('; ')}`);
  if (p.plot_code) {
    const g = plotWgs.get(p.plot_code);
    if (!g) fail('violations.geojson', `${p.code} unknown plot`);
    else if (f.geometry.type === 'Point' ? !turf.booleanPointInPolygon(turf.point(f.geometry.coordinates), g) : overlapArea(f.geometry, g) <= 0) fail('violations.geojson', `${p.code} not on its plot`);
  }
}
note(`violations.geojson: ${violations.length} violations`);

// ------------------------------------------------------------------------ 10. everything on the Vietnamese side
{
  const all = [...dossiers, ...zones, ...clearance, ...current, ...conversions, ...violations];
  const pts = [];
  const collect = (c) => (typeof c[0] === 'number' ? pts.push(c) : c.forEach(collect));
  all.forEach((f) => collect(f.geometry.coordinates));
  const plane = toVn2000(pts);
  const bad = plane.filter((p) => !onVietnameseSide(p, 10)).length;
  if (bad) fail('all', `${bad} vertices north-east of the stand-in border`);
  note(`${pts.length} WGS84 vertices checked to lie south-west of the stand-in border`);
}

for (const s of ok) console.log('ok  ' + s);
if (problems.length) {
  for (const s of problems.slice(0, 200)) console.log('ERR ' + s);
  console.log(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('sample data valid');
