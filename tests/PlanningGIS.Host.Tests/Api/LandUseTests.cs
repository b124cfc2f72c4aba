namespace PlanningGIS.Host.Tests.Api;

/// <summary>Land-use codes and the current-state layer: public planning information.</summary>
public sealed class LandUseTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Current = """
        query($filter: CurrentLandUseFilter, $after: String) {
          currentLandUse(first: 20, after: $after, filter: $filter) {
            totalCount
            nodes { id landUse { code category group } source surveyedOn areaM2 areaHa perimeterM geometry }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task Anyone_reads_the_land_use_codes_with_their_instrument()
    {
        var data = await host.Anonymous.DataAsync("{ landUseCodes { code nameVi nameEn group category instrument colour note } }");

        var codes = data.GetProperty("landUseCodes").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.Equal("RICE", codes["LUC"].GetProperty("category").GetString());
        Assert.Equal("FOREST", codes["RPH"].GetProperty("category").GetString());
        Assert.Equal("AGRICULTURAL", codes["RSX"].GetProperty("group").GetString());
        Assert.Equal("NON_AGRICULTURAL", codes["SKK"].GetProperty("group").GetString());
        Assert.Matches("^#[0-9a-fA-F]{6}$", codes["ODT"].GetProperty("colour").GetString());
        Assert.Contains("08/2024", codes["CNT"].GetProperty("instrument").GetString());
    }

    [Fact]
    public async Task The_current_land_use_is_paged_and_filtered_by_code_category_and_place()
    {
        var all = (await host.As("investor").DataAsync(Current)).GetProperty("currentLandUse");
        var total = all.GetProperty("totalCount").GetInt32();
        Assert.True(total > 100);
        Assert.True(all.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var next = (await host.Anonymous.DataAsync(Current, new { after = all.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .GetProperty("currentLandUse");
        Assert.Empty(next.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())
            .Intersect(all.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())));

        var rice = (await host.Anonymous.DataAsync(Current, new { filter = new { category = "RICE" } })).GetProperty("currentLandUse");
        Assert.All(rice.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("RICE", n.GetProperty("landUse").GetProperty("category").GetString()));
        var byCode = (await host.Anonymous.DataAsync(Current, new { filter = new { landUseCode = new[] { "LUC", "LUK", "LUN" } } })).GetProperty("currentLandUse");
        Assert.Equal(rice.GetProperty("totalCount").GetInt32(), byCode.GetProperty("totalCount").GetInt32());
        Assert.InRange(rice.GetProperty("totalCount").GetInt32(), 1, total - 1);

        var near = (await host.Anonymous.DataAsync(Current, new { filter = new { spatial = new { bbox = new[] { 106.5, 21.6, 106.65, 21.75 } } } }))
            .GetProperty("currentLandUse");
        Assert.InRange(near.GetProperty("totalCount").GetInt32(), 1, total - 1);
        var node = near.GetProperty("nodes")[0];
        Assert.Equal(node.GetProperty("areaM2").GetDouble() / 10_000, node.GetProperty("areaHa").GetDouble(), 9);
        Assert.True(node.GetProperty("perimeterM").GetDouble() > 0);
        Assert.Equal("MultiPolygon", node.GetProperty("geometry").GetProperty("type").GetString());
    }
}
