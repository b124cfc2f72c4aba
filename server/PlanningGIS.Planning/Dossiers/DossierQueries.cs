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
        d.id, d.code, d.name, upper(d.kind), d.scale, upper(d.status), d.decision_number, d.decision_date, d.approving_body,
        d.adjusts_id, d.published, d.illustrative, d.summary, d.area_m2, {(perimeter ? "ST_Perimeter(ST_Transform(d.boundary, 9215))" : "0::float8")},
        {(geometry ? GeometryOutput.GeoJsonSql("d.boundary") : "null")},
        d.version, d.valid_from, {(versions ? "d.valid_to" : "null::timestamptz")}, d.changed_by, d.legal_basis
        """;

    public static DossierRow Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), NullableString(r, 4), r.GetString(5),
        NullableString(r, 6), r.IsDBNull(7) ? null : r.GetFieldValue<DateOnly>(7), NullableString(r, 8),
        r.IsDBNull(9) ? null : r.GetInt64(9), r.GetBoolean(10), r.GetBoolean(11), NullableString(r, 12),
        r.GetDouble(13), r.GetDouble(14), NullableString(r, 15),
        r.GetInt32(16), r.GetFieldValue<DateTimeOffset>(17), r.IsDBNull(18) ? null : r.GetFieldValue<DateTimeOffset>(18),
        NullableString(r, 19), NullableString(r, 20));

    private static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>The dossiers relation: current rows, or every version valid at <paramref name="asOf"/>.</summary>
    public static string Source(SqlQuery query, DateTimeOffset? asOf)
    {
        if (asOf is null)
            return "dossiers d";
        var at = query.Param(asOf.Value);
        query.Where($"d.valid_from <= {at} and (d.valid_to is null or d.valid_to > {at})");
        return "dossiers_versions d";
    }

    public static Task<Connection> PageAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var query = new SqlQuery().Where(DossierPolicies.Rows(ctx.Account()));
        var asOf = ctx.GetArgument<DateTimeOffset?>("asOf");
        var source = Source(query, asOf);
        // The same expression as the dossiers_search_idx index.
        query.Text(filter?.Get<string>("text"), "d.code || ' ' || d.name || ' ' || coalesce(d.decision_number, '')")
             .In(filter?.Get<IEnumerable<object?>>("kind"), "d.kind", enumValues: true)
             .In(filter?.Get<IEnumerable<object?>>("status"), "d.status", enumValues: true)
             .Range(filter?.Get<DateOnly?>("decidedFrom"), filter?.Get<DateOnly?>("decidedTo"), "d.decision_date")
             .Equal(filter?.Get<bool?>("published"), "d.published")
             .Spatial(filter?.Get<IReadOnlyDictionary<string, object?>>("spatial"), "d.boundary");
        // "1055/qd-ttg" finds 1055/QĐ-TTg: numbers are typed without diacritics as often as with.
        if (filter?.Get<string>("decisionNumber") is { } number && !string.IsNullOrWhiteSpace(number))
            query.Where($"search_text(d.decision_number) = search_text({query.Param(number.Trim())})");
        var geometry = Paging.NodesSelect(ctx, "geometry");
        return Paging.PageAsync(ctx, query, Columns(geometry, asOf is not null), source, "d.id", r => Read(r) with { AsOf = asOf });
    }

    /// <summary>Query.dossier(code, asOf), or the dossier a mutation just wrote (inside its transaction).</summary>
    public static async Task<DossierRow?> ByCodeAsync(ResolveContext ctx, NpgsqlConnection? connection = null, string? code = null)
    {
        var query = new SqlQuery().Where(DossierPolicies.Rows(ctx.Account()));
        var asOf = connection is null ? ctx.GetArgument<DateTimeOffset?>("asOf") : null;
        var source = Source(query, asOf);
        query.Equal(code ?? ctx.GetArgument<string>("code") ?? ctx.Input().Get<string>("code"), "d.code");
        var sql = $"select {Columns(ctx.IsSelected("geometry"), asOf is not null)} from {source} where {query.WhereClause}";
        await using var cmd = connection is null ? query.Command(ctx.Db(), sql) : query.Command(connection, sql);
        await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
        return await reader.ReadAsync(ctx.CancellationToken) ? Read(reader) with { AsOf = asOf } : null;
    }

    /// <summary>
    /// Visible dossiers by id, batched per request (Zone.dossier, Plot.dossier, Dossier.adjusts, ...):
    /// N parents asking make one query. An unpublished dossier loads as null for investors and anonymous.
    /// </summary>
    public static Task<DossierRow?> LoadAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return ctx.GetDataLoader<long, DossierRow>(geometry ? "dossiers+geometry" : "dossiers", async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand(
                $"select {Columns(geometry)} from dossiers d where d.id = any($1) and {DossierPolicies.Rows(ctx.Account())}");
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            return await ReadByIdAsync(cmd, ct);
        }).LoadAsync(id);
    }

    /// <summary>The visible dossiers that adjust each dossier, batched.</summary>
    public static async Task<IReadOnlyList<DossierRow>> AdjustedByAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return await ctx.GetDataLoader<long, IReadOnlyList<DossierRow>>(geometry ? "dossier-adjusted-by+geometry" : "dossier-adjusted-by",
            (ids, ct) => GroupAsync(ctx, ids, r => r.AdjustsId!.Value,
                $"select {Columns(geometry)} from dossiers d where d.adjusts_id = any($1) and {DossierPolicies.Rows(ctx.Account())} order by d.decision_date, d.id", ct))
            .LoadAsync(id) ?? [];
    }

    /// <summary>
    /// Earlier versions, newest first, batched. Versions from before publication are drafts: only staff
    /// see them.
    /// </summary>
    public static async Task<IReadOnlyList<DossierRow>> HistoryAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return await ctx.GetDataLoader<long, IReadOnlyList<DossierRow>>(geometry ? "dossier-history+geometry" : "dossier-history",
            (ids, ct) => GroupAsync(ctx, ids, r => r.RowId,
                $"select {Columns(geometry, versions: true)} from dossiers_history d where d.id = any($1) and {DossierPolicies.Rows(ctx.Account())} order by d.id, d.version desc", ct))
            .LoadAsync(id) ?? [];
    }

    /// <summary>The zones a dossier defines, batched over all dossiers asking.</summary>
    public static async Task<IReadOnlyList<ZoneRow>> ZonesAsync(ResolveContext ctx, long dossierId)
    {
        var geometry = ctx.IsSelected("geometry");
        return await ctx.GetDataLoader<long, IReadOnlyList<ZoneRow>>(geometry ? "dossier-zones+geometry" : "dossier-zones", async (ids, ct) =>
        {
            // ZoneQueries.Columns reads z.dossier_id as its sixth column.
            await using var cmd = ctx.Db().CreateCommand(
                $"select {ZoneQueries.Columns(geometry)} from zones z where z.dossier_id = any($1) order by z.code");
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var zones = ids.ToDictionary(i => i, _ => (IReadOnlyList<ZoneRow>)new List<ZoneRow>());
            while (await reader.ReadAsync(ct))
            {
                var zone = ZoneQueries.Read(reader);
                ((List<ZoneRow>)zones[zone.DossierId!.Value]).Add(zone);
            }
            return zones;
        }).LoadAsync(dossierId) ?? [];
    }

    /// <summary>
    /// The documents of each dossier that the caller may see, batched: for a version asked asOf, those
    /// uploaded by then; for an earlier version (history), those uploaded before it ended.
    /// </summary>
    public static async Task<IReadOnlyList<DocumentRow>> DocumentsAsync(ResolveContext ctx, DossierRow dossier)
    {
        var asOf = dossier.AsOf ?? dossier.ValidTo;
        var loader = asOf is null ? "dossier-documents" : "dossier-documents@" + asOf.Value.UtcTicks;
        return await ctx.GetDataLoader<long, IReadOnlyList<DocumentRow>>(loader, async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand($"""
                select {DocumentColumns} from dossier_documents o join dossiers d on d.id = o.dossier_id
                where o.dossier_id = any($1) and {DossierPolicies.Documents(ctx.Account())} and ($2::timestamptz is null or o.uploaded_at <= $2)
                order by o.uploaded_at, o.id
                """);
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            cmd.Parameters.Add(new() { Value = (object?)asOf ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var documents = ids.ToDictionary(i => i, _ => (IReadOnlyList<DocumentRow>)new List<DocumentRow>());
            while (await reader.ReadAsync(ct))
            {
                var document = ReadDocument(reader);
                ((List<DocumentRow>)documents[document.DossierId]).Add(document);
            }
            return documents;
        }).LoadAsync(dossier.RowId) ?? [];
    }

    public const string DocumentColumns =
        "o.id, o.dossier_id, o.title, upper(o.kind), o.file_name, o.content_type, o.size_bytes, o.sha256, o.published, o.uploaded_at, o.uploaded_by";

    public static DocumentRow ReadDocument(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6),
        r.GetString(7), r.GetBoolean(8), r.GetFieldValue<DateTimeOffset>(9), NullableString(r, 10));

    private static async Task<IReadOnlyDictionary<long, DossierRow>> ReadByIdAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var dossiers = new Dictionary<long, DossierRow>();
        while (await reader.ReadAsync(ct))
            dossiers[reader.GetInt64(0)] = Read(reader);
        return dossiers;
    }

    // Rows of one query grouped under the key each belongs to; every key asked gets a list, maybe empty.
    private static async Task<IReadOnlyDictionary<long, IReadOnlyList<DossierRow>>> GroupAsync(ResolveContext ctx, IReadOnlyList<long> ids,
        Func<DossierRow, long> keyOf, string sql, CancellationToken ct)
    {
        await using var cmd = ctx.Db().CreateCommand(sql);
        cmd.Parameters.Add(new() { Value = ids.ToArray() });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var groups = ids.ToDictionary(i => i, _ => (IReadOnlyList<DossierRow>)new List<DossierRow>());
        while (await reader.ReadAsync(ct))
        {
            var row = Read(reader);
            ((List<DossierRow>)groups[keyOf(row)]).Add(row);
        }
        return groups;
    }
}
