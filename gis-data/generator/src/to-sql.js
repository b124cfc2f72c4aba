// Writes SQL that loads gis-data/sample into the schema of server/PlanningGIS.Planning/Migrations
// (one transaction, audit off). Used by check-postgis.sh to test the sample data against the real
// constraints and triggers; it is a test aid, not the application's loader.
import { readFileSync } from 'node:fs';

const DIR = new URL('../../sample/', import.meta.url).pathname;
const json = (f) => JSON.parse(readFileSync(DIR + f, 'utf8'));
const csv = (f) => {
  const [head, ...lines] = readFileSync(DIR + f, 'utf8').trimEnd().split('\n');
  const parse = (line) => { const out = []; let cur = '', q = false;
    for (let i = 0; i < line.length; i++) { const c = line[i];
      if (q) { if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c; }
      else if (c === '"') q = true; else if (c === ',') { out.push(cur); cur = ''; } else cur += c; }
    out.push(cur); return out; };
  const h = parse(head);
  return lines.map((l) => Object.fromEntries(parse(l).map((v, i) => [h[i], v])));
};
const q = (v) => (v === null || v === undefined || v === '' ? 'null' : typeof v === 'number' || typeof v === 'boolean' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
const geo = (g) => `ST_GeomFromGeoJSON(${q(JSON.stringify(g))})`;
const idOf = (table, code) => (code === null || code === undefined ? 'null' : `(select id from ${table} where code = ${q(code)})`);
const out = [];
const w = (s) => out.push(s);

w('\\set ON_ERROR_STOP on');
w('begin;');
w("set local planning.audit = 'off';");
for (const r of csv('land_use_codes.csv'))
  w(`insert into land_use_codes values (${[r.code, r.name_vi, r.name_en, r.land_group, r.category, r.instrument, r.colour, r.note].map(q).join(',')});`);
for (const r of csv('clearance_steps.csv'))
  w(`insert into clearance_step_kinds (step_no, code, name_vi, name_en, optional, legal_basis, satisfies_step, requires_through) values (${r.step_no}, ${q(r.code)}, ${q(r.name_vi)}, ${q(r.name_en)}, ${r.optional}, ${q(r.legal_basis)}, ${r.satisfies_step || 'null'}, ${r.requires_through || 'null'});`);
for (const r of csv('conversion_rules.csv'))
  w(`insert into conversion_approval_rules (land_kind, min_ha, max_ha, authority, instrument, valid_from, valid_to) values (${[r.land_kind].map(q)}, ${r.min_ha}, ${r.max_ha || 'null'}, ${q(r.authority)}, ${q(r.instrument)}, ${q(r.valid_from)}, ${q(r.valid_to)});`);
for (const f of json('dossiers.geojson').features) {
  const p = f.properties;
  w(`insert into dossiers (code, name, kind, scale, status, decision_number, decision_date, approving_body, adjusts_id, published, illustrative, summary, boundary) values (` +
    `${q(p.code)}, ${q(p.name)}, ${q(p.kind)}, ${q(p.scale)}, ${q(p.status)}, ${q(p.decision_number)}, ${q(p.decision_date)}, ${q(p.approving_body)}, ${idOf('dossiers', p.adjusts)}, ` +
    `${p.published}, ${p.illustrative}, ${q(p.summary)}, ${geo(f.geometry)});`);
}
for (const f of json('zones.geojson').features) {
  const p = f.properties;
  w(`insert into zones (code, name, kind, dossier_id, description, boundary) values (${q(p.code)}, ${q(p.name)}, ${q(p.kind)}, ${idOf('dossiers', p.dossier_code)}, ${q(p.description)}, ${geo(f.geometry)});`);
}
for (const f of json('plots.geojson').features) {
  const p = f.properties;
  w(`insert into plots (code, zone_id, dossier_id, land_use_code, max_building_density, max_floors, far, for_investment, boundary) values (` +
    `${q(p.code)}, ${idOf('zones', p.zone_code)}, ${idOf('dossiers', p.dossier_code)}, ${q(p.land_use_code)}, ${p.max_building_density}, ${p.max_floors}, ${p.far}, ${p.for_investment}, ` +
    `ST_Transform(ST_SetSRID(${geo(f.geometry)}, 9215), 4326));`);
}
for (const r of json('investors.json'))
  w(`insert into investors (code, name, tax_code, country, representative, contact_email, illustrative) values (${[r.code, r.name, r.tax_code, r.country, r.representative, r.contact_email].map(q).join(',')}, true);`);
for (const a of json('allocations.json'))
  w(`insert into allocations (code, plot_id, investor_id, form, decision_number, decision_date, start_date, term_years, status, land_price_vnd, annual_rent_vnd, terms_note) values (` +
    `${q(a.code)}, ${idOf('plots', a.plot_code)}, ${idOf('investors', a.investor_code)}, ${q(a.form)}, ${q(a.decision_number)}, ${q(a.decision_date)}, ${q(a.start_date)}, ` +
    `${a.term_years ?? 'null'}, ${q(a.status)}, ${a.land_price_vnd ?? 'null'}, ${a.annual_rent_vnd ?? 'null'}, ${q(a.terms_note)});`);
for (const f of json('clearance.geojson').features) {
  const p = f.properties;
  const proj = idOf('clearance_projects', p.code);
  w(`insert into clearance_projects (code, name, zone_id, dossier_id, started_on, target_handover_on, note, boundary) values (${q(p.code)}, ${q(p.name)}, ` +
    `${idOf('zones', p.zone_code)}, ${idOf('dossiers', p.dossier_code)}, ${q(p.started_on)}, ${q(p.target_handover_on)}, ${q(p.note)}, ${geo(f.geometry)});`);
  // project-level steps first, then each parcel's steps in statutory order (the trigger checks order)
  for (const s of [...p.steps].sort((a, b) => a.step_no - b.step_no))
    w(`insert into clearance_step_records (project_id, parcel_id, step_no, completed_on, decision_number) values (${proj}, null, ${s.step_no}, ${q(s.completed_on)}, ${q(s.decision_number)});`);
  for (const c of p.parcels) {
    w(`insert into clearance_parcels (project_id, parcel_code, land_use_code, household_name, household_id_number, household_address, compensation_vnd, boundary) values (` +
      `${proj}, ${q(c.parcel_code)}, ${q(c.land_use_code)}, ${q(c.household_name)}, ${q(c.household_id_number)}, ${q(c.household_address)}, ${c.compensation_vnd}, ${geo(c.boundary)});`);
    for (const s of [...c.steps].sort((a, b) => a.step_no - b.step_no))
      w(`insert into clearance_step_records (project_id, parcel_id, step_no, completed_on, decision_number) values (${proj}, ` +
        `(select id from clearance_parcels where parcel_code = ${q(c.parcel_code)}), ${s.step_no}, ${q(s.completed_on)}, ${q(s.decision_number)});`);
  }
}
for (const f of json('land_use_current.geojson').features)
  w(`insert into land_use_current (land_use_code, source, surveyed_on, boundary) values (${q(f.properties.land_use_code)}, ${q(f.properties.source)}, ${q(f.properties.surveyed_on)}, ${geo(f.geometry)});`);
for (const f of json('conversions.geojson').features) {
  const p = f.properties;
  w(`insert into conversions (code, name, from_land_use_code, to_land_use_code, zone_id, clearance_project_id, status, required_authority, decision_number, decision_date, requested_on, boundary) values (` +
    `${q(p.code)}, ${q(p.name)}, ${q(p.from_land_use_code)}, ${q(p.to_land_use_code)}, ${idOf('zones', p.zone_code)}, ${idOf('clearance_projects', p.clearance_project_code)}, ` +
    `${q(p.status)}, ${q(p.required_authority)}, ${q(p.decision_number)}, ${q(p.decision_date)}, ${q(p.requested_on)}, ${geo(f.geometry)});`);
}
for (const f of json('violations.geojson').features) {
  const p = f.properties;
  w(`insert into violations (code, category, description, status, plot_id, reported_by, reported_at, resolved_at, resolution_note, location) values (` +
    `${q(p.code)}, ${q(p.category)}, ${q(p.description)}, ${q(p.status)}, ${idOf('plots', p.plot_code)}, ${q(p.reported_by)}, ${q(p.reported_at)}, ${q(p.resolved_at)}, ${q(p.resolution_note)}, ${geo(f.geometry)});`);
}
w('commit;');
process.stdout.write(out.join('\n') + '\n');
