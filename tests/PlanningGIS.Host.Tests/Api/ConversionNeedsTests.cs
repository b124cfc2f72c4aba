namespace PlanningGIS.Host.Tests.Api;

/// <summary>conversionNeeds: the rice and forest land under a geometry, by land kind, with the authority the dated rules require.</summary>
public sealed class ConversionNeedsTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Needs = """
        query($geometry: GeoJSON!, $on: Date) {
          conversionNeeds(geometry: $geometry, on: $on) {
            on riceHa forestHa
            needs { landKind landUseCodes areaM2 areaHa requiredAuthority approvalRule { landKind instrument validFrom } geometry }
          }
        }
        """;

    // Around the sample's largest LUC polygon and its neighbours, north of Đồng Đăng town.
    private const string Area = "POLYGON((106.665 21.965, 106.695 21.965, 106.695 21.975, 106.665 21.975, 106.665 21.965))";

    private static object Rectangle(double west, double south, double east, double north) => new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { west, south }, new[] { east, south }, new[] { east, north }, new[] { west, north }, new[] { west, south } } },
    };

    [Fact]
    public async Task The_rice_and_forest_land_under_a_geometry_agrees_with_postgis_on_the_vn2000_plane()
    {
        var data = await host.As("planner").DataAsync(Needs, new { geometry = Rectangle(106.665, 21.965, 106.695, 21.975) });
        var needs = data.GetProperty("conversionNeeds");

        // Independently: each land-use polygon cut in WGS84, then measured on EPSG:9215.
        async Task<double> ExpectedHaAsync(string category)
        {
            await using var cmd = host.Database.CreateCommand($"""
                select coalesce(sum(ST_Area(ST_Transform(ST_Intersection(l.boundary, ST_GeomFromText('{Area}', 4326)), 9215))), 0) / 10000
                from land_use_current l join land_use_codes c on c.code = l.land_use_code where c.category = $1
                """);
            cmd.Parameters.Add(new() { Value = category });
            return (double)(await cmd.ExecuteScalarAsync())!;
        }
        var rice = await ExpectedHaAsync("rice");
        Assert.True(rice > 10, $"the test area holds rice land ({rice} ha)");
        Assert.Equal(rice, needs.GetProperty("riceHa").GetDouble(), rice * 1e-4);
        var forest = await ExpectedHaAsync("forest");
        Assert.Equal(forest, needs.GetProperty("forestHa").GetDouble(), Math.Max(forest, 1e-6) * 1e-4);

        var riceNeed = needs.GetProperty("needs").EnumerateArray().Single(n => n.GetProperty("landKind").GetString() == "RICE");
        Assert.Contains("LUC", riceNeed.GetProperty("landUseCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(riceNeed.GetProperty("areaM2").GetDouble() / 10_000, riceNeed.GetProperty("areaHa").GetDouble(), 9);
        // under 500 ha of rice land: the provincial council, by the Land Law 2024
        Assert.Equal("PROVINCIAL_COUNCIL", riceNeed.GetProperty("requiredAuthority").GetString());
        Assert.Contains("2024", riceNeed.GetProperty("approvalRule").GetProperty("instrument").GetString());
        Assert.Equal("MultiPolygon", riceNeed.GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_rules_of_the_day_asked_apply()
    {
        var data = await host.As("inspector").DataAsync(Needs, new { geometry = Rectangle(106.665, 21.965, 106.695, 21.975), on = "2020-01-01" });
        var riceNeed = data.GetProperty("conversionNeeds").GetProperty("needs").EnumerateArray().Single(n => n.GetProperty("landKind").GetString() == "RICE");
        Assert.Equal("2020-01-01", data.GetProperty("conversionNeeds").GetProperty("on").GetString());
        Assert.Contains("Luật Đất đai 2013", riceNeed.GetProperty("approvalRule").GetProperty("instrument").GetString());
    }

    [Fact]
    public async Task Land_without_rice_or_forest_needs_nothing_and_bad_geometries_are_refused_as_elsewhere()
    {
        // a small square inside the Đồng Bành industrial park's built plots
        var data = await host.As("planner").DataAsync(Needs, new { geometry = Rectangle(106.5990, 21.6800, 106.5995, 21.6805) });
        Assert.Equal(0, data.GetProperty("conversionNeeds").GetProperty("riceHa").GetDouble() + data.GetProperty("conversionNeeds").GetProperty("forestHa").GetDouble(), 3);

        var bowtie = new { type = "Polygon", coordinates = new[] { new[] { new[] { 106.70, 21.90 }, new[] { 106.71, 21.91 }, new[] { 106.71, 21.90 }, new[] { 106.70, 21.91 }, new[] { 106.70, 21.90 } } } };
        var refused = await host.As("planner").RejectedAsync("INVALID_GEOMETRY", Needs, new { geometry = bowtie });
        Assert.Equal(2, refused.GetProperty("extensions").GetProperty("details").GetProperty("location").GetArrayLength());
        await host.As("planner").RejectedAsync("OUT_OF_AREA", Needs, new { geometry = Rectangle(105.80, 21.00, 105.81, 21.01) });
        await host.As("investor").RejectedAsync("FORBIDDEN", Needs, new { geometry = Rectangle(106.665, 21.965, 106.695, 21.975) });
        await host.Anonymous.RejectedAsync("UNAUTHENTICATED", Needs, new { geometry = Rectangle(106.665, 21.965, 106.695, 21.975) });
    }
}
