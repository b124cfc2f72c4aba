using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Clearance;

/// <summary>
/// The SQL of site clearance. A page of projects with their parcels, steps and progress is one
/// statement per relation (batched over the page), never one per project.
/// </summary>
public static class ClearanceQueries
{
    private const string KindColumns = "k.step_no, k.code, k.name_vi, k.name_en, k.optional, k.legal_basis, k.satisfies_step, k.requires_through";

    /// <summary>The handover step, found by its code so that the rule stays with the data.</summary>

    private static string ProjectColumns(bool geometry) => $"""
        cp.id, cp.code, cp.name, cp.zone_id, cp.dossier_id, cp.started_on, cp.target_handover_on, cp.note, cp.area_m2,
        ST_Perimeter(ST_Transform(cp.boundary, 9215)), {(geometry ? GeometryOutput.GeoJsonSql("cp.boundary") : "null")}
        """;

    private static ClearanceProjectRow ReadProject(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt64(3), r.IsDBNull(4) ? null : r.GetInt64(4),
        r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5), r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6),
        r.IsDBNull(7) ? null : r.GetString(7), r.GetDouble(8), r.GetDouble(9), r.IsDBNull(10) ? null : r.GetString(10));

    public static ClearanceStepKindRow ReadKind(NpgsqlDataReader r, int at) => new(
        r.GetInt32(at), r.GetString(at + 1), r.GetString(at + 2), r.GetString(at + 3), r.GetBoolean(at + 4), r.GetString(at + 5),
        r.IsDBNull(at + 6) ? null : r.GetInt32(at + 6), r.IsDBNull(at + 7) ? null : r.GetInt32(at + 7));

    public static Task<Connection> PageAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var query = new SqlQuery()
            .Text(filter?.Get<string>("text"), "cp.code || ' ' || cp.name")
            .Range(filter?.Get<DateOnly?>("startedFrom"), filter?.Get<DateOnly?>("startedTo"), "cp.started_on")
            .Spatial(filter?.Get<IReadOnlyDictionary<string, object?>>("spatial"), "cp.boundary");
        if (filter?.Get<string>("zoneCode") is { } zone)
            query.Where($"cp.zone_id in (select z.id from zones z where z.code = {query.Param(zone)})");
        return Paging.PageAsync(ctx, query, ProjectColumns(Paging.NodesSelect(ctx, "geometry")), "clearance_projects cp", "cp.id", ReadProject);
    }

    /// <summary>Projects by id, batched (a page of conversions asking for their clearance project makes one query).</summary>
    public static Task<ClearanceProjectRow?> LoadAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return ctx.GetDataLoader<long, ClearanceProjectRow>(geometry ? "clearance-projects+geometry" : "clearance-projects", async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand($"select {ProjectColumns(geometry)} from clearance_projects cp where cp.id = any($1)");
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var projects = new Dictionary<long, ClearanceProjectRow>();
            while (await reader.ReadAsync(ct))
                projects[reader.GetInt64(0)] = ReadProject(reader);
            return projects;
        }).LoadAsync(id);
    }

    public static async Task<IReadOnlyList<ClearanceStepKindRow>> StepKindsAsync(ResolveContext ctx)
    {
        await using var cmd = ctx.Db().CreateCommand($"select {KindColumns} from clearance_step_kinds k order by k.step_no");
        await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
        var kinds = new List<ClearanceStepKindRow>();
        while (await reader.ReadAsync(ctx.CancellationToken))
            kinds.Add(ReadKind(reader, 0));
        return kinds;
    }

    /// <summary>
    /// The affected parcels of a project, batched over the projects asking. Household columns are
    /// read only for planners: personal data never leaves the database for anyone else.
    /// </summary>
    public static async Task<IReadOnlyList<ClearanceParcelRow>> ParcelsAsync(ResolveContext ctx, long projectId)
    {
        var geometry = ctx.IsSelected("geometry");
        var personal = ClearancePolicies.CanSeeHouseholds(ctx.Account());
        var name = "clearance-parcels" + (geometry ? "+geometry" : "") + (personal ? "+personal" : "");
        return await ctx.GetDataLoader<long, IReadOnlyList<ClearanceParcelRow>>(name, async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand($"""
                select pa.id, pa.project_id, cp.code, pa.parcel_code, pa.land_use_code,
                       {(personal ? "pa.household_name, pa.household_id_number, pa.household_address, pa.compensation_vnd" : "null, null, null, null::numeric")},
                       pa.area_m2, ST_Perimeter(ST_Transform(pa.boundary, 9215)), {(geometry ? GeometryOutput.GeoJsonSql("pa.boundary") : "null")}
                from clearance_parcels pa join clearance_projects cp on cp.id = pa.project_id
                where pa.project_id = any($1)
                order by pa.project_id, pa.parcel_code
                """);
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var parcels = ids.ToDictionary(i => i, _ => (IReadOnlyList<ClearanceParcelRow>)new List<ClearanceParcelRow>());
            while (await reader.ReadAsync(ct))
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                var household = personal && (Text(5) ?? Text(6) ?? Text(7)) is not null ? new Household(Text(5), Text(6), Text(7)) : null;
                ((List<ClearanceParcelRow>)parcels[reader.GetInt64(1)]).Add(new ClearanceParcelRow(
                    reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), Text(4),
                    household, reader.IsDBNull(8) ? null : reader.GetDecimal(8),
                    reader.GetDouble(9), reader.GetDouble(10), Text(11)));
            }
            return parcels;
        }).LoadAsync(projectId) ?? [];
    }

    /// <summary>Every step recorded in a project (for the project and for its parcels), oldest first; batched.</summary>
    public static async Task<IReadOnlyList<ClearanceStepRecordRow>> StepsAsync(ResolveContext ctx, long projectId) =>
        await ctx.GetDataLoader<long, IReadOnlyList<ClearanceStepRecordRow>>("clearance-steps", async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand($"{StepRecordSelect} where r.project_id = any($1) order by r.project_id, r.completed_on, r.id");
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var steps = ids.ToDictionary(i => i, _ => (IReadOnlyList<ClearanceStepRecordRow>)new List<ClearanceStepRecordRow>());
            while (await reader.ReadAsync(ct))
                ((List<ClearanceStepRecordRow>)steps[reader.GetInt64(1)]).Add(ReadStepRecord(reader));
            return steps;
        }).LoadAsync(projectId) ?? [];

    public static async Task<ClearanceStepRecordRow> StepRecordAsync(NpgsqlConnection connection, long id, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"{StepRecordSelect} where r.id = $1", connection);
        cmd.Parameters.Add(new() { Value = id });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return ReadStepRecord(reader);
    }

    private const string StepRecordSelect = $"""
        select r.id, r.project_id, r.parcel_id, pa.parcel_code, r.completed_on, r.decision_number, r.note, r.recorded_by, {KindColumns}
        from clearance_step_records r
        join clearance_step_kinds k on k.step_no = r.step_no
        left join clearance_parcels pa on pa.id = r.parcel_id
        """;

    private static ClearanceStepRecordRow ReadStepRecord(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.IsDBNull(3) ? null : r.GetString(3),
        ReadKind(r, 8), r.GetFieldValue<DateOnly>(4), r.IsDBNull(5) ? null : r.GetString(5),
        r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7));

    /// <summary>Parcels and area handed over, batched; the rule is the SQL function clearance_progress (migration 0014).</summary>
    public static async Task<ClearanceProgress> ProgressAsync(ResolveContext ctx, long projectId) =>
        (await ctx.GetDataLoader<long, ClearanceProgress>("clearance-progress", async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand("""
                select cp.id, 1, g.parcels, g.parcels_handed_over, g.area_m2, g.area_handed_over_m2
                from clearance_projects cp cross join lateral clearance_progress(cp.id) g
                where cp.id = any($1)
                """);
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var progress = new Dictionary<long, ClearanceProgress>();
            while (await reader.ReadAsync(ct))
                progress[reader.GetInt64(0)] = ClearanceProgress.Read(reader);
            return progress;
        }).LoadAsync(projectId))!;
}
