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
        ST_Perimeter(ST_Transform(cp.boundary, 9215)) as perimeter_m, {(geometry ? GeometryOutput.GeoJsonSql("cp.boundary") : "null::text")} as geometry_json
        """;

    private static ClearanceProjectRow ReadProject(RowReader r) => new(
        r.Get<long>("id"), r.Get<string>("code"), r.Get<string>("name"), r.Get<long?>("zone_id"), r.Get<long?>("dossier_id"),
        r.Get<DateOnly?>("started_on"), r.Get<DateOnly?>("target_handover_on"), r.Get<string?>("note"), r.Get<double>("area_m2"),
        r.Get<double>("perimeter_m"), r.Get<string?>("geometry_json"));

    public static ClearanceStepKindRow ReadKind(RowReader r) => new(
        r.Get<int>("step_no"), r.Get<string>("code"), r.Get<string>("name_vi"), r.Get<string>("name_en"), r.Get<bool>("optional"),
        r.Get<string>("legal_basis"), r.Get<int?>("satisfies_step"), r.Get<int?>("requires_through"));

    public static Task<Connection> PageAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var query = new SqlQuery()
            .Text(filter?.Get<string>("text"), "cp.code || ' ' || cp.name")
            .Range(filter?.Get<DateOnly?>("startedFrom"), filter?.Get<DateOnly?>("startedTo"), "cp.started_on")
            .Spatial(filter?.Get<IReadOnlyDictionary<string, object?>>("spatial"), "cp.boundary");
        if (filter?.Get<string>("zoneCode") is { } zone)
            query.Where($"cp.zone_id in (select z.id from zones z where z.code = {query.Param("zone_code", zone)})");
        return Paging.PageAsync(ctx, query, ProjectColumns(Paging.NodesSelect(ctx, "geometry")), "clearance_projects cp", "cp.id", ReadProject);
    }

    /// <summary>Projects by id, batched (a page of conversions asking for their clearance project makes one query).</summary>
    public static Task<ClearanceProjectRow?> LoadAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return Loaders.ById(ctx, geometry ? "clearance-projects+geometry" : "clearance-projects",
            () => $"select {ProjectColumns(geometry)} from clearance_projects cp where cp.id = any(@keys)", "id", ReadProject, id);
    }

    public static async Task<IReadOnlyList<ClearanceStepKindRow>> StepKindsAsync(ResolveContext ctx)
    {
        await using var cmd = ctx.Db().CreateCommand($"select {KindColumns} from clearance_step_kinds k order by k.step_no");
        return await RowReader.ListAsync(cmd, ReadKind, ctx.CancellationToken);
    }

    /// <summary>
    /// The affected parcels of a project, batched over the projects asking. Household columns are
    /// read only for planners: personal data never leaves the database for anyone else.
    /// </summary>
    public static Task<IReadOnlyList<ClearanceParcelRow>> ParcelsAsync(ResolveContext ctx, long projectId)
    {
        var geometry = ctx.IsSelected("geometry");
        var personal = ClearancePolicies.CanSeeHouseholds(ctx.Account());
        var name = "clearance-parcels" + (geometry ? "+geometry" : "") + (personal ? "+personal" : "");
        return Loaders.GroupBy(ctx, name, () => $"""
            select pa.id, pa.project_id, cp.code as project_code, pa.parcel_code, pa.land_use_code,
                   {(personal ? "pa.household_name, pa.household_id_number, pa.household_address, pa.compensation_vnd"
                       : "null::text as household_name, null::text as household_id_number, null::text as household_address, null::numeric as compensation_vnd")},
                   pa.area_m2, ST_Perimeter(ST_Transform(pa.boundary, 9215)) as perimeter_m,
                   {(geometry ? GeometryOutput.GeoJsonSql("pa.boundary") : "null::text")} as geometry_json
            from clearance_parcels pa join clearance_projects cp on cp.id = pa.project_id
            where pa.project_id = any(@keys)
            order by pa.project_id, pa.parcel_code
            """, "project_id", r => ReadParcel(r, personal), projectId);
    }

    private static ClearanceParcelRow ReadParcel(RowReader r, bool personal)
    {
        var (name, idNumber, address) = (r.Get<string?>("household_name"), r.Get<string?>("household_id_number"), r.Get<string?>("household_address"));
        var household = personal && (name ?? idNumber ?? address) is not null ? new Household(name, idNumber, address) : null;
        return new ClearanceParcelRow(r.Get<long>("id"), r.Get<long>("project_id"), r.Get<string>("project_code"), r.Get<string>("parcel_code"),
            r.Get<string?>("land_use_code"), household, r.Get<decimal?>("compensation_vnd"),
            r.Get<double>("area_m2"), r.Get<double>("perimeter_m"), r.Get<string?>("geometry_json"));
    }

    /// <summary>Every step recorded in a project (for the project and for its parcels), oldest first; batched.</summary>
    public static Task<IReadOnlyList<ClearanceStepRecordRow>> StepsAsync(ResolveContext ctx, long projectId) =>
        Loaders.GroupBy(ctx, "clearance-steps", () => $"{StepRecordSelect} where r.project_id = any(@keys) order by r.project_id, r.completed_on, r.id",
            "project_id", ReadStepRecord, projectId);

    /// <summary>The papers of each step record, batched over the records asking.</summary>
    public static Task<IReadOnlyList<StepDocumentRow>> StepDocumentsAsync(ResolveContext ctx, long recordId) =>
        Loaders.GroupBy(ctx, "clearance-step-documents", () => """
            select step_record_id, id, file_name, content_type, size_bytes, uploaded_at, uploaded_by
            from clearance_step_documents where step_record_id = any(@keys) order by step_record_id, id
            """, "step_record_id", r => new StepDocumentRow(r.Get<long>("id"), r.Get<string>("file_name"), r.Get<string>("content_type"),
                (int)r.Get<long>("size_bytes"), r.Get<DateTimeOffset>("uploaded_at"), r.Get<string?>("uploaded_by")), recordId);

    public static async Task<ClearanceStepRecordRow> StepRecordAsync(NpgsqlConnection connection, long id, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"{StepRecordSelect} where r.id = @id", connection);
        cmd.Parameters.AddWithValue("id", id);
        return (await RowReader.FirstAsync(cmd, ReadStepRecord, ct))!;
    }

    private const string StepRecordSelect = $"""
        select r.id, r.project_id, r.parcel_id, pa.parcel_code, r.completed_on, r.decision_number, r.note, r.recorded_by, {KindColumns}
        from clearance_step_records r
        join clearance_step_kinds k on k.step_no = r.step_no
        left join clearance_parcels pa on pa.id = r.parcel_id
        """;

    private static ClearanceStepRecordRow ReadStepRecord(RowReader r) => new(
        r.Get<long>("id"), r.Get<long>("project_id"), r.Get<long?>("parcel_id"), r.Get<string?>("parcel_code"),
        ReadKind(r), r.Get<DateOnly>("completed_on"), r.Get<string?>("decision_number"), r.Get<string?>("note"), r.Get<string?>("recorded_by"));

    /// <summary>Parcels and area handed over, batched; the rule is the SQL function clearance_progress (migration 0014).</summary>
    public static async Task<ClearanceProgress> ProgressAsync(ResolveContext ctx, long projectId) =>
        (await Loaders.ById(ctx, "clearance-progress", () => """
            select cp.id, 1 as projects, g.parcels, g.parcels_handed_over, g.area_m2, g.area_handed_over_m2
            from clearance_projects cp cross join lateral clearance_progress(cp.id) g
            where cp.id = any(@keys)
            """, "id", ClearanceProgress.Read, projectId))!;
}
