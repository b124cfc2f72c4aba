using System.Globalization;
using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>Zones: reading, boundary edits with history, rejections that change nothing, asOf and revert.</summary>
public sealed class ZoneTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Update = """
        mutation($code: String!, $geometry: GeoJSON!, $srid: Int, $v: Int!) {
          updateZoneBoundary(input: {code: $code, geometry: $geometry, srid: $srid, legalBasis: "45/QĐ-BQL", expectedVersion: $v}) {
            code version legalBasis changedBy areaM2 history { version legalBasis } } }
        """;

    // A zone of its own in the south-west of the province, away from the sample data, with one plot.
    private async Task<string> NewZoneAsync(string code)
    {
        await using var cmd = host.Database.CreateCommand($"""
            insert into zones (code, name, kind, boundary, legal_basis)
            values ('{code}', 'Khu thử {code}', 'industrial_park', ST_Multi(ST_MakeEnvelope(106.200, 21.400, 106.210, 21.410, 4326)), '1/QĐ-BQL')
            """);
        await cmd.ExecuteNonQueryAsync();
        return code;
    }

    private static object Square(double west, double south, double east, double north) => new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { west, south }, new[] { east, south }, new[] { east, north }, new[] { west, north }, new[] { west, south } } },
    };

    private async Task<(int Version, long History)> StateAsync(string code)
    {
        await using var cmd = host.Database.CreateCommand(
            $"select version, (select count(*) from zones_history h where h.code = z.code) from zones z where z.code = '{code}'");
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt64(1));
    }

    [Fact]
    public async Task Zones_are_found_without_diacritics_with_areas_in_metres()
    {
        var data = await host.Anonymous.DataAsync("""{ zones(filter: {text: "dong banh"}) { totalCount nodes { code kind areaM2 areaHa perimeterM dossier { code } } } }""");

        var zone = data.GetProperty("zones").GetProperty("nodes")[0];
        Assert.Equal(1, data.GetProperty("zones").GetProperty("totalCount").GetInt32());
        Assert.Equal("KCN-DONG-BANH", zone.GetProperty("code").GetString());
        Assert.Equal(zone.GetProperty("areaM2").GetDouble() / 10_000, zone.GetProperty("areaHa").GetDouble(), 6);
        Assert.InRange(zone.GetProperty("areaHa").GetDouble(), 150, 175);
        Assert.True(zone.GetProperty("perimeterM").GetDouble() > 1000);
    }

    [Fact]
    public async Task A_planner_moves_a_boundary_and_the_previous_version_is_kept_with_its_legal_basis()
    {
        var code = await NewZoneAsync("T-MOVE");

        var data = await host.As("planner").DataAsync(Update, new { code, geometry = Square(106.200, 21.400, 106.212, 21.410), v = 1 });

        var zone = data.GetProperty("updateZoneBoundary");
        Assert.Equal(2, zone.GetProperty("version").GetInt32());
        Assert.Equal("45/QĐ-BQL", zone.GetProperty("legalBasis").GetString());
        Assert.Equal("planner.test", zone.GetProperty("changedBy").GetString());
        Assert.Equal(1, zone.GetProperty("history")[0].GetProperty("version").GetInt32());
        Assert.Equal("1/QĐ-BQL", zone.GetProperty("history")[0].GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task Two_planners_editing_the_same_version_the_second_gets_a_conflict_not_a_silent_overwrite()
    {
        var code = await NewZoneAsync("T-RACE");
        var first = host.As("planner").PostAsync(Update, new { code, geometry = Square(106.200, 21.400, 106.213, 21.410), v = 1 });
        var second = host.As("planner").PostAsync(Update, new { code, geometry = Square(106.200, 21.400, 106.214, 21.410), v = 1 });

        var results = await Task.WhenAll(first, second);

        Assert.Single(results, r => !r.HasErrors);
        var loser = Assert.Single(results, r => r.HasErrors);
        Assert.Equal("CONFLICT", loser.ErrorCode);
        Assert.Equal(2, loser.FirstError.GetProperty("extensions").GetProperty("details").GetProperty("currentVersion").GetInt32());
        Assert.Equal((2, 1L), await StateAsync(code));
    }

    [Fact]
    public async Task A_self_intersecting_boundary_is_refused_with_where_it_crosses_and_nothing_changes()
    {
        var code = await NewZoneAsync("T-BOWTIE");
        var bowtie = new { type = "Polygon", coordinates = new[] { new[] {
            new[] { 106.200, 21.400 }, new[] { 106.210, 21.410 }, new[] { 106.210, 21.400 }, new[] { 106.200, 21.410 }, new[] { 106.200, 21.400 } } } };

        var error = await host.As("planner").RejectedAsync("INVALID_GEOMETRY", Update, new { code, geometry = bowtie, v = 1 });

        var location = error.GetProperty("extensions").GetProperty("details").GetProperty("location");
        Assert.Equal(106.205, location[0].GetDouble(), 4);
        Assert.Equal(21.405, location[1].GetDouble(), 4);
        Assert.Contains("tự cắt", error.GetProperty("message").GetString());
        Assert.Equal((1, 0L), await StateAsync(code));
    }

    [Fact]
    public async Task A_boundary_outside_the_province_or_in_an_unknown_coordinate_system_is_refused()
    {
        var code = await NewZoneAsync("T-AREA");

        await host.As("planner").RejectedAsync("OUT_OF_AREA", Update, new { code, geometry = Square(105.80, 21.00, 105.81, 21.01), v = 1 });
        // VN-2000 metres sent as if they were degrees
        await host.As("planner").RejectedAsync("OUT_OF_AREA", Update, new { code, geometry = Square(448900, 2416800, 449000, 2416900), v = 1 });
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", Update, new { code, geometry = Square(106.200, 21.400, 106.212, 21.410), srid = 3405, v = 1 });

        Assert.Equal((1, 0L), await StateAsync(code));
    }

    [Fact]
    public async Task A_boundary_that_would_leave_a_plot_outside_is_a_topology_error_located_at_the_plot()
    {
        var code = await NewZoneAsync("T-SHRINK");
        await using (var cmd = host.Database.CreateCommand($"""
            insert into plots (code, zone_id, land_use_code, boundary)
            select 'T-SHRINK-P', id, 'SKC', ST_MakeEnvelope(106.201, 21.401, 106.203, 21.403, 4326) from zones where code = '{code}'
            """))
            await cmd.ExecuteNonQueryAsync();

        var error = await host.As("planner").RejectedAsync("TOPOLOGY", Update, new { code, geometry = Square(106.202, 21.400, 106.210, 21.410), v = 1 });

        var location = error.GetProperty("extensions").GetProperty("details").GetProperty("location");
        Assert.InRange(location[0].GetDouble(), 106.201, 106.202);
        Assert.Contains("T-SHRINK-P", error.GetProperty("message").GetString());
        Assert.Equal((1, 0L), await StateAsync(code));
    }

    [Fact]
    public async Task A_boundary_drawn_in_VN2000_is_stored_where_it_belongs_and_read_back_in_VN2000()
    {
        var code = await NewZoneAsync("T-VN2000");
        // The same square as the zone's, widened eastwards, in EPSG:9215 metres.
        await using var transform = host.Database.CreateCommand("""
            select ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(106.200, 21.400, 106.212, 21.410, 4326), 9215), 3)
            """);
        var vn2000 = JsonDocument.Parse((string)(await transform.ExecuteScalarAsync())!).RootElement;

        await host.As("planner").DataAsync(Update, new { code, geometry = vn2000, srid = 9215, v = 1 });
        var read = await host.Anonymous.DataAsync($$"""{ zone(code: "{{code}}") { geometry(srid: 9215) } wgs: zone(code: "{{code}}") { geometry } }""");

        var corner = read.GetProperty("wgs").GetProperty("geometry").GetProperty("coordinates")[0][0][0];
        Assert.Equal(106.200, corner[0].GetDouble(), 6);
        Assert.Equal(21.400, corner[1].GetDouble(), 6);
        var inVn2000 = read.GetProperty("zone").GetProperty("geometry").GetProperty("coordinates")[0][0][0];
        // within a centimetre of where PostGIS put it (the two use the same parameters)
        Assert.InRange(inVn2000[0].GetDouble() - vn2000.GetProperty("coordinates")[0][0][0].GetDouble(), -0.01, 0.01);
        Assert.InRange(inVn2000[1].GetDouble() - vn2000.GetProperty("coordinates")[0][0][1].GetDouble(), -0.01, 0.01);
    }

    [Fact]
    public async Task The_plan_as_it_stood_on_a_date_and_a_revert_that_keeps_the_history()
    {
        var code = await NewZoneAsync("T-ASOF");
        var before = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await host.As("planner").DataAsync(Update, new { code, geometry = Square(106.200, 21.400, 106.215, 21.410), v = 1 });

        var asOf = await host.Anonymous.DataAsync($$"""{ zone(code: "{{code}}", asOf: "{{before.ToString("O", CultureInfo.InvariantCulture)}}") { version areaHa } now: zone(code: "{{code}}") { version areaHa } }""");
        var reverted = await host.As("planner").DataAsync($$"""
            mutation { revertZone(input: {code: "{{code}}", toVersion: 1, expectedVersion: 2, legalBasis: "46/QĐ-BQL"}) { version areaHa legalBasis history { version } } }
            """);

        Assert.Equal(1, asOf.GetProperty("zone").GetProperty("version").GetInt32());
        Assert.True(asOf.GetProperty("now").GetProperty("areaHa").GetDouble() > asOf.GetProperty("zone").GetProperty("areaHa").GetDouble());
        var zone = reverted.GetProperty("revertZone");
        Assert.Equal(3, zone.GetProperty("version").GetInt32());
        Assert.Equal(asOf.GetProperty("zone").GetProperty("areaHa").GetDouble(), zone.GetProperty("areaHa").GetDouble(), 3);
        Assert.Equal([2, 1], zone.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Zone_attributes_change_only_where_given()
    {
        var code = await NewZoneAsync("T-ATTR");

        var data = await host.As("planner").DataAsync($$"""
            mutation { updateZone(input: {code: "{{code}}", expectedVersion: 1, legalBasis: "47/QĐ-BQL", name: "Khu đổi tên"}) { name kind version } }
            """);

        Assert.Equal("Khu đổi tên", data.GetProperty("updateZone").GetProperty("name").GetString());
        Assert.Equal("INDUSTRIAL_PARK", data.GetProperty("updateZone").GetProperty("kind").GetString());
    }

    // The three reverts (dossier, zone, plot) share Mutation.RevertAsync; the zone's NOT_FOUND had lost the
    // code and version from its details, which the dossier's and the plot's carried.
    [Fact]
    public async Task Reverting_a_zone_makes_an_earlier_version_current_again_and_a_version_it_never_had_is_named()
    {
        var code = await NewZoneAsync("T-REVERT");
        await host.As("planner").DataAsync($$"""
            mutation { updateZone(input: {code: "{{code}}", expectedVersion: 1, legalBasis: "47/QĐ-BQL", name: "Tên nhầm", kind: BONDED_ZONE}) { version } }
            """);
        const string revert = """
            mutation($input: RevertInput!) { revertZone(input: $input) { name kind version legalBasis history { version } } }
            """;

        var zone = (await host.As("planner").DataAsync(revert,
            new { input = new { code, toVersion = 1, expectedVersion = 2, legalBasis = "48/QĐ-BQL hủy 47/QĐ-BQL" } })).GetProperty("revertZone");

        Assert.Equal($"Khu thử {code}", zone.GetProperty("name").GetString());
        Assert.Equal("INDUSTRIAL_PARK", zone.GetProperty("kind").GetString());
        Assert.Equal(3, zone.GetProperty("version").GetInt32());
        Assert.Equal("48/QĐ-BQL hủy 47/QĐ-BQL", zone.GetProperty("legalBasis").GetString());
        Assert.Equal([2, 1], zone.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("version").GetInt32()));

        var error = await host.As("planner").RejectedAsync("NOT_FOUND", revert,
            new { input = new { code, toVersion = 9, expectedVersion = 3, legalBasis = "49/QĐ-BQL" } });
        var details = error.GetProperty("extensions").GetProperty("details");
        Assert.Equal(code, details.GetProperty("code").GetString());
        Assert.Equal(9, details.GetProperty("toVersion").GetInt32());
        Assert.Contains("Khu chức năng T-REVERT không có phiên bản 9", error.GetProperty("message").GetString());
        await host.As("planner").RejectedAsync("CONFLICT", revert,
            new { input = new { code, toVersion = 1, expectedVersion = 2, legalBasis = "49/QĐ-BQL" } });
        Assert.Equal((3, 2L), await StateAsync(code));
    }
}
