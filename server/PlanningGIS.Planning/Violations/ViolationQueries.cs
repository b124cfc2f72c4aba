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
        v.id, v.code, upper(v.category) as category, v.description, upper(v.status) as status, v.plot_id, v.reported_by, v.reported_at,
        v.resolved_at, v.resolution_note, v.notice_number, {(geometry ? GeometryOutput.GeoJsonSql("v.location") : "null::text")} as geometry_json
        """;

    public static ViolationRow Read(RowReader r) => new(
        r.Get<long>("id"), r.Get<string>("code"), r.Get<string>("category"), r.Get<string>("description"), r.Get<string>("status"),
        r.Get<long?>("plot_id"), r.Get<string?>("reported_by"), r.Get<DateTimeOffset>("reported_at"), r.Get<DateTimeOffset?>("resolved_at"),
        r.Get<string?>("resolution_note"), r.Get<string?>("notice_number"), r.Get<string?>("geometry_json"));

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
            query.Where($"v.plot_id in (select p.id from plots p where p.code = {query.Param("plot_code", plot)})");
        return Paging.PageAsync(ctx, query, Columns(Paging.NodesSelect(ctx, "geometry")), "violations v", "v.id", Read);
    }

    public static async Task<ViolationRow> ByCodeAsync(ResolveContext ctx, NpgsqlConnection connection, string code)
    {
        await using var cmd = new NpgsqlCommand($"select {Columns(ctx.IsSelected("geometry"))} from violations v where v.code = @code", connection);
        cmd.Parameters.AddWithValue("code", code);
        return (await RowReader.FirstAsync(cmd, Read, ctx.CancellationToken))!;
    }

    private static PhotoRow ReadPhoto(RowReader r) =>
        new(r.Get<long>("id"), r.Get<string>("file_name"), r.Get<string>("content_type"), (int)r.Get<long>("size_bytes"), r.Get<DateTimeOffset?>("taken_at"));

    /// <summary>Every photo of a violation (when flagged and with later steps), oldest first, batched over the violations asking.</summary>
    public static Task<IReadOnlyList<PhotoRow>> PhotosAsync(ResolveContext ctx, long violationId) =>
        Loaders.GroupBy(ctx, "violation-photos", () => """
            select violation_id, id, file_name, content_type, size_bytes, taken_at
            from violation_photos where violation_id = any(@keys) order by violation_id, id
            """, "violation_id", ReadPhoto, violationId);

    /// <summary>The photos added with a step or comment, batched over the events asking.</summary>
    public static Task<IReadOnlyList<PhotoRow>> EventPhotosAsync(ResolveContext ctx, long eventId) =>
        Loaders.GroupBy(ctx, "violation-event-photos", () => """
            select event_id, id, file_name, content_type, size_bytes, taken_at
            from violation_photos where event_id = any(@keys) order by event_id, id
            """, "event_id", ReadPhoto, eventId);

    /// <summary>The steps and comments of a violation, oldest first, batched over the violations asking.</summary>
    public static Task<IReadOnlyList<ViolationEventRow>> EventsAsync(ResolveContext ctx, long violationId) =>
        Loaders.GroupBy(ctx, "violation-events", () => """
            select e.violation_id, e.id, upper(e.from_status) as from_status, upper(e.to_status) as to_status, e.note, e.notice_number,
                   e.actor, coalesce(u.display_name, e.actor) as actor_name, e.at
            from violation_events e left join users u on u.username = e.actor
            where e.violation_id = any(@keys) order by e.violation_id, e.id
            """, "violation_id", r => new ViolationEventRow(r.Get<long>("id"), r.Get<string?>("from_status"), r.Get<string?>("to_status"),
                r.Get<string?>("note"), r.Get<string?>("notice_number"), r.Get<string>("actor"), r.Get<string>("actor_name"), r.Get<DateTimeOffset>("at")),
            violationId);
}
