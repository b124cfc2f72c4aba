using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Zones;

/// <summary>The SQL of zones: every query selects the same columns, read by <see cref="Read"/>.</summary>
public static class ZoneQueries
{
    /// <summary>
    /// The columns of <see cref="ZoneRow"/>; the GeoJSON only when the client selects the geometry. A caller
    /// that knows the perimeter is not selected says so (0 then): it transforms every vertex of the boundary.
    /// </summary>
    public static string Columns(bool geometry, bool versions = false, bool perimeter = true) => $"""
        z.id, z.code, z.name, upper(z.kind) as kind, z.description, z.dossier_id, z.area_m2,
        {(perimeter ? "ST_Perimeter(ST_Transform(z.boundary, 9215))" : "0::float8")} as perimeter_m,
        {(geometry ? GeometryOutput.GeoJsonSql("z.boundary") : "null::text")} as geometry_json,
        z.version, z.valid_from, {(versions ? "z.valid_to" : "null::timestamptz as valid_to")}, z.changed_by, z.legal_basis
        """;

    public static ZoneRow Read(RowReader r) => new(
        r.Get<long>("id"), r.Get<string>("code"), r.Get<string>("name"), r.Get<string>("kind"), r.Get<string?>("description"),
        r.Get<long?>("dossier_id"), r.Get<double>("area_m2"), r.Get<double>("perimeter_m"), r.Get<string?>("geometry_json"),
        r.Get<int>("version"), r.Get<DateTimeOffset>("valid_from"), r.Get<DateTimeOffset?>("valid_to"),
        r.Get<string?>("changed_by"), r.Get<string?>("legal_basis"));

    public static Task<Connection> PageAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var query = new SqlQuery();
        var asOf = ctx.GetArgument<DateTimeOffset?>("asOf");
        var source = query.Versions("zones", "z", asOf);
        query.Text(filter?.Get<string>("text"), "z.code || ' ' || z.name")
             .In(filter?.Get<IEnumerable<object?>>("kind"), "z.kind", enumValues: true)
             .Spatial(filter?.Get<IReadOnlyDictionary<string, object?>>("spatial"), "z.boundary");
        var geometry = Paging.NodesSelect(ctx, "geometry");
        return Paging.PageAsync(ctx, query, Columns(geometry, asOf is not null), source, "z.id", Read);
    }

    /// <summary>Query.zone(code, asOf), or the zone a mutation just wrote (on its <paramref name="connection"/>, inside its transaction).</summary>
    public static async Task<ZoneRow?> ByCodeAsync(ResolveContext ctx, string code, DateTimeOffset? asOf = null, NpgsqlConnection? connection = null)
    {
        var query = new SqlQuery();
        var source = query.Versions("zones", "z", asOf);
        query.Equal(code, "z.code");
        var sql = $"select {Columns(ctx.IsSelected("geometry"), asOf is not null)} from {source} where {query.WhereClause}";
        await using var cmd = connection is null ? query.Command(ctx.Db(), sql) : query.Command(connection, sql);
        return await RowReader.FirstAsync(cmd, Read, ctx.CancellationToken);
    }

    /// <summary>Zones by id, batched per request: N plots asking for their zone make one query.</summary>
    public static Task<ZoneRow?> LoadAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return Loaders.ById(ctx, geometry ? "zones+geometry" : "zones",
            () => $"select {Columns(geometry)} from zones z where z.id = any(@keys)", "id", Read, id);
    }

    /// <summary>Earlier versions, newest first, batched over all zones asking.</summary>
    public static Task<IReadOnlyList<ZoneRow>> HistoryAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return Loaders.GroupBy(ctx, geometry ? "zone-history+geometry" : "zone-history",
            () => $"select {Columns(geometry, versions: true)} from zones_history z where z.id = any(@keys) order by z.id, z.version desc", "id", Read, id);
    }
}
