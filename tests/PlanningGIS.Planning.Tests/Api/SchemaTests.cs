using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Tests.Api;

public sealed class SchemaTests
{
    [Fact]
    public void The_schema_files_build_into_one_schema_with_a_resolver_for_every_field()
    {
        // Build() fails on any field that no feature resolves (there is no default resolver).
        var schema = PlanningSchema.Build();

        Assert.NotNull(schema.QueryType);
        Assert.NotNull(schema.MutationType);
    }

    [Fact]
    public async Task Zones_are_listed_with_areas_in_metres_and_found_without_diacritics()
    {
        await using var db = await TestDatabase.CopyOfSampleAsync();
        var api = new ApiExecutor(db);

        var data = await api.DataAsync("""
            { zones(filter: { text: "dong banh" }) { totalCount nodes { code name kind areaHa version geometry } } }
            """);

        var zones = data.GetProperty("zones");
        Assert.Equal(1, zones.GetProperty("totalCount").GetInt32());
        var zone = zones.GetProperty("nodes")[0];
        Assert.Equal("KCN-DONG-BANH", zone.GetProperty("code").GetString());
        Assert.Equal("INDUSTRIAL_PARK", zone.GetProperty("kind").GetString());
        Assert.InRange(zone.GetProperty("areaHa").GetDouble(), 100, 400);
        Assert.Equal("MultiPolygon", zone.GetProperty("geometry").GetProperty("type").GetString());
    }
}
