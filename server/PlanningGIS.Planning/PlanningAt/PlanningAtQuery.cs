using System.Globalization;
using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Dossiers;
using PlanningGIS.Planning.Geometry;
using PlanningGIS.Planning.LandUse;
using PlanningGIS.Planning.Plots;
using PlanningGIS.Planning.Violations;
using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.PlanningAt;

/// <summary>
/// planningAt: one batch, one round trip. Each part the client selects is one index lookup on the
/// point (GiST: <c>&amp;&amp;</c> then <c>ST_Covers</c> / <c>ST_DWithin</c>, on the boundary pieces for large boundaries) selecting the owning
/// feature's own columns, read with its own reader, so nested fields (plot.zone, dossier.adjusts,
/// landUse, ...) resolve through the features' DataLoaders as anywhere else.
/// </summary>
public static class PlanningAtQuery
{
    /// <summary>How far around the point open violations are listed.</summary>
    public const double ViolationRadiusM = 100;

    // The point in WGS84, as the geometry columns are stored.
    private const string Point = "ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)";

    public static async Task<PlanningAtPoint> AtAsync(ResolveContext ctx)
    {
        var (lon, lat) = (ctx.GetArgument<double>("lon"), ctx.GetArgument<double>("lat"));
        var asOf = ctx.GetArgument<DateTimeOffset?>("asOf");
        if (!double.IsFinite(lon) || !double.IsFinite(lat) || Math.Abs(lon) > 180 || Math.Abs(lat) > 90)
            throw new PlanningError(ErrorCodes.BadUserInput,
                "Tọa độ không hợp lệ: kinh độ phải từ -180 đến 180 và vĩ độ từ -90 đến 90 (WGS84, độ thập phân).",
                new Dictionary<string, object?> { ["lon"] = Finite(lon), ["lat"] = Finite(lat) });

        var parts = new List<Func<RowReader, CancellationToken, Task>>();
        await using var batch = ctx.Db().CreateBatch();
        var inProvince = false;
        Add(batch, parts, $"select in_lang_son({Point}) as in_province", async (r, ct) => inProvince = await r.ReadAsync(ct) && r.Get<bool>("in_province"));

        ZoneRow? zone = null;
        if (ctx.IsSelected("zone"))
            Add(batch, parts, $"""
                select {ZoneQueries.Columns(ctx.IsSelected("zone", "geometry"), perimeter: ctx.IsSelected("zone", "perimeterM"))} from {At("zones", "z", asOf)}
                order by z.id limit 1
                """, async (r, ct) => zone = await r.ReadAsync(ct) ? ZoneQueries.Read(r) : null);

        PlotRow? plot = null;
        if (ctx.IsSelected("plot"))
        {
            var selection = new PlotSelection(ctx.IsSelected("plot", "geometry"),
                ctx.IsSelected("plot", "availability") || ctx.IsSelected("plot", "available"), ctx.IsSelected("plot", "perimeterM"));
            // Neighbouring plots share edges: a point on one is covered by both; the lower id answers.
            Add(batch, parts, $"""
                select {PlotQueries.Columns(selection)} from {(asOf is null ? "plots" : "plots_versions")} p
                where p.boundary && {Point} and ST_Covers(p.boundary, {Point}) and p.lifecycle = 'current'{(asOf is null ? "" : $" and {SqlQuery.ValidAt("p", "@asOf")}")}
                order by p.id limit 1
                """, async (r, ct) => plot = await r.ReadAsync(ct) ? PlotQueries.Read(r) : null);
        }

        var dossiers = new List<DossierRow>();
        if (ctx.IsSelected("dossiers"))
            Add(batch, parts, $"""
                select {DossierQueries.Columns(ctx.IsSelected("dossiers", "geometry"), perimeter: ctx.IsSelected("dossiers", "perimeterM"))} from {At("dossiers", "d", asOf)}
                and {DossierPolicies.Rows(ctx.Account())}
                order by {DossierQueries.SpecificityOrder}
                """, async (r, ct) =>
                {
                    while (await r.ReadAsync(ct))
                        dossiers.Add(DossierQueries.Read(r));
                });

        CurrentLandUseRow? landUse = null;
        if (ctx.IsSelected("currentLandUse"))
            Add(batch, parts, $"""
                select {LandUseApi.Columns(ctx.IsSelected("currentLandUse", "geometry"), ctx.IsSelected("currentLandUse", "perimeterM"))}
                from land_use_current l
                where l.id in ({Covering("land_use_current")}) order by l.id limit 1
                """, async (r, ct) => landUse = await r.ReadAsync(ct) ? LandUseApi.Read(r) : null);

        // Enforcement data: read only for those who may see it; others get a field error (PlanningAtPolicies).
        List<ViolationRow>? violations = null;
        if (ctx.IsSelected("openViolationsNearby") && ViolationPolicies.CanSee(ctx.Account()))
        {
            var nearby = violations = [];
            // The box (0.001° > 100 m here) uses the index; the geography test is exact, in metres.
            Add(batch, parts, $"""
                select {ViolationQueries.Columns(ctx.IsSelected("openViolationsNearby", "geometry"))} from violations v
                where v.status in ('open', 'verified', 'notice_issued', 'escalated')
                  and v.location && ST_Expand({Point}, 0.001)
                  and ST_DWithin(v.location::geography, {Point}::geography, {ViolationRadiusM.ToString(CultureInfo.InvariantCulture)})
                order by ST_Distance(v.location::geography, {Point}::geography), v.id
                """, async (r, ct) =>
                {
                    while (await r.ReadAsync(ct))
                        nearby.Add(ViolationQueries.Read(r));
                });
        }

        foreach (NpgsqlBatchCommand command in batch.BatchCommands)
        {
            command.Parameters.AddWithValue("lon", lon);
            command.Parameters.AddWithValue("lat", lat);
            if (asOf is not null)
                command.Parameters.AddWithValue("asOf", asOf.Value);
        }
        await using (var reader = await batch.ExecuteReaderAsync(ctx.CancellationToken))
        {
            for (var i = 0; i < parts.Count; i++)
            {
                if (i > 0)
                    await reader.NextResultAsync(ctx.CancellationToken);
                await parts[i](new RowReader(reader), ctx.CancellationToken);
            }
        }
        if (!inProvince)
            throw new PlanningError(ErrorCodes.OutOfArea,
                $"Điểm (kinh độ {lon.ToString("F6", CultureInfo.InvariantCulture)}, vĩ độ {lat.ToString("F6", CultureInfo.InvariantCulture)}) " +
                "nằm ngoài tỉnh Lạng Sơn. Kiểm tra lại: kinh độ trước, vĩ độ sau, theo WGS84.",
                new Dictionary<string, object?> { ["lon"] = lon, ["lat"] = lat });

        var (easting, northing) = Vn2000.FromWgs84(lon, lat);
        return new PlanningAtPoint(lon, lat, new Vn2000Point(Math.Round(easting, 3), Math.Round(northing, 3)),
            zone, plot, dossiers, landUse, violations);
    }

    // Zones, dossiers and current land use can have large boundaries: their point lookups go through
    // the boundary pieces (ST_Subdivide, kept by trigger, migration 0011), so ST_Covers tests a few
    // pieces of at most 128 vertices instead of whole boundaries. Plots are small and topology-checked.
    private static string Covering(string layer) =>
        $"select s.id from boundary_pieces s where s.layer = '{layer}' and s.piece && {Point} and ST_Covers(s.piece, {Point})";

    // A layer's rows covering the point as "from ... where ...": today through the boundary pieces; at
    // asOf, the version valid then, from the versions view (the pieces are of today's boundaries only;
    // the current rows use their boundary index, the history rows are few: one per edit).
    private static string At(string table, string alias, DateTimeOffset? asOf) => asOf is null
        ? $"{table} {alias} where {alias}.id in ({Covering(table)})"
        : $"{table}_versions {alias} where {alias}.boundary && {Point} and ST_Covers({alias}.boundary, {Point}) and {SqlQuery.ValidAt(alias, "@asOf")}";

    private static void Add(NpgsqlBatch batch, List<Func<RowReader, CancellationToken, Task>> parts, string sql,
        Func<RowReader, CancellationToken, Task> read)
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
        parts.Add(read);
    }

    // NaN and infinities have no JSON form: the details say "not a number" instead.
    private static object Finite(double value) => double.IsFinite(value) ? value : value.ToString(CultureInfo.InvariantCulture);
}
