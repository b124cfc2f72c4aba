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
        z.id, z.code, z.name, upper(z.kind), z.description, z.dossier_id, z.area_m2,
        {(perimeter ? "ST_Perimeter(ST_Transform(z.boundary, 9215))" : "0::float8")}, {(geometry ? GeometryOutput.GeoJsonSql("z.boundary") : "null")},
        z.version, z.valid_from, {(versions ? "z.valid_to" : "null::timestamptz")}, z.changed_by, z.legal_basis
        """;

    public static ZoneRow Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetInt64(5), r.GetDouble(6), r.GetDouble(7), r.IsDBNull(8) ? null : r.GetString(8),
        r.GetInt32(9), r.GetFieldValue<DateTimeOffset>(10), r.IsDBNull(11) ? null : r.GetFieldValue<DateTimeOffset>(11),
        r.IsDBNull(12) ? null : r.GetString(12), r.IsDBNull(13) ? null : r.GetString(13));

    /// <summary>The zones relation: current rows, or every version valid at <paramref name="asOf"/>.</summary>
    public static string Source(SqlQuery query, DateTimeOffset? asOf)
    {
        if (asOf is null)
            return "zones z";
        var at = query.Param(asOf.Value);
        query.Where($"z.valid_from <= {at} and (z.valid_to is null or z.valid_to > {at})");
        return "zones_versions z";
    }

    public static Task<Connection> PageAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var query = new SqlQuery();
        var asOf = ctx.GetArgument<DateTimeOffset?>("asOf");
        var source = Source(query, asOf);
        query.Text(filter?.Get<string>("text"), "z.code || ' ' || z.name")
             .In(filter?.Get<IEnumerable<object?>>("kind"), "z.kind", enumValues: true)
             .Spatial(filter?.Get<IReadOnlyDictionary<string, object?>>("spatial"), "z.boundary");
        var geometry = Paging.NodesSelect(ctx, "geometry");
        return Paging.PageAsync(ctx, query, Columns(geometry, asOf is not null), source, "z.id", Read);
    }

    public static async Task<ZoneRow?> ByCodeAsync(ResolveContext ctx, NpgsqlConnection? connection = null)
    {
        var query = new SqlQuery();
        var asOf = ctx.GetArgument<DateTimeOffset?>("asOf");
        var source = Source(query, asOf);
        query.Equal(ctx.GetArgument<string>("code") ?? ctx.Input().Get<string>("code"), "z.code");
        var sql = $"select {Columns(ctx.IsSelected("geometry"), asOf is not null)} from {source} where {query.WhereClause}";
        await using var cmd = connection is null ? query.Command(ctx.Db(), sql) : query.Command(connection, sql);
        await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
        return await reader.ReadAsync(ctx.CancellationToken) ? Read(reader) : null;
    }

    /// <summary>Zones by id, batched per request: N plots asking for their zone make one query.</summary>
    public static Task<ZoneRow?> LoadAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return ctx.GetDataLoader<long, ZoneRow>(geometry ? "zones+geometry" : "zones", async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand($"select {Columns(geometry)} from zones z where z.id = any($1)");
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var zones = new Dictionary<long, ZoneRow>();
            while (await reader.ReadAsync(ct))
                zones[reader.GetInt64(0)] = Read(reader);
            return zones;
        }).LoadAsync(id);
    }

    /// <summary>Earlier versions, newest first, batched over all zones asking.</summary>
    public static async Task<IReadOnlyList<ZoneRow>> HistoryAsync(ResolveContext ctx, long id)
    {
        var geometry = ctx.IsSelected("geometry");
        return await ctx.GetDataLoader<long, IReadOnlyList<ZoneRow>>(geometry ? "zone-history+geometry" : "zone-history", async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand(
                $"select {Columns(geometry, versions: true)} from zones_history z where z.id = any($1) order by z.id, z.version desc");
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var history = ids.ToDictionary(i => i, _ => (IReadOnlyList<ZoneRow>)new List<ZoneRow>());
            while (await reader.ReadAsync(ct))
                ((List<ZoneRow>)history[reader.GetInt64(0)]).Add(Read(reader));
            return history;
        }).LoadAsync(id) ?? [];
    }
}
