using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Violations;

/// <summary>The SQL of violations; photos are batched over the page.</summary>
public static class ViolationQueries
{
    /// <summary>The columns of <see cref="ViolationRow"/> for alias v (public: planningAt reads violations near a point).</summary>
    public static string Columns(bool geometry) => $"""
        v.id, v.code, upper(v.category), v.description, upper(v.status), v.plot_id, v.reported_by, v.reported_at,
        v.resolved_at, v.resolution_note, {(geometry ? GeometryOutput.GeoJsonSql("v.location") : "null")}
        """;

    public static ViolationRow Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetInt64(5),
        r.IsDBNull(6) ? null : r.GetString(6), r.GetFieldValue<DateTimeOffset>(7), r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8),
        r.IsDBNull(9) ? null : r.GetString(9), r.IsDBNull(10) ? null : r.GetString(10));

    public static Task<Connection> PageAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var query = new SqlQuery()
            .Text(filter?.Get<string>("text"), "v.code || ' ' || v.description")
            .In(filter?.Get<IEnumerable<object?>>("status"), "v.status", enumValues: true)
            .In(filter?.Get<IEnumerable<object?>>("category"), "v.category", enumValues: true)
            // timestamptz parameters must be in UTC (Npgsql)
            .Range(filter?.Get<DateTimeOffset?>("reportedFrom")?.ToUniversalTime(), filter?.Get<DateTimeOffset?>("reportedTo")?.ToUniversalTime(), "v.reported_at")
            .Spatial(filter?.Get<IReadOnlyDictionary<string, object?>>("spatial"), "v.location");
        if (filter?.Get<string>("plotCode") is { } plot)
            query.Where($"v.plot_id in (select p.id from plots p where p.code = {query.Param(plot)})");
        return Paging.PageAsync(ctx, query, Columns(Paging.NodesSelect(ctx, "geometry")), "violations v", "v.id", Read);
    }

    public static async Task<ViolationRow> ByCodeAsync(ResolveContext ctx, NpgsqlConnection connection, string code)
    {
        await using var cmd = new NpgsqlCommand($"select {Columns(ctx.IsSelected("geometry"))} from violations v where v.code = $1", connection);
        cmd.Parameters.Add(new() { Value = code });
        await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
        await reader.ReadAsync(ctx.CancellationToken);
        return Read(reader);
    }

    /// <summary>The photos of a violation, oldest first, batched over the violations asking.</summary>
    public static async Task<IReadOnlyList<PhotoRow>> PhotosAsync(ResolveContext ctx, long violationId) =>
        await ctx.GetDataLoader<long, IReadOnlyList<PhotoRow>>("violation-photos", async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand("""
                select violation_id, id, file_name, content_type, size_bytes, taken_at
                from violation_photos where violation_id = any($1) order by violation_id, id
                """);
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var photos = ids.ToDictionary(i => i, _ => (IReadOnlyList<PhotoRow>)new List<PhotoRow>());
            while (await reader.ReadAsync(ct))
                ((List<PhotoRow>)photos[reader.GetInt64(0)]).Add(new PhotoRow(reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                    (int)reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
            return photos;
        }).LoadAsync(violationId) ?? [];
}
