using Npgsql;

namespace PlanningGIS.Planning.Imports;

/// <summary>
/// Writes a checked import into the live table in the caller's transaction (with the actor and
/// legal basis set, as for any mutation): creations are inserted and updates applied in file order,
/// so the live tables' own triggers snap, check topology, keep history and audit each row exactly as
/// for an edit in the map. Each written version records the import it came from. An update whose
/// object changed since the preview is a CONFLICT; any refusal rolls the whole import back.
/// </summary>
public static class ImportCommit
{
    public static async Task<(int Created, int Updated)> WriteAsync(NpgsqlConnection connection, Guid importId, ImportTarget target,
        string legalBasis, CancellationToken ct)
    {
        var (insert, update) = target.Name switch
        {
            "plots" => (PlotInsert, PlotUpdate),
            "zones" => (ZoneInsert, ZoneUpdate),
            "dossiers" => (DossierInsert, DossierUpdate),
            "clearance_parcels" => (ParcelInsert, ParcelUpdate),
            _ => (LandUseInsert, null),
        };
        var created = await WriteAsync(connection, importId, target, insert, legalBasis, ct);
        var expected = await CountAsync(connection, importId, "update", ct);
        var updated = update is null ? 0 : await WriteAsync(connection, importId, target, update, legalBasis, ct);
        if (updated != expected)
            throw new PlanningError(ErrorCodes.Conflict,
                $"Có {expected - updated} {target.Label} đã được sửa sau khi xem trước bản nhập. Hãy kiểm tra lại bản nhập rồi ghi lại.",
                new Dictionary<string, object?> { ["expected"] = expected, ["updated"] = updated });
        return (created, updated);
    }

    private static async Task<int> WriteAsync(NpgsqlConnection connection, Guid importId, ImportTarget target, string write,
        string legalBasis, CancellationToken ct)
    {
        // Rows without codes (current land use) are matched to their features by order: the insert takes
        // the features in feature order, and identity values are given in insertion order.
        var sql = target.HasCodes
            ? $"""
              with written as ({write})
              insert into import_sources (import_id, table_name, row_id, version, feature_no)
              select @id, '{target.Table}', w.id, w.version, f.feature_no
              from written w join staging.import_features f on f.import_id = @id and f.code = w.code and f.action in ('create', 'update')
              """
            : $"""
              with written as ({write}),
                   numbered as (select id, version, row_number() over (order by id) as n from written),
                   features as (select feature_no, row_number() over (order by feature_no) as n
                                from staging.import_features where import_id = @id and action = 'create')
              insert into import_sources (import_id, table_name, row_id, version, feature_no)
              select @id, '{target.Table}', w.id, w.version, f.feature_no from numbered w join features f using (n)
              """;
        await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        cmd.Parameters.AddWithValue("id", importId);
        cmd.Parameters.AddWithValue("basis", legalBasis);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<int> CountAsync(NpgsqlConnection connection, Guid importId, string action, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select count(*) from staging.import_features where import_id = @id and action = @action", connection);
        cmd.Parameters.AddWithValue("id", importId);
        cmd.Parameters.AddWithValue("action", action);
        return (int)(long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static string Number(string field) => $"parsed_number(f.mapped ->> '{field}')::numeric";

    // A field the file does not map keeps the object's value.
    private static string Kept(string field, string column, string expression) =>
        $"case when f.mapped ? '{field}' then {expression} else t.{column} end";

    private static readonly string PlotInsert = $"""
        insert into plots (code, zone_id, dossier_id, land_use_code, max_building_density, max_floors, far, min_setback_m,
                           max_height_m, boundary, legal_basis)
        select f.code, (f.mapped ->> 'zone_id')::bigint, d.id, upper(f.mapped ->> 'land_use_code'), {Number("max_building_density")},
               parsed_number(f.mapped ->> 'max_floors')::int, {Number("far")}, {Number("min_setback_m")}, {Number("max_height_m")}, f.geom, @basis
        from staging.import_features f left join dossiers d on d.code = f.mapped ->> 'dossier_code'
        where f.import_id = @id and f.action = 'create'
        order by f.feature_no
        returning id, version, code
        """;

    private static readonly string PlotUpdate = $"""
        update plots t set
            zone_id = (f.mapped ->> 'zone_id')::bigint,
            dossier_id = {Kept("dossier_code", "dossier_id", "(select d.id from dossiers d where d.code = f.mapped ->> 'dossier_code')")},
            land_use_code = {Kept("land_use_code", "land_use_code", "upper(f.mapped ->> 'land_use_code')")},
            max_building_density = {Kept("max_building_density", "max_building_density", Number("max_building_density"))},
            max_floors = {Kept("max_floors", "max_floors", "parsed_number(f.mapped ->> 'max_floors')::int")},
            far = {Kept("far", "far", Number("far"))},
            min_setback_m = {Kept("min_setback_m", "min_setback_m", Number("min_setback_m"))},
            max_height_m = {Kept("max_height_m", "max_height_m", Number("max_height_m"))},
            boundary = f.geom,
            legal_basis = @basis
        from staging.import_features f
        where f.import_id = @id and f.action = 'update' and t.id = f.target_id and t.version = f.target_version
        returning t.id, t.version, t.code
        """;

    private static readonly string ZoneInsert = """
        insert into zones (code, name, kind, dossier_id, description, boundary, legal_basis)
        select f.code, f.mapped ->> 'name', f.mapped ->> 'kind', d.id, f.mapped ->> 'description', f.geom, @basis
        from staging.import_features f left join dossiers d on d.code = f.mapped ->> 'dossier_code'
        where f.import_id = @id and f.action = 'create'
        order by f.feature_no
        returning id, version, code
        """;

    private static readonly string ZoneUpdate = $"""
        update zones t set
            name = {Kept("name", "name", "f.mapped ->> 'name'")},
            kind = {Kept("kind", "kind", "f.mapped ->> 'kind'")},
            dossier_id = {Kept("dossier_code", "dossier_id", "(select d.id from dossiers d where d.code = f.mapped ->> 'dossier_code')")},
            description = {Kept("description", "description", "f.mapped ->> 'description'")},
            boundary = f.geom,
            legal_basis = @basis
        from staging.import_features f
        where f.import_id = @id and f.action = 'update' and t.id = f.target_id and t.version = f.target_version
        returning t.id, t.version, t.code
        """;

    private static string Text(string field, string column) => Kept(field, column, $"f.mapped ->> '{field}'");

    private static readonly string DossierInsert = """
        insert into dossiers (code, name, kind, scale, status, decision_number, decision_date, approving_body, summary, boundary, legal_basis)
        select f.code, f.mapped ->> 'name', f.mapped ->> 'kind', f.mapped ->> 'scale', f.mapped ->> 'status', f.mapped ->> 'decision_number',
               parsed_date(f.mapped ->> 'decision_date'), f.mapped ->> 'approving_body', f.mapped ->> 'summary', f.geom, @basis
        from staging.import_features f
        where f.import_id = @id and f.action = 'create'
        order by f.feature_no
        returning id, version, code
        """;

    private static readonly string DossierUpdate = $"""
        update dossiers t set
            name = {Text("name", "name")}, kind = {Text("kind", "kind")}, scale = {Text("scale", "scale")},
            status = {Text("status", "status")}, decision_number = {Text("decision_number", "decision_number")},
            decision_date = {Kept("decision_date", "decision_date", "parsed_date(f.mapped ->> 'decision_date')")},
            approving_body = {Text("approving_body", "approving_body")}, summary = {Text("summary", "summary")},
            boundary = f.geom,
            legal_basis = @basis
        from staging.import_features f
        where f.import_id = @id and f.action = 'update' and t.id = f.target_id and t.version = f.target_version
        returning t.id, t.version, t.code
        """;

    // land_use_current has no code and no versions: each feature is a new row (version 1 in import_sources).
    private static readonly string LandUseInsert = """
        insert into land_use_current (land_use_code, source, surveyed_on, boundary)
        select upper(f.mapped ->> 'land_use_code'), coalesce(f.mapped ->> 'source', 'Nhập từ tệp'),
               parsed_date(f.mapped ->> 'surveyed_on'), f.geom
        from staging.import_features f
        where f.import_id = @id and f.action = 'create'
        order by f.feature_no
        returning id, 1 as version
        """;

    // A parcel's household and compensation are personal data: written here, shown to planners only.
    private static readonly string ParcelInsert = $"""
        insert into clearance_parcels (project_id, parcel_code, land_use_code, household_name, household_id_number, household_address,
                                       compensation_vnd, boundary)
        select p.id, btrim(f.mapped ->> 'code'), upper(f.mapped ->> 'land_use_code'), f.mapped ->> 'household_name',
               f.mapped ->> 'household_id_number', f.mapped ->> 'household_address', round({Number("compensation_vnd")}), f.geom
        from staging.import_features f join clearance_projects p on p.code = f.mapped ->> 'project_code'
        where f.import_id = @id and f.action = 'create'
        order by f.feature_no
        returning id, 1 as version, (select code from clearance_projects where id = project_id) || '/' || parcel_code as code
        """;

    // Parcels keep no versions: the "version" recorded in import_sources counts the imports that wrote the parcel.
    private static readonly string ParcelUpdate = $"""
        update clearance_parcels t set
            land_use_code = {Kept("land_use_code", "land_use_code", "upper(f.mapped ->> 'land_use_code')")},
            household_name = {Text("household_name", "household_name")},
            household_id_number = {Text("household_id_number", "household_id_number")},
            household_address = {Text("household_address", "household_address")},
            compensation_vnd = {Kept("compensation_vnd", "compensation_vnd", $"round({Number("compensation_vnd")})")},
            boundary = f.geom
        from staging.import_features f
        where f.import_id = @id and f.action = 'update' and t.id = f.target_id
        returning t.id, (select coalesce(max(s.version), 1) + 1 from import_sources s
                         where s.table_name = 'clearance_parcels' and s.row_id = t.id) as version, f.code
        """;
}
