namespace PlanningGIS.Planning.SampleData;

public enum SourceFormat { GeoJson, JsonArray, Csv }

/// <summary>
/// How one sample-data file maps onto the model. Records are first staged in the temporary table
/// <c>staged(idx, props jsonb, geom geometry)</c>; every check is a query over it returning the first
/// offending record and a problem in words; then <see cref="Insert"/> copies them into the model.
/// </summary>
public sealed record SampleFile(
    string FileName,
    SourceFormat Format,
    string[] GeometryTypes,
    string[] RequiredProperties,
    (string Condition, string Problem)[] Checks,
    string[] Insert,
    bool RepeatInsertUntilNoRows = false,
    (string Condition, string Problem)[]? ChecksAfterInsert = null,
    // Each record names a file (property "file", under documents/ next to the list) that is put in the
    // document store first; its sha256, size_bytes, content_type and storage_path join the record.
    bool StoresFiles = false);

/// <summary>The sample data files in load order (later files refer to earlier ones by code).</summary>
public static class SampleFiles
{
    private static readonly string[] Polygonal = ["ST_Polygon", "ST_MultiPolygon"];

    // A reference check: the record's property names a code that must exist in a table.
    private static (string, string) References(string property, string table, string what) =>
        ($"props->>'{property}' is not null and not exists (select 1 from {table} t where t.code = props->>'{property}')",
         $"'{{{property}}}' is not a known {what}");

    private static (string, string) KnownLandUse(string property) => References(property, "land_use_codes", "land-use code");

    // A sample object's first version is dated from the decision that approved it (its dossier's), in
    // Vietnam's time zone, with that decision as its legal basis: asOf before the load date then shows
    // the plan of that time. Without a decision (drafts, or a date still ahead) it is dated from the load.
    private static string ApprovedOn(string dossier) =>
        $"coalesce(case when {dossier}.decision_date <= current_date then {dossier}.decision_date::timestamp at time zone 'Asia/Ho_Chi_Minh' end, clock_timestamp())";

    private static string DecisionText(string dossier) =>
        $"case when {dossier}.decision_number is not null then 'Quyết định ' || {dossier}.decision_number " +
        $"|| coalesce(' ngày ' || to_char({dossier}.decision_date, 'DD/MM/YYYY'), '') || coalesce(' của ' || {dossier}.approving_body, '') end";

    public static readonly SampleFile[] All =
    [
        new("land_use_codes.csv", SourceFormat.Csv, [], ["code", "name_vi", "name_en", "land_group", "instrument", "colour"], [],
        ["""
         insert into land_use_codes (code, name_vi, name_en, land_group, category, instrument, colour, note)
         select props->>'code', props->>'name_vi', props->>'name_en', props->>'land_group', props->>'category',
                props->>'instrument', props->>'colour', props->>'note'
         from staged order by idx on conflict (code) do nothing
         """]),

        new("clearance_steps.csv", SourceFormat.Csv, [], ["step_no", "code", "name_vi", "name_en", "legal_basis"], [],
        ["""
         insert into clearance_step_kinds (step_no, code, name_vi, name_en, optional, legal_basis, satisfies_step, requires_through)
         select (props->>'step_no')::int, props->>'code', props->>'name_vi', props->>'name_en',
                coalesce((props->>'optional')::boolean, false), props->>'legal_basis',
                (props->>'satisfies_step')::int, (props->>'requires_through')::int
         from staged order by idx on conflict (step_no) do nothing
         """]),

        new("conversion_rules.csv", SourceFormat.Csv, [], ["land_kind", "authority", "instrument", "valid_from"], [],
        ["""
         insert into conversion_approval_rules (land_kind, min_ha, max_ha, authority, instrument, valid_from, valid_to)
         select props->>'land_kind', coalesce((props->>'min_ha')::numeric, 0), (props->>'max_ha')::numeric,
                props->>'authority', props->>'instrument', (props->>'valid_from')::date, (props->>'valid_to')::date
         from staged order by idx
         """]),

        new("dossiers.geojson", SourceFormat.GeoJson, Polygonal, ["code", "name", "kind", "status"],
        [
            ("props->>'adjusts' is not null and not exists (select 1 from staged o where o.props->>'code' = staged.props->>'adjusts') " +
             "and not exists (select 1 from dossiers d where d.code = staged.props->>'adjusts')",
             "adjusts '{adjusts}', which is not a dossier"),
        ],
        // Parents first, so that adjusts_id can be resolved without a second (versioned) update.
        // Repeated by the loader until it inserts nothing; a cycle leaves records behind and is reported.
        [$"""
         insert into dossiers (code, name, kind, scale, status, decision_number, decision_date, approving_body,
                               adjusts_id, published, illustrative, summary, boundary, valid_from, legal_basis)
         select s.code, s.name, s.kind, s.scale, s.status, s.decision_number, s.decision_date, s.approving_body,
                s.adjusts_id, s.published, s.illustrative, s.summary, s.boundary, {ApprovedOn("s")}, {DecisionText("s")}
         from (select idx, props->>'code' as code, props->>'name' as name, props->>'kind' as kind, props->>'scale' as scale,
                      props->>'status' as status, props->>'decision_number' as decision_number,
                      (props->>'decision_date')::date as decision_date, props->>'approving_body' as approving_body,
                      (select d.id from dossiers d where d.code = props->>'adjusts') as adjusts_id,
                      coalesce((props->>'published')::boolean, false) as published,
                      coalesce((props->>'illustrative')::boolean, true) as illustrative,
                      props->>'summary' as summary, ST_Multi(geom) as boundary
               from staged
               where not exists (select 1 from dossiers d where d.code = props->>'code')
                 and (props->>'adjusts' is null or exists (select 1 from dossiers d where d.code = props->>'adjusts'))) s
         order by s.idx
         """],
        RepeatInsertUntilNoRows: true,
        ChecksAfterInsert: [("not exists (select 1 from dossiers d where d.code = props->>'code')",
                             "was not loaded: its 'adjusts' chain forms a cycle")]),

        new("zones.geojson", SourceFormat.GeoJson, Polygonal, ["code", "name", "kind"],
        [References("dossier_code", "dossiers", "dossier")],
        [$"""
         insert into zones (code, name, kind, dossier_id, description, boundary, valid_from, legal_basis)
         select props->>'code', props->>'name', props->>'kind', d.id, props->>'description', ST_Multi(geom),
                {ApprovedOn("d")}, {DecisionText("d")}
         from staged left join dossiers d on d.code = props->>'dossier_code'
         order by idx on conflict (code) do nothing
         """]),

        new("plots.geojson", SourceFormat.GeoJson, ["ST_Polygon"], ["code", "zone_code", "land_use_code"],
        [
            References("zone_code", "zones", "zone"),
            References("dossier_code", "dossiers", "dossier"),
            KnownLandUse("land_use_code"),
            ("area_m2(ST_Difference(geom, (select z.boundary from zones z where z.code = props->>'zone_code'))) > topology_tolerance_m2()",
             "lies outside its zone '{zone_code}'"),
        ],
        [$"""
         insert into plots (code, zone_id, dossier_id, land_use_code, max_building_density, max_floors, far, min_setback_m, max_height_m,
                            for_investment, boundary, valid_from, legal_basis)
         select props->>'code', (select z.id from zones z where z.code = props->>'zone_code'), d.id, props->>'land_use_code',
                (props->>'max_building_density')::numeric, (props->>'max_floors')::int, (props->>'far')::numeric,
                (props->>'min_setback_m')::numeric, (props->>'max_height_m')::numeric,
                coalesce((props->>'for_investment')::boolean, true), geom, {ApprovedOn("d")}, {DecisionText("d")}
         from staged left join dossiers d on d.code = props->>'dossier_code'
         order by idx on conflict (code) do nothing
         """]),

        new("documents.csv", SourceFormat.Csv, [], ["dossier_code", "title", "kind", "file"],
        [References("dossier_code", "dossiers", "dossier")],
        ["""
         insert into dossier_documents (dossier_id, title, kind, file_name, content_type, size_bytes, sha256, storage_path, published, uploaded_by)
         select d.id, props->>'title', props->>'kind', props->>'file', props->>'content_type', (props->>'size_bytes')::bigint,
                props->>'sha256', props->>'storage_path', coalesce((props->>'published')::boolean, false), 'sample-data loader'
         from staged join dossiers d on d.code = props->>'dossier_code'
         where not exists (select 1 from dossier_documents o where o.dossier_id = d.id and o.sha256 = props->>'sha256')
         order by idx
         """], StoresFiles: true),

        new("land_rent_guide.csv", SourceFormat.Csv, [], ["zone_code", "land_price_vnd_per_m2", "annual_rent_rate_percent", "valid_from", "source"],
        [References("zone_code", "zones", "zone"), KnownLandUse("land_use_code")],
        ["""
         insert into land_rent_guide (zone_id, land_use_code, land_price_vnd_per_m2, annual_rent_rate_percent, valid_from, valid_to, source, illustrative)
         select (select z.id from zones z where z.code = props->>'zone_code'), nullif(props->>'land_use_code', ''),
                (props->>'land_price_vnd_per_m2')::numeric, (props->>'annual_rent_rate_percent')::numeric,
                (props->>'valid_from')::date, nullif(props->>'valid_to', '')::date, props->>'source',
                coalesce((props->>'illustrative')::boolean, false)
         from staged order by idx on conflict do nothing
         """]),

        new("zone_infrastructure.csv", SourceFormat.Csv, [], ["zone_code", "kind", "status", "as_of"],
        [References("zone_code", "zones", "zone")],
        ["""
         insert into zone_infrastructure (zone_id, kind, status, note, as_of, source, illustrative)
         select (select z.id from zones z where z.code = props->>'zone_code'), props->>'kind', props->>'status',
                nullif(props->>'note', ''), (props->>'as_of')::date, nullif(props->>'source', ''),
                coalesce((props->>'illustrative')::boolean, false)
         from staged order by idx on conflict do nothing
         """]),

        new("investors.json", SourceFormat.JsonArray, [], ["code", "name"], [],
        ["""
         insert into investors (code, name, tax_code, country, representative, contact_email, illustrative)
         select props->>'code', props->>'name', props->>'tax_code', coalesce(props->>'country', 'VN'),
                props->>'representative', props->>'contact_email', true
         from staged order by idx on conflict (code) do nothing
         """]),

        new("allocations.json", SourceFormat.JsonArray, [], ["code", "plot_code", "investor_code", "form", "start_date", "status"],
        [References("plot_code", "plots", "plot"), References("investor_code", "investors", "investor")],
        ["""
         insert into allocations (code, plot_id, investor_id, form, decision_number, decision_date, start_date, term_years,
                                  status, land_price_vnd, annual_rent_vnd, terms_note)
         select props->>'code', (select p.id from plots p where p.code = props->>'plot_code'),
                (select i.id from investors i where i.code = props->>'investor_code'), props->>'form',
                props->>'decision_number', (props->>'decision_date')::date, (props->>'start_date')::date,
                (props->>'term_years')::int, props->>'status', (props->>'land_price_vnd')::numeric,
                (props->>'annual_rent_vnd')::numeric, props->>'terms_note'
         from staged order by idx on conflict (code) do nothing
         """]),

        new("clearance.geojson", SourceFormat.GeoJson, Polygonal, ["code", "name"],
        [
            References("zone_code", "zones", "zone"),
            References("dossier_code", "dossiers", "dossier"),
            ("exists (select 1 from jsonb_array_elements(coalesce(props->'parcels', '[]')) p " +
             "where pg_temp.read_geometry(p->>'boundary', 4326) is null or not ST_IsValid(pg_temp.read_geometry(p->>'boundary', 4326)))",
             "has a parcel whose boundary is missing or invalid"),
        ],
        [
            """
            insert into clearance_projects (code, name, zone_id, dossier_id, started_on, target_handover_on, note, boundary)
            select props->>'code', props->>'name', (select z.id from zones z where z.code = props->>'zone_code'),
                   (select d.id from dossiers d where d.code = props->>'dossier_code'), (props->>'started_on')::date,
                   (props->>'target_handover_on')::date, props->>'note', ST_Multi(geom)
            from staged order by idx on conflict (code) do nothing
            """,
            """
            insert into clearance_parcels (project_id, parcel_code, land_use_code, household_name, household_id_number,
                                           household_address, compensation_vnd, boundary)
            select cp.id, p->>'parcel_code', p->>'land_use_code', p->>'household_name', p->>'household_id_number',
                   p->>'household_address', (p->>'compensation_vnd')::numeric, pg_temp.read_geometry(p->>'boundary', 4326)
            from staged s join clearance_projects cp on cp.code = s.props->>'code'
                 cross join jsonb_array_elements(coalesce(s.props->'parcels', '[]')) p
            order by s.idx
            on conflict (project_id, parcel_code) do nothing
            """,
            // Statutory order is checked row by row by a trigger: project-level steps first, then by step number.
            """
            insert into clearance_step_records (project_id, parcel_id, step_no, completed_on, decision_number, recorded_by)
            select project_id, parcel_id, step_no, completed_on, decision_number, 'sample-data loader'
            from (
                select cp.id as project_id, null::bigint as parcel_id, (st->>'step_no')::int as step_no,
                       (st->>'completed_on')::date as completed_on, st->>'decision_number' as decision_number
                from staged s join clearance_projects cp on cp.code = s.props->>'code'
                     cross join jsonb_array_elements(coalesce(s.props->'steps', '[]')) st
                union all
                select cp.id, pa.id, (st->>'step_no')::int, (st->>'completed_on')::date, st->>'decision_number'
                from staged s join clearance_projects cp on cp.code = s.props->>'code'
                     cross join jsonb_array_elements(coalesce(s.props->'parcels', '[]')) p
                     join clearance_parcels pa on pa.project_id = cp.id and pa.parcel_code = p->>'parcel_code'
                     cross join jsonb_array_elements(coalesce(p->'steps', '[]')) st
            ) steps
            order by step_no, parcel_id nulls first
            on conflict do nothing
            """,
        ]),

        new("land_use_current.geojson", SourceFormat.GeoJson, Polygonal, ["land_use_code"], [KnownLandUse("land_use_code")],
        ["""
         insert into land_use_current (land_use_code, source, surveyed_on, boundary)
         select props->>'land_use_code', props->>'source', (props->>'surveyed_on')::date, ST_Multi(geom)
         from staged order by idx
         """]),

        new("conversions.geojson", SourceFormat.GeoJson, Polygonal, ["code", "name", "from_land_use_code", "to_land_use_code", "status"],
        [
            KnownLandUse("from_land_use_code"),
            KnownLandUse("to_land_use_code"),
            References("zone_code", "zones", "zone"),
            References("clearance_project_code", "clearance_projects", "clearance project"),
        ],
        ["""
         insert into conversions (code, name, from_land_use_code, to_land_use_code, zone_id, clearance_project_id, status,
                                  required_authority, decision_number, decision_date, requested_on, boundary)
         select props->>'code', props->>'name', props->>'from_land_use_code', props->>'to_land_use_code',
                (select z.id from zones z where z.code = props->>'zone_code'),
                (select c.id from clearance_projects c where c.code = props->>'clearance_project_code'),
                props->>'status', props->>'required_authority', props->>'decision_number',
                (props->>'decision_date')::date, coalesce((props->>'requested_on')::date, current_date), ST_Multi(geom)
         from staged order by idx on conflict (code) do nothing
         """]),

        new("violations.geojson", SourceFormat.GeoJson, ["ST_Point", "ST_Polygon", "ST_MultiPolygon"], ["code", "category", "description", "status"],
        [References("plot_code", "plots", "plot")],
        ["""
         insert into violations (code, category, description, status, plot_id, reported_by, reported_at, resolved_at,
                                 resolution_note, location)
         select props->>'code', props->>'category', props->>'description', props->>'status',
                (select p.id from plots p where p.code = props->>'plot_code'), props->>'reported_by',
                coalesce((props->>'reported_at')::timestamptz, now()), (props->>'resolved_at')::timestamptz,
                props->>'resolution_note', geom
         from staged order by idx on conflict (code) do nothing
         """]),
    ];
}
