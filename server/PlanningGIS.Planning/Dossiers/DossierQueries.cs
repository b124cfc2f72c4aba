using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Zones;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Dossiers;

/// <summary>
/// The SQL of dossiers: every query selects the same columns, read by <see cref="Read"/>, and every
/// query applies <see cref="DossierPolicies.Rows"/>: unpublished dossiers exist only for planners and inspectors.
/// </summary>
public static class DossierQueries
{
    /// <summary>
    /// "Most specific first": a detailed plan says more about a place than the zoning plan, which says
    /// more than the general plan; among dossiers of a kind the newest decision wins. For the alias d.
    /// </summary>
    public const string SpecificityOrder = """
        array_position(array['detailed_plan', 'zoning_plan', 'local_adjustment', 'general_plan', 'planning_task'], d.kind),
        d.decision_date desc nulls last, d.id desc
        """;

    /// <summary>
    /// The columns of <see cref="DossierRow"/>; the GeoJSON only when the client selects the geometry. A caller
    /// that knows the perimeter is not selected says so (0 then): it transforms every vertex of the boundary.
    /// </summary>
    public static string Columns(bool geometry, bool versions = false, bool perimeter = true) => $"""
        d.id, d.code, d.name, upper(d.kind) as kind, d.scale, upper(d.status) as status, d.decision_number, d.decision_date, d.approving_body,
        d.adjusts_id, d.published, d.illustrative, d.summary, d.area_m2,
        {(perimeter ? "ST_Perimeter(ST_Transform(d.boundary, 9215))" : "0::float8")} as perimeter_m,
        {(geometry ? GeometryOutput.GeoJsonSql("d.boundary") : "null::text")} as geometry_json,
        d.version, d.valid_from, {(versions ? "d.valid_to" : "null::timestamptz as valid_to")}, d.changed_by, d.legal_basis
        """;

    public static DossierRow Read(RowReader r) => new(
        r.Get<long>("id"), r.Get<string>("code"), r.Get<string>("name"), r.Get<string>("kind"), r.Get<string?>("scale"), r.Get<string>("status"),
        r.Get<string?>("decision_number"), r.Get<DateOnly?>("decision_date"), r.Get<string?>("approving_body"),
        r.Get<long?>("adjusts_id"), r.Get<bool>("published"), r.Get<bool>("illustrative"), r.Get<string?>("summary"),
        r.Get<double>("area_m2"), r.Get<double>("perimeter_m"), r.Get<string?>("geometry_json"),
        r.Get<int>("version"), r.Get<DateTimeOffset>("valid_from"), r.Get<DateTimeOffset?>("valid_to"),
        r.Get<string?>("changed_by"), r.Get<string?>("legal_basis"));


    public static Task<Connection> PageAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var query = new SqlQuery().Where(DossierPolicies.Rows(ctx.Account()));
        var asOf = ctx.GetArgument<DateTimeOffset?>("asOf");
        var source = query.Versions("dossiers", "d", asOf);
        // The same expression as the dossiers_search_idx index.
        query.Text(filter?.Get<string>("text"), "d.code || ' ' || d.name || ' ' || coalesce(d.decision_number, '')")
             .In(filter?.Get<IEnumerable<object?>>("kind"), "d.kind", enumValues: true)
             .In(filter?.Get<IEnumerable<object?>>("status"), "d.status", enumValues: true)
             .Range(filter?.Get<DateOnly?>("decidedFrom"), filter?.Get<DateOnly?>("decidedTo"), "d.decision_date")
             .Equal(filter?.Get<bool?>("published"), "d.published")
             .Spatial(filter?.Get<IReadOnlyDictionary<string, object?>>("spatial"), "d.boundary");
        // "1055/qd-ttg" finds 1055/QĐ-TTg: numbers are typed without diacritics as often as with.
        if (filter?.Get<string>("decisionNumber") is { } number && !string.IsNullOrWhiteSpace(number))
            query.Where($"search_text(d.decision_number) = search_text({query.Param("decision_number", number.Trim())})");
        var geometry = Paging.NodesSelect(ctx, "geometry");
        return Paging.PageAsync(ctx, query, Columns(geometry, asOf is not null), source, "d.id", r => Read(r) with { AsOf = asOf });
    }

    /// <summary>Query.dossier(code, asOf), or the dossier a mutation just wrote (on its <paramref name="connection"/>, inside its transaction).</summary>
    public static async Task<DossierRow?> ByCodeAsync(ResolveContext ctx, string code, DateTimeOffset? asOf = null, NpgsqlConnection? connection = null)
    {
        var query = new SqlQuery().Where(DossierPolicies.Rows(ctx.Account()));
        var source = query.Versions("dossiers", "d", asOf);
        query.Equal(code, "d.code");
        var sql = $"select {Columns(ctx.IsSelected("geometry"), asOf is not null)} from {source} where {query.WhereClause}";
        await using var cmd = connection is null ? query.Command(ctx.Db(), sql) : query.Command(connection, sql);
        return await RowReader.FirstAsync(cmd, Read, ctx.CancellationToken) is { } dossier ? dossier with { AsOf = asOf } : null;
    }

    /// <summary>
    /// Visible dossiers by id, batched per request (Zone.dossier, Plot.dossier, Dossier.adjusts, ...):
    /// N parents asking make one query. An unpublished dossier loads as null for investors and anonymous.
    /// </summary>
    public static Task<DossierRow?> LoadAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return Loaders.ById(ctx, geometry ? "dossiers+geometry" : "dossiers",
            () => $"select {Columns(geometry)} from dossiers d where d.id = any(@keys) and {DossierPolicies.Rows(ctx.Account())}", "id", Read, id);
    }

    /// <summary>The visible dossiers that adjust each dossier, batched.</summary>
    public static Task<IReadOnlyList<DossierRow>> AdjustedByAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return Loaders.GroupBy(ctx, geometry ? "dossier-adjusted-by+geometry" : "dossier-adjusted-by",
            () => $"select {Columns(geometry)} from dossiers d where d.adjusts_id = any(@keys) and {DossierPolicies.Rows(ctx.Account())} order by d.decision_date, d.id",
            "adjusts_id", Read, id);
    }

    /// <summary>
    /// Earlier versions, newest first, batched. Versions from before publication are drafts: only staff
    /// see them.
    /// </summary>
    public static Task<IReadOnlyList<DossierRow>> HistoryAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return Loaders.GroupBy(ctx, geometry ? "dossier-history+geometry" : "dossier-history",
            () => $"select {Columns(geometry, versions: true)} from dossiers_history d where d.id = any(@keys) and {DossierPolicies.Rows(ctx.Account())} order by d.id, d.version desc",
            "id", Read, id);
    }

    /// <summary>The zones a dossier defines, batched over all dossiers asking.</summary>
    public static Task<IReadOnlyList<ZoneRow>> ZonesAsync(ResolveContext ctx, long dossierId)
    {
        var geometry = ctx.IsSelected("geometry");
        return Loaders.GroupBy(ctx, geometry ? "dossier-zones+geometry" : "dossier-zones",
            () => $"select {ZoneQueries.Columns(geometry)} from zones z where z.dossier_id = any(@keys) order by z.code", "dossier_id", ZoneQueries.Read, dossierId);
    }

    /// <summary>
    /// The documents of each dossier that the caller may see, batched: for a version asked asOf, those
    /// uploaded by then; for an earlier version (history), those uploaded before it ended.
    /// </summary>
    public static async Task<IReadOnlyList<DocumentRow>> DocumentsAsync(ResolveContext ctx, DossierRow dossier)
    {
        var asOf = dossier.AsOf ?? dossier.ValidTo;
        var loader = asOf is null ? "dossier-documents" : "dossier-documents@" + asOf.Value.UtcTicks;
        return await Loaders.GroupBy(ctx, loader, () => $"""
            select {DocumentColumns} from {VersionedDocuments} o join dossiers d on d.id = o.dossier_id
            where o.dossier_id = any(@keys) and {DossierPolicies.Documents(ctx.Account())} and (@asOf::timestamptz is null or o.uploaded_at <= @asOf)
            order by o.uploaded_at, o.id
            """, "dossier_id", ReadDocument, dossier.RowId, ("asOf", asOf));
    }

    /// <summary>
    /// A dossier's documents numbered as versions: an upload with the title of an earlier one (any case)
    /// is its next version. Numbered over all of them, so every viewer sees the same numbers.
    /// </summary>
    public const string VersionedDocuments = """
        (select x.*, row_number() over same_title as version,
                row_number() over same_title = count(*) over (partition by x.dossier_id, lower(x.title)) as latest
         from dossier_documents x
         window same_title as (partition by x.dossier_id, lower(x.title) order by x.uploaded_at, x.id))
        """;

    public const string DocumentColumns =
        "o.id, o.dossier_id, o.title, upper(o.kind) as kind, o.file_name, o.content_type, o.size_bytes, o.sha256, o.published, o.uploaded_at, o.uploaded_by, " +
        "o.version::int as version, o.latest";

    public static DocumentRow ReadDocument(RowReader r) => new(
        r.Get<long>("id"), r.Get<long>("dossier_id"), r.Get<string>("title"), r.Get<string>("kind"), r.Get<string>("file_name"),
        r.Get<string>("content_type"), r.Get<long>("size_bytes"), r.Get<string>("sha256"), r.Get<bool>("published"),
        r.Get<DateTimeOffset>("uploaded_at"), r.Get<string?>("uploaded_by"), r.Get<int>("version"), r.Get<bool>("latest"));
}
