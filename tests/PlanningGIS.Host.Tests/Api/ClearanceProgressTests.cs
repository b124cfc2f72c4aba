using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Clearance progress has one definition: ClearanceProject.progress, the statistics and the clearance tiles
/// agree for every project, including one without parcels and one without a zone. Its own host: it adds a project.
/// </summary>
public sealed class ClearanceProgressTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Projects = """
        { clearanceProjects(first: 100) { nodes { code zone { code } progress { projects parcels parcelsHandedOver areaM2 areaHandedOverM2 rate } } } }
        """;

    private const string Statistics = """
        { statistics { clearance { projects parcels parcelsHandedOver areaM2 areaHandedOverM2 rate } }
          zones(first: 200) { nodes { code statistics { clearance { projects parcels parcelsHandedOver areaM2 areaHandedOverM2 rate } } } } }
        """;

    private const string Record = """
        mutation($input: RecordClearanceStepInput!) { recordClearanceStep(input: $input) { id } }
        """;

    private sealed record Progress(int Projects, int Parcels, int ParcelsHandedOver, double AreaM2, double AreaHandedOverM2, double Rate)
    {
        public static Progress Of(JsonElement p) => new(p.GetProperty("projects").GetInt32(), p.GetProperty("parcels").GetInt32(),
            p.GetProperty("parcelsHandedOver").GetInt32(), p.GetProperty("areaM2").GetDouble(), p.GetProperty("areaHandedOverM2").GetDouble(),
            p.GetProperty("rate").GetDouble());
    }

    // A project whose whole site was handed over at once: no parcels, every step recorded for the project.
    private async Task AddHandedOverProjectWithoutParcelsAsync()
    {
        await using (var cmd = host.Database.CreateCommand("""
            insert into clearance_projects (code, name, zone_id, boundary)
            select 'GPMB-THU-01', 'Dự án thử bàn giao cả khu', z.id,
                   ST_Multi(ST_Buffer(ST_PointOnSurface(z.boundary)::geography, 60)::geometry)
            from zones z where z.code = 'KCX-1'
            """))
            await cmd.ExecuteNonQueryAsync();
        foreach (var stepNo in new[] { 1, 2, 4, 5, 6, 7, 8, 9, 10 })
            await host.As("planner").DataAsync(Record,
                new { input = new { projectCode = "GPMB-THU-01", stepNo, completedOn = "2025-10-01", decisionNumber = "15/QĐ-UBND" } });
    }

    // Each project's attributes in the z8 tile that holds a point of it.
    private async Task<Dictionary<string, Dictionary<string, object>>> TileFeaturesAsync()
    {
        var tiles = new HashSet<(int X, int Y)>();
        await using (var cmd = host.Database.CreateCommand("select ST_X(ST_PointOnSurface(boundary)), ST_Y(ST_PointOnSurface(boundary)) from clearance_projects"))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync())
            {
                double lon = reader.GetDouble(0), lat = reader.GetDouble(1) * Math.PI / 180;
                tiles.Add(((int)((lon + 180) / 360 * 256), (int)((1 - Math.Asinh(Math.Tan(lat)) / Math.PI) / 2 * 256)));
            }
        var features = new Dictionary<string, Dictionary<string, object>>();
        foreach (var (x, y) in tiles)
        {
            var tile = VectorTile.Read(await host.Client.GetByteArrayAsync($"/tiles/clearance/8/{x}/{y}.mvt"));
            foreach (var feature in tile.GetValueOrDefault("clearance") ?? [])
                features[(string)feature["code"]] = feature;
        }
        return features;
    }

    [Fact]
    public async Task The_api_the_statistics_and_the_tiles_agree_for_every_project()
    {
        await AddHandedOverProjectWithoutParcelsAsync();

        var projects = (await host.Anonymous.DataAsync(Projects)).GetProperty("clearanceProjects").GetProperty("nodes").EnumerateArray()
            .Select(p => (Code: p.GetProperty("code").GetString()!,
                          Zone: p.GetProperty("zone").ValueKind == JsonValueKind.Null ? null : p.GetProperty("zone").GetProperty("code").GetString(),
                          Progress: Progress.Of(p.GetProperty("progress")))).ToList();
        var statistics = await host.Anonymous.DataAsync(Statistics);
        var tiles = await TileFeaturesAsync();

        var added = Assert.Single(projects, p => p.Code == "GPMB-THU-01").Progress;
        Assert.Equal((1, 0, 0, 1.0), (added.Projects, added.Parcels, added.ParcelsHandedOver, added.Rate));
        Assert.Equal(added.AreaM2, added.AreaHandedOverM2);
        Assert.Contains(projects, p => p.Code == "GPMB-KPTQ-GD2" && p.Zone is null);

        foreach (var (code, _, progress) in projects)
        {
            Assert.True(tiles.ContainsKey(code), $"{code} is not in its tile");
            Assert.Equal(progress.Rate, (double)tiles[code]["handover_rate"], 9);
            Assert.Equal(progress.Parcels, (double)tiles[code]["parcels"]);
        }

        static Progress Sum(IEnumerable<Progress> all) => all.Aggregate(new Progress(0, 0, 0, 0, 0, 0), (a, p) =>
            new(a.Projects + p.Projects, a.Parcels + p.Parcels, a.ParcelsHandedOver + p.ParcelsHandedOver, a.AreaM2 + p.AreaM2,
                a.AreaHandedOverM2 + p.AreaHandedOverM2, 0));
        void AssertSame(Progress expected, Progress actual, string what)
        {
            Assert.True((expected.Projects, expected.Parcels, expected.ParcelsHandedOver) == (actual.Projects, actual.Parcels, actual.ParcelsHandedOver),
                $"{what}: expected {expected}, got {actual}");
            Assert.Equal(expected.AreaM2, actual.AreaM2, 3);
            Assert.Equal(expected.AreaHandedOverM2, actual.AreaHandedOverM2, 3);
            Assert.Equal(expected.AreaM2 > 0 ? expected.AreaHandedOverM2 / expected.AreaM2 : 0, actual.Rate, 9);
        }
        AssertSame(Sum(projects.Select(p => p.Progress)), Progress.Of(statistics.GetProperty("statistics").GetProperty("clearance")), "whole economic zone");
        foreach (var zone in statistics.GetProperty("zones").GetProperty("nodes").EnumerateArray())
        {
            var code = zone.GetProperty("code").GetString();
            AssertSame(Sum(projects.Where(p => p.Zone == code).Select(p => p.Progress)),
                Progress.Of(zone.GetProperty("statistics").GetProperty("clearance")), code!);
        }
    }
}
