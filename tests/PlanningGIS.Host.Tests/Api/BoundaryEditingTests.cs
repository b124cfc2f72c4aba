using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Editing boundaries that touch a neighbour (issue 9, item 1): what the API writes can be saved back
/// unchanged, vertices within the snapping tolerance land exactly on the neighbour, and moving one
/// vertex moves only that vertex.
/// </summary>
public sealed class BoundaryEditingTests(HostFixture host) : IClassFixture<HostFixture>
{
    internal const string UpdatePlot = """
        mutation($code: String!, $v: Int!, $g: GeoJSON!) {
          updatePlot(input: { code: $code, expectedVersion: $v, legalBasis: "Kiểm tra lưu lại", geometry: $g }) { version } }
        """;

    private const string UpdateZone = """
        mutation($code: String!, $v: Int!, $g: GeoJSON!) {
          updateZoneBoundary(input: { code: $code, expectedVersion: $v, legalBasis: "Kiểm tra lưu lại", geometry: $g }) { version } }
        """;

    [Fact]
    public async Task Every_plot_and_zone_of_the_sample_is_resaved_unchanged_as_the_api_wrote_it()
    {
        await ExecuteAsync("create table resave_before as select 'plot' as layer, code, boundary from plots where lifecycle = 'current' " +
                           "union all select 'zone', code, boundary from zones");
        var plots = await AllAsync("plots");
        var zones = await AllAsync("zones");
        Assert.True(plots.Count > 500, $"{plots.Count} plots");

        var refused = new List<string>();
        foreach (var (list, mutation) in new[] { (plots, UpdatePlot), (zones, UpdateZone) })
            foreach (var (code, version, geometry) in list)
            {
                var response = await host.As("planner").PostAsync(mutation, new { code, v = version, g = geometry });
                if (response.HasErrors)
                    refused.Add($"{code}: {response.FirstError}");
            }

        Assert.True(refused.Count == 0, $"{refused.Count} of {plots.Count + zones.Count} refused, e.g. {string.Join("\n", refused.Take(3))}");
        Assert.True(await ScalarAsync<double>("""
            select max(ST_HausdorffDistance(ST_Transform(b.boundary, 9215), ST_Transform(coalesce(p.boundary, z.boundary), 9215)))
            from resave_before b left join plots p on b.layer = 'plot' and p.code = b.code left join zones z on b.layer = 'zone' and z.code = b.code
            """) < 0.001);
    }

    [Fact]
    public async Task Geometry_output_round_trips_to_better_than_a_millimetre()
    {
        var plots = await AllAsync("plots");
        var worst = 0.0;
        foreach (var (code, _, geometry) in plots.Take(100))
            worst = Math.Max(worst, await ScalarAsync<double>($"""
                select ST_HausdorffDistance(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON('{geometry.ToJsonString()}'), 4326), 9215),
                                            ST_Transform(boundary, 9215)) from plots where code = '{code}'
                """));

        Assert.True(worst < 0.001, $"{worst * 1000:F2} mm");
    }

    [Fact]
    public async Task Moving_one_vertex_of_a_plot_changes_only_the_edges_at_that_vertex()
    {
        // A corner of DB-B-04 that a neighbour shares, moved 2 m into DB-B-04 (a gap, no overlap).
        var shared = await ScalarAsync<int>("""
            select min(d.path[2]) from plots p, ST_DumpPoints(p.boundary) d
            where p.code = 'DB-B-04' and d.path[1] = 1 and d.path[2] > 1
              and exists (select 1 from plots n, ST_DumpPoints(n.boundary) nd
                          where n.code <> p.code and n.lifecycle = 'current' and n.boundary && p.boundary and nd.geom ~= d.geom)
            """);
        var neighboursBefore = await NeighboursAsync("DB-B-04");
        var before = await VerticesAsync("DB-B-04");
        var geometry = (await PlotAsync(host, "DB-B-04"))!;
        var ring = geometry["coordinates"]![0]!.AsArray();
        var centre = await ScalarAsync<double[]>("select array[ST_X(c), ST_Y(c)] from plots, ST_Centroid(boundary) c where code = 'DB-B-04'");
        var (lon, lat) = (ring[shared - 1]![0]!.GetValue<double>(), ring[shared - 1]![1]!.GetValue<double>());
        var f = 2 / await MetresAsync([lon, lat], centre);
        ring[shared - 1] = new JsonArray(lon + f * (centre[0] - lon), lat + f * (centre[1] - lat));

        await host.As("planner").DataAsync(UpdatePlot, new { code = "DB-B-04", v = 1, g = geometry });

        var after = await VerticesAsync("DB-B-04");
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            var moved = await MetresAsync(before[i], after[i]);
            if (i == shared - 1)
                Assert.InRange(moved, 1.99, 2.01);
            else
                Assert.True(moved < 0.001, $"vertex {i + 1} moved {moved} m");
        }
        Assert.Equal(neighboursBefore, await NeighboursAsync("DB-B-04"));
    }

    [Fact]
    public async Task A_vertex_added_3_cm_inside_the_neighbour_is_snapped_onto_the_shared_edge()
    {
        var (geometry, at, neighbour) = await WithVertexAcrossSharedEdgeAsync(host, "DB-B-06", 0.03);

        await host.As("planner").DataAsync(UpdatePlot, new { code = "DB-B-06", v = 1, g = geometry });

        Assert.True(await ScalarAsync<double>($"""
            select min(ST_Distance(d.geom, ST_Boundary(n.boundary))) -- degrees: on the edge as stored
            from plots p, ST_DumpPoints(p.boundary) d, plots n
            where p.code = 'DB-B-06' and n.code = '{neighbour}' and d.path[2] = {at}
            """) < 1e-12);
        Assert.Equal(0, await ScalarAsync<double>($"""
            select area_m2(ST_Intersection(p.boundary, n.boundary)) from plots p, plots n where p.code = 'DB-B-06' and n.code = '{neighbour}'
            """), 2);
    }

    [Fact]
    public async Task A_vertex_added_20_cm_inside_the_neighbour_is_not_snapped_and_the_overlap_is_refused_in_square_metres()
    {
        var (geometry, _, neighbour) = await WithVertexAcrossSharedEdgeAsync(host, "DB-B-08", 0.2);

        var error = await host.As("planner").RejectedAsync("TOPOLOGY", UpdatePlot, new { code = "DB-B-08", v = 1, g = geometry });

        var reason = error.GetProperty("extensions").GetProperty("details").GetProperty("reason").GetString()!;
        Assert.Matches($@"^plot DB-B-08 overlaps plot {neighbour} by \d+\.\d\d m²$", reason);
        Assert.Equal(1, await ScalarAsync<int>("select version from plots where code = 'DB-B-08'"));
    }

    [Fact]
    public async Task The_snapping_tolerance_and_vertex_limit_are_public_for_the_web_map()
    {
        var data = await host.Anonymous.DataAsync("{ geometryRules { snapToleranceMetres maxVertices } }");

        Assert.Equal(0.05, data.GetProperty("geometryRules").GetProperty("snapToleranceMetres").GetDouble());
        Assert.Equal(50_000, data.GetProperty("geometryRules").GetProperty("maxVertices").GetInt32());
    }

    /// <summary>
    /// The plot's outer ring with a vertex added in the middle of its longest edge shared with a neighbour,
    /// pushed `metres` square across it into the neighbour. Returns the ring position of the new vertex (1-based).
    /// </summary>
    internal static async Task<(JsonNode Geometry, int At, string Neighbour)> WithVertexAcrossSharedEdgeAsync(HostFixture host, string code, double metres)
    {
        await using var cmd = host.Database.CreateCommand($"""
            with edges as (
                select d.path[2] as i, ST_MakeLine(lag(d.geom) over (order by d.path[2]), d.geom) as edge
                from plots p, ST_DumpPoints(p.boundary) d where p.code = '{code}' and d.path[1] = 1
            ), shared as (
                select e.i, ST_Transform(e.edge, 9215) as edge, n.code, ST_Transform(n.boundary, 9215) as neighbour
                from edges e join plots n
                  on n.code <> '{code}' and n.lifecycle = 'current' and ST_Covers(ST_Buffer(ST_Boundary(n.boundary), 0.000001), e.edge)
                where e.edge is not null order by ST_Length(ST_Transform(e.edge, 9215)) desc limit 1
            ), normal as (
                select i, code, neighbour, ST_LineInterpolatePoint(edge, 0.5) as m,
                       -(ST_Y(ST_EndPoint(edge)) - ST_Y(ST_StartPoint(edge))) / ST_Length(edge) as nx,
                       (ST_X(ST_EndPoint(edge)) - ST_X(ST_StartPoint(edge))) / ST_Length(edge) as ny
                from shared
            ), pushed as (
                select i, code, case when ST_Covers(neighbour, ST_Translate(m, {N(metres)} * nx, {N(metres)} * ny))
                                     then ST_Translate(m, {N(metres)} * nx, {N(metres)} * ny)
                                     else ST_Translate(m, -{N(metres)} * nx, -{N(metres)} * ny) end as q
                from normal
            )
            select i, code, ST_X(w), ST_Y(w) from pushed, ST_Transform(q, 4326) w
            """);
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"{code} shares no edge");
        var (at, neighbour, lon, lat) = (reader.GetInt32(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3));
        var geometry = (await PlotAsync(host, code))!;
        var ring = geometry["coordinates"]![0]!.AsArray();
        ring.Insert(at - 1, new JsonArray(lon, lat));
        return (geometry, at, neighbour);
    }

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private async Task<List<(string Code, int Version, JsonNode Geometry)>> AllAsync(string list)
    {
        var all = new List<(string, int, JsonNode)>();
        string? after = null;
        do
        {
            var page = (await host.As("planner").DataAsync($$"""
                query($after: String) { {{list}}(first: 100, after: $after) { nodes { code version geometry } pageInfo { hasNextPage endCursor } } }
                """, new { after })).GetProperty(list);
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
                all.Add((node.GetProperty("code").GetString()!, node.GetProperty("version").GetInt32(),
                         JsonNode.Parse(node.GetProperty("geometry").GetRawText())!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        } while (after is not null);
        return all;
    }

    private static async Task<JsonNode?> PlotAsync(HostFixture host, string code) =>
        JsonNode.Parse((await host.As("planner").DataAsync($$"""{ plot(code: "{{code}}") { geometry } }"""))
            .GetProperty("plot").GetProperty("geometry").GetRawText());

    private async Task<List<double[]>> VerticesAsync(string code)
    {
        await using var cmd = host.Database.CreateCommand(
            $"select ST_X(d.geom), ST_Y(d.geom) from plots p, ST_DumpPoints(p.boundary) d where p.code = '{code}' order by d.path");
        await using var reader = await cmd.ExecuteReaderAsync();
        var vertices = new List<double[]>();
        while (await reader.ReadAsync())
            vertices.Add([reader.GetDouble(0), reader.GetDouble(1)]);
        return vertices;
    }

    private Task<double> MetresAsync(double[] a, double[] b) => ScalarAsync<double>(
        $"select ST_Distance(ST_Transform(ST_SetSRID(ST_MakePoint({N(a[0])}, {N(a[1])}), 4326), 9215), " +
        $"ST_Transform(ST_SetSRID(ST_MakePoint({N(b[0])}, {N(b[1])}), 4326), 9215))");

    private async Task<List<string>> NeighboursAsync(string code)
    {
        await using var cmd = host.Database.CreateCommand($"""
            select n.code || ' v' || n.version || ' ' || md5(ST_AsEWKB(n.boundary)::text) from plots p join plots n
              on n.code <> p.code and n.boundary && ST_Expand(p.boundary, 0.0001) where p.code = '{code}' order by n.code
            """);
        await using var reader = await cmd.ExecuteReaderAsync();
        var neighbours = new List<string>();
        while (await reader.ReadAsync())
            neighbours.Add(reader.GetString(0));
        Assert.NotEmpty(neighbours);
        return neighbours;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}

/// <summary>A host with snapping off and a vertex limit of 100.</summary>
public sealed class StrictGeometryHostFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Planning:SnapToleranceMetres"] = "0",
        ["Planning:MaxGeometryVertices"] = "100",
    };
}

public sealed class GeometryRulesSettingsTests(StrictGeometryHostFixture host) : IClassFixture<StrictGeometryHostFixture>
{
    [Fact]
    public async Task The_snapping_tolerance_and_the_vertex_limit_follow_the_settings()
    {
        var (geometry, _, _) = await BoundaryEditingTests.WithVertexAcrossSharedEdgeAsync(host, "DB-B-06", 0.03);

        await host.As("planner").RejectedAsync("TOPOLOGY", BoundaryEditingTests.UpdatePlot, new { code = "DB-B-06", v = 1, g = geometry });
        var ring = string.Join(",", Enumerable.Range(0, 101).Select(i => i % 100 == 0 ? "[106.7,21.9]" : $"[106.7{i:D3},21.9{i % 2}]"));
        var error = await host.As("planner").RejectedAsync("INVALID_GEOMETRY", BoundaryEditingTests.UpdatePlot,
            new { code = "DB-B-06", v = 1, g = JsonDocument.Parse($$"""{"type":"Polygon","coordinates":[[{{ring}}]]}""").RootElement });
        Assert.Equal(101, error.GetProperty("extensions").GetProperty("details").GetProperty("vertices").GetInt32());
        var rules = (await host.Anonymous.DataAsync("{ geometryRules { snapToleranceMetres maxVertices } }")).GetProperty("geometryRules");
        Assert.Equal(0, rules.GetProperty("snapToleranceMetres").GetDouble());
        Assert.Equal(100, rules.GetProperty("maxVertices").GetInt32());
    }
}
