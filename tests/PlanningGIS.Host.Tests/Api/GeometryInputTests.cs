using System.Globalization;
using System.Text;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Geometries from users (issue 9, items 3 and 9): too many vertices, empty or malformed geometries
/// are refused with INVALID_GEOMETRY before any database work; large boundaries stay fast to look up.
/// </summary>
public sealed class GeometryInputTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string CreateDossier = """
        mutation($g: GeoJSON!, $code: String!) { createDossier(input: { code: $code, name: "Ranh giới lớn", kind: ZONING_PLAN,
            status: APPROVED, decisionNumber: "1/QĐ-THỬ", decisionDate: "2024-01-01", geometry: $g }) { code } }
        """;

    [Fact]
    public async Task A_boundary_over_the_vertex_limit_is_refused_with_the_count_and_nothing_is_stored()
    {
        var error = await host.As("planner").RejectedAsync("INVALID_GEOMETRY", CreateDossier,
            new { g = Circle(106.75, 21.85, 0.01, 50_001), code = "QH-50001" });

        var details = error.GetProperty("extensions").GetProperty("details");
        Assert.Equal(50_001, details.GetProperty("vertices").GetInt32());
        Assert.Equal(50_000, details.GetProperty("maxVertices").GetInt32());
        Assert.Contains("50001 đỉnh", error.GetProperty("message").GetString());
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from dossiers where code = 'QH-50001'"));
    }

    [Fact]
    public async Task An_empty_polygon_is_an_invalid_geometry_not_one_outside_the_province()
    {
        var error = await host.As("planner").RejectedAsync("INVALID_GEOMETRY", """
            mutation { updatePlot(input: { code: "DB-C-04", expectedVersion: 1, legalBasis: "thử",
                                           geometry: { type: "Polygon", coordinates: [] } }) { version } }
            """);

        Assert.Contains("rỗng", error.GetProperty("message").GetString());
        Assert.Equal(1, await ScalarAsync<int>("select version from plots where code = 'DB-C-04'"));
    }

    [Theory]
    [InlineData("""{ type: "Polygon", coordinates: "x" }""", "$.coordinates")]
    [InlineData("""{ type: "Polygon", coordinates: [[106.7, 21.9]] }""", "$.coordinates[0][0]")]
    [InlineData("""{ type: "Polygon", coordinates: [[[106.7, "21.9"]]] }""", "$.coordinates[0][0]")]
    [InlineData("""{ type: "Polygonal", coordinates: [] }""", "$.type")]
    public async Task A_malformed_geometry_in_a_spatial_filter_is_refused_with_where_it_is_wrong(string geometry, string path)
    {
        var error = await host.Anonymous.RejectedAsync("INVALID_GEOMETRY",
            $$"""{ plots(filter: { spatial: { intersects: {{geometry}} } }) { nodes { code } } }""");

        Assert.Equal(path, error.GetProperty("extensions").GetProperty("details").GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("zones")]
    [InlineData("dossiers")]
    [InlineData("currentLandUse")]
    public async Task An_unclosed_ring_in_a_spatial_filter_is_refused_not_an_internal_error(string list)
    {
        var error = await host.Anonymous.RejectedAsync("INVALID_GEOMETRY", $$"""
            { {{list}}(filter: { spatial: { intersects: { type: "Polygon", coordinates: [[[106.7, 21.9], [106.71, 21.9], [106.71, 21.91]]] } } }) { totalCount } }
            """);

        Assert.Equal("$.coordinates[0]", error.GetProperty("extensions").GetProperty("details").GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_large_published_boundary_is_looked_up_through_small_pieces_that_follow_its_edits()
    {
        await host.As("planner").DataAsync(CreateDossier, new { g = Circle(106.30, 21.50, 0.01, 20_000), code = "QH-LON" });
        var inside = new { lon = 106.305, lat = 21.5 };
        var outsideButInTheBox = new { lon = 106.309, lat = 21.509 };

        Assert.True(await ScalarAsync<long>(
            "select count(*) from boundary_pieces s join dossiers d on s.layer = 'dossiers' and s.id = d.id where d.code = 'QH-LON'") > 100);
        Assert.True(await ScalarAsync<int>(
            "select max(ST_NPoints(s.piece)) from boundary_pieces s join dossiers d on s.layer = 'dossiers' and s.id = d.id where d.code = 'QH-LON'") <= 128);
        Assert.Equal(["QH-LON"], await DossiersAtAsync(inside));
        Assert.Empty(await DossiersAtAsync(outsideButInTheBox));

        await host.As("planner").DataAsync("""
            mutation($g: GeoJSON!) { updateDossier(input: { code: "QH-LON", expectedVersion: 1, legalBasis: "thử", geometry: $g }) { version } }
            """, new { g = Circle(106.31, 21.51, 0.01, 1_000) });

        Assert.Equal(["QH-LON"], await DossiersAtAsync(outsideButInTheBox));
        Assert.Empty(await DossiersAtAsync(new { lon = 106.295, lat = 21.5 }));
    }

    private async Task<List<string>> DossiersAtAsync(object point)
    {
        var data = await host.As("planner").DataAsync(
            "query($lon: Float!, $lat: Float!) { planningAt(lon: $lon, lat: $lat) { dossiers { code } } }", point);
        return data.GetProperty("planningAt").GetProperty("dossiers").EnumerateArray()
            .Select(d => d.GetProperty("code").GetString()!).Where(c => c.StartsWith("QH-", StringComparison.Ordinal)).ToList();
    }

    /// <summary>A polygon of `vertices` vertices (the closing one included) around a centre, radius in degrees.</summary>
    private static System.Text.Json.JsonElement Circle(double lon, double lat, double radius, int vertices)
    {
        var ring = new StringBuilder("[");
        for (var i = 0; i < vertices; i++)
        {
            var angle = 2 * Math.PI * (i % (vertices - 1)) / (vertices - 1);
            ring.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? "," : "")}[{lon + radius * Math.Cos(angle):R},{lat + radius * Math.Sin(angle):R}]");
        }
        return System.Text.Json.JsonDocument.Parse($$"""{"type":"Polygon","coordinates":[{{ring}}]]}""").RootElement.Clone();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
