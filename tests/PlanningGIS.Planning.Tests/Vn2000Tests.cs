using System.Globalization;
using System.Text.Json.Nodes;
using PlanningGIS.Tests.Shared;

namespace PlanningGIS.Planning.Tests;

/// <summary>The plots layer is delivered in VN-2000 / TM-3 Lạng Sơn; it must land where PROJ (cs2cs) puts it.</summary>
public sealed class Vn2000Tests
{
    [Fact]
    public async Task The_published_check_point_transforms_to_within_a_centimetre()
    {
        await using var db = await TestDatabase.CopyOfSampleAsync();

        var error = await db.ScalarAsync<double>(
            "select ST_Distance(ST_Transform(ST_SetSRID(ST_MakePoint(106.75778, 21.84778), 4326), 9215), ST_SetSRID(ST_MakePoint(448927.783, 2416895.459), 9215))");

        Assert.True(error < 0.01, $"{error:F4} m from the check value");
    }

    [Fact]
    public async Task Plot_vertices_from_the_VN2000_layer_land_within_a_centimetre_of_cs2cs()
    {
        await using var db = await TestDatabase.CopyOfSampleAsync();
        var features = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestDatabase.SampleDataDirectory, "plots.geojson")))!["features"]!.AsArray();
        var sample = features.Where((_, i) => i % Math.Max(1, features.Count / 25) == 0).ToList();
        var source = sample.Select(f => (Code: f!["properties"]!["code"]!.GetValue<string>(),
                                         Vertex: f["geometry"]!["coordinates"]![0]![0]!.AsArray())).ToList();
        var expected = await Cs2cs.TransformAsync(Cs2cs.Vn2000LangSon, Cs2cs.Wgs84,
            source.Select(s => (s.Vertex[0]!.GetValue<double>(), s.Vertex[1]!.GetValue<double>())), 10);

        for (var i = 0; i < source.Count; i++)
        {
            var (lon, lat) = expected[i];
            var distance = await db.ScalarAsync<double>(string.Create(CultureInfo.InvariantCulture, $"""
                select ST_Distance(ST_PointN(ST_ExteriorRing(boundary), 1)::geography,
                                   ST_SetSRID(ST_MakePoint({lon:R}, {lat:R}), 4326)::geography, true)
                from plots where code = '{source[i].Code}'
                """));
            Assert.True(distance < 0.01, $"plot {source[i].Code}: {distance:F4} m from where cs2cs puts it");
        }
    }
}
