using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Plots over HTTP: lists, filters, availability, asOf and history, and the edits (create, update,
/// split, merge, revert) with their rejections. Each editing test works on its own plots of the sample.
/// </summary>
public sealed class PlotTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string PlotFields = """
        code version forInvestment availability available areaM2 areaHa perimeterM legalBasis changedBy
        zone { code } landUse { code } indicators { maxBuildingDensity maxFloors far }
        """;

    [Fact]
    public async Task Plots_are_found_by_code_fragments_ignoring_case()
    {
        var data = await host.Anonymous.DataAsync("""{ plots(first: 500, filter: { text: "db-f-0" }) { totalCount nodes { code } } }""");

        var codes = Codes(data.GetProperty("plots")).ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, data.GetProperty("plots").GetProperty("totalCount").GetInt32());
        Assert.Equal(await ScalarAsync<long>("select count(*) from plots where code like 'DB-F-0%' and lifecycle = 'current'"), codes.Count);
        Assert.All(codes, c => Assert.StartsWith("DB-F-0", c));
    }

    [Fact]
    public async Task Plots_are_filtered_by_zone_land_use_area_and_availability()
    {
        var data = await host.Anonymous.DataAsync("""
            { plots(first: 500, filter: { zoneCode: "KCN-DONG-BANH", landUseCode: ["SKK"], minAreaM2: 13000, maxAreaM2: 15000,
                                          availability: [AVAILABLE] }) {
                totalCount nodes { code zone { code } landUse { code } areaM2 availability available } } }
            """);

        var nodes = data.GetProperty("plots").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.Equal(nodes.Count, data.GetProperty("plots").GetProperty("totalCount").GetInt32());
        Assert.All(nodes, n =>
        {
            Assert.Equal("KCN-DONG-BANH", n.GetProperty("zone").GetProperty("code").GetString());
            Assert.Equal("SKK", n.GetProperty("landUse").GetProperty("code").GetString());
            Assert.InRange(n.GetProperty("areaM2").GetDouble(), 13000, 15000);
            Assert.Equal("AVAILABLE", n.GetProperty("availability").GetString());
            Assert.True(n.GetProperty("available").GetBoolean());
        });
        Assert.Contains("DB-C-01", nodes.Select(n => n.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Plots_are_found_by_a_point_they_contain()
    {
        var point = await ScalarAsync<double[]>("select array[ST_X(c), ST_Y(c)] from plots, ST_PointOnSurface(boundary) c where code = 'DB-B-02'");

        var data = await host.Anonymous.DataAsync("""
            query($lon: Float!, $lat: Float!) { plots(filter: { spatial: { containsPoint: { lon: $lon, lat: $lat } } }) { nodes { code } } }
            """, new { lon = point[0], lat = point[1] });

        Assert.Equal(["DB-B-02"], Codes(data.GetProperty("plots")));
    }

    [Fact]
    public async Task A_plot_carries_its_zone_land_use_indicators_dossier_and_measures_in_metres()
    {
        var data = await host.Anonymous.DataAsync($$"""
            { plot(code: "DB-B-02") { id {{PlotFields}} dossier { code } landUse { nameVi group }
                                      geometry vn2000: geometry(srid: 9215) history { version } } }
            """);

        var plot = data.GetProperty("plot");
        var expected = await ScalarAsync<double>("select area_m2 from plots where code = 'DB-B-02'");
        Assert.Equal("KCN-DONG-BANH", plot.GetProperty("zone").GetProperty("code").GetString());
        Assert.Equal("SKK", plot.GetProperty("landUse").GetProperty("code").GetString());
        Assert.Equal("NON_AGRICULTURAL", plot.GetProperty("landUse").GetProperty("group").GetString());
        Assert.Equal("QHCT-DB-01", plot.GetProperty("dossier").GetProperty("code").GetString());
        Assert.Equal(expected, plot.GetProperty("areaM2").GetDouble(), 3);
        Assert.Equal(expected / 10_000, plot.GetProperty("areaHa").GetDouble(), 6);
        Assert.InRange(plot.GetProperty("perimeterM").GetDouble(), 400, 600);
        Assert.Equal("Polygon", plot.GetProperty("geometry").GetProperty("type").GetString());
        var east = plot.GetProperty("vn2000").GetProperty("coordinates")[0][0][0].GetDouble();
        Assert.InRange(east, 300_000, 500_000);
        Assert.Equal(1, plot.GetProperty("version").GetInt32());
        Assert.Empty(plot.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task Availability_follows_the_plan_and_the_allocations()
    {
        var data = await host.Anonymous.DataAsync("""
            { road: plot(code: "DB-GT") { availability available }
              allocated: plot(code: "DB-B-01") { availability available currentAllocation { status investor { name } } }
              reserved: plot(code: "DB-E-01") { availability currentAllocation { status } }
              free: plot(code: "DB-C-01") { availability available currentAllocation { code } allocations { code } } }
            """);

        Assert.Equal("NOT_FOR_INVESTMENT", data.GetProperty("road").GetProperty("availability").GetString());
        Assert.False(data.GetProperty("road").GetProperty("available").GetBoolean());
        Assert.Equal("ALLOCATED", data.GetProperty("allocated").GetProperty("availability").GetString());
        Assert.Equal("ACTIVE", data.GetProperty("allocated").GetProperty("currentAllocation").GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("allocated").GetProperty("currentAllocation").GetProperty("investor").GetProperty("name").GetString()));
        Assert.Equal("RESERVED", data.GetProperty("reserved").GetProperty("availability").GetString());
        Assert.Equal("PENDING", data.GetProperty("reserved").GetProperty("currentAllocation").GetProperty("status").GetString());
        Assert.Equal("AVAILABLE", data.GetProperty("free").GetProperty("availability").GetString());
        Assert.True(data.GetProperty("free").GetProperty("available").GetBoolean());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("free").GetProperty("currentAllocation").ValueKind);
        Assert.Empty(data.GetProperty("free").GetProperty("allocations").EnumerateArray());
    }

    [Fact]
    public async Task A_zone_pages_through_its_plots()
    {
        var data = await host.Anonymous.DataAsync("""
            { zone(code: "CK-CHI-MA") { plots(first: 10) { totalCount nodes { code zone { code } } pageInfo { hasNextPage endCursor } } } }
            """);
        var first = data.GetProperty("zone").GetProperty("plots");
        var next = await host.Anonymous.DataAsync("""
            query($after: String) { zone(code: "CK-CHI-MA") { plots(first: 10, after: $after) { nodes { code } pageInfo { hasNextPage } } } }
            """, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        var expected = await ScalarAsync<long>("select count(*) from plots p join zones z on z.id = p.zone_id where z.code = 'CK-CHI-MA'");
        Assert.Equal(expected, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.All(first.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("CK-CHI-MA", n.GetProperty("zone").GetProperty("code").GetString()));
        var all = Codes(first).Concat(Codes(next.GetProperty("zone").GetProperty("plots"))).ToList();
        Assert.Equal(expected, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task A_planner_creates_a_plot_in_free_land_of_a_zone()
    {
        await EmptyZoneAsync("TEST-NEW", 106.90, 21.90);

        var data = await host.As("planner").DataAsync($$"""
            mutation($g: GeoJSON!) { createPlot(input: { code: "NEW-01", zoneCode: "TEST-NEW", landUseCode: "tmd",
                indicators: { maxBuildingDensity: 60, maxFloors: 5, far: 3 }, dossierCode: "QHCT-DB-01",
                geometry: $g, legalBasis: "QĐ thử 01/QĐ-BQLKKT" }) { {{PlotFields}} dossier { code } } }
            """, new { g = Square(106.90, 21.90) });

        var plot = data.GetProperty("createPlot");
        Assert.Equal(1, plot.GetProperty("version").GetInt32());
        Assert.Equal("TMD", plot.GetProperty("landUse").GetProperty("code").GetString());
        Assert.Equal(60, plot.GetProperty("indicators").GetProperty("maxBuildingDensity").GetDouble());
        Assert.Equal(5, plot.GetProperty("indicators").GetProperty("maxFloors").GetInt32());
        Assert.Equal("AVAILABLE", plot.GetProperty("availability").GetString());
        Assert.Equal("QĐ thử 01/QĐ-BQLKKT", plot.GetProperty("legalBasis").GetString());
        Assert.Equal("planner.test", plot.GetProperty("changedBy").GetString());
        Assert.Equal("TEST-NEW", plot.GetProperty("zone").GetProperty("code").GetString());
        Assert.Equal("QHCT-DB-01", plot.GetProperty("dossier").GetProperty("code").GetString());
        Assert.InRange(plot.GetProperty("areaM2").GetDouble(), 10_000, 13_000);
    }

    [Fact]
    public async Task A_plot_drawn_in_VN2000_is_stored_in_WGS84_and_read_back_in_either()
    {
        await EmptyZoneAsync("TEST-VN2000", 106.92, 21.92);
        var square = await ScalarAsync<string>("select ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(106.9195, 21.9195, 106.9205, 21.9205, 4326), 9215), 3)");

        var data = await host.As("planner").DataAsync("""
            mutation($g: GeoJSON!) { createPlot(input: { code: "VN-01", zoneCode: "TEST-VN2000", landUseCode: "SKK", geometry: $g, srid: 9215,
                legalBasis: "thử" }) { areaM2 geometry vn2000: geometry(srid: 9215) } }
            """, new { g = JsonDocument.Parse(square).RootElement });

        var plot = data.GetProperty("createPlot");
        var lonLat = plot.GetProperty("geometry").GetProperty("coordinates")[0][0];
        Assert.Equal(106.9195, lonLat[0].GetDouble(), 5);
        Assert.Equal(21.9195, lonLat[1].GetDouble(), 5);
        var sent = JsonDocument.Parse(square).RootElement.GetProperty("coordinates")[0][0];
        var back = plot.GetProperty("vn2000").GetProperty("coordinates")[0][0];
        Assert.Equal(sent[0].GetDouble(), back[0].GetDouble(), 1);
        Assert.Equal(sent[1].GetDouble(), back[1].GetDouble(), 1);
    }

    [Fact]
    public async Task Creating_a_plot_is_refused_for_bad_geometry_topology_unknown_references_and_non_planners()
    {
        await EmptyZoneAsync("TEST-BAD", 106.95, 21.95);
        var before = await CountAsync("plots");
        var overlapping = await ScalarAsync<string>("select ST_AsGeoJSON(ST_Buffer(ST_PointOnSurface(boundary), 0.0002)) from plots where code = 'DB-B-02'");
        var outside = Square(106.955, 21.95, half: 0.001);
        var free = Square(106.95, 21.95);
        var bowtie = new { type = "Polygon", coordinates = new[] { new[] { new[] { 106.60, 21.70 }, new[] { 106.61, 21.71 }, new[] { 106.61, 21.70 }, new[] { 106.60, 21.71 }, new[] { 106.60, 21.70 } } } };
        var hanoi = new { type = "Polygon", coordinates = new[] { new[] { new[] { 105.80, 21.00 }, new[] { 105.81, 21.00 }, new[] { 105.81, 21.01 }, new[] { 105.80, 21.00 } } } };
        const string create = """
            mutation($g: GeoJSON!, $zone: String!) { createPlot(input: { code: "BAD-01", zoneCode: $zone, landUseCode: "SKK",
                geometry: $g, legalBasis: "thử" }) { code } }
            """;

        var topology = await host.As("planner").RejectedAsync("TOPOLOGY", create,
            new { g = JsonDocument.Parse(overlapping).RootElement, zone = "KCN-DONG-BANH" });
        Assert.Equal(2, topology.GetProperty("extensions").GetProperty("details").GetProperty("location").GetArrayLength());
        var outsideZone = await host.As("planner").RejectedAsync("TOPOLOGY", create, new { g = outside, zone = "TEST-BAD" });
        Assert.Equal(2, outsideZone.GetProperty("extensions").GetProperty("details").GetProperty("location").GetArrayLength());
        var invalid = await host.As("planner").RejectedAsync("INVALID_GEOMETRY", create, new { g = bowtie, zone = "KCN-DONG-BANH" });
        Assert.Equal(2, invalid.GetProperty("extensions").GetProperty("details").GetProperty("location").GetArrayLength());
        await host.As("planner").RejectedAsync("OUT_OF_AREA", create, new { g = hanoi, zone = "KCN-DONG-BANH" });
        await host.As("planner").RejectedAsync("NOT_FOUND", create, new { g = free, zone = "NO-SUCH-ZONE" });
        await host.As("planner").RejectedAsync("NOT_FOUND", """
            mutation($g: GeoJSON!) { createPlot(input: { code: "BAD-02", zoneCode: "TEST-BAD", landUseCode: "XYZ", geometry: $g, legalBasis: "thử" }) { code } }
            """, new { g = free });
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", """
            mutation($g: GeoJSON!) { createPlot(input: { code: "DB-B-02", zoneCode: "TEST-BAD", landUseCode: "SKK", geometry: $g, legalBasis: "thử" }) { code } }
            """, new { g = free });
        await host.As("investor").RejectedAsync("FORBIDDEN", create, new { g = free, zone = "TEST-BAD" });
        await host.As("inspector").RejectedAsync("FORBIDDEN", create, new { g = free, zone = "TEST-BAD" });
        await host.Anonymous.RejectedAsync("UNAUTHENTICATED", create, new { g = free, zone = "TEST-BAD" });

        Assert.Equal(before, await CountAsync("plots"));
    }

    [Fact]
    public async Task A_planner_updates_a_plot_keeping_history_and_asOf_shows_the_plan_as_it_stood()
    {
        var before = DateTimeOffset.UtcNow;
        await Task.Delay(20);

        var data = await host.As("planner").DataAsync($$"""
            mutation { updatePlot(input: { code: "DB-C-07", expectedVersion: 1, legalBasis: "QĐ 12/QĐ-BQLKKT", landUseCode: "SKC",
                indicators: { maxFloors: 9 } }) { {{PlotFields}} history { version landUse { code } validTo legalBasis } } }
            """);

        var plot = data.GetProperty("updatePlot");
        Assert.Equal(2, plot.GetProperty("version").GetInt32());
        Assert.Equal("SKC", plot.GetProperty("landUse").GetProperty("code").GetString());
        Assert.Equal(9, plot.GetProperty("indicators").GetProperty("maxFloors").GetInt32());
        Assert.Equal("QĐ 12/QĐ-BQLKKT", plot.GetProperty("legalBasis").GetString());
        var history = plot.GetProperty("history").EnumerateArray().Single();
        Assert.Equal(1, history.GetProperty("version").GetInt32());
        Assert.Equal("SKK", history.GetProperty("landUse").GetProperty("code").GetString());
        Assert.NotEqual(JsonValueKind.Null, history.GetProperty("validTo").ValueKind);

        var then = await host.Anonymous.DataAsync("""
            query($at: DateTime) { plot(code: "DB-C-07", asOf: $at) { version landUse { code } validTo }
                                   plots(asOf: $at, filter: { text: "DB-C-07" }) { nodes { version } } }
            """, new { at = before.ToString("O") });
        Assert.Equal(1, then.GetProperty("plot").GetProperty("version").GetInt32());
        Assert.Equal("SKK", then.GetProperty("plot").GetProperty("landUse").GetProperty("code").GetString());
        Assert.Equal(1, then.GetProperty("plots").GetProperty("nodes")[0].GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Setback_and_height_are_indicators_with_history_and_revert()
    {
        const string Fields = "version indicators { minSetbackM maxHeightM } history { version indicators { minSetbackM maxHeightM } }";
        var planner = host.As("planner");
        var first = (await planner.DataAsync($$"""{ plot(code: "DB-J-05") { {{Fields}} } }""")).GetProperty("plot");
        // factories in the sample: 6 m back from the road boundary, 6 m a floor
        Assert.Equal(6, first.GetProperty("indicators").GetProperty("minSetbackM").GetDouble());
        var height = first.GetProperty("indicators").GetProperty("maxHeightM").GetDouble();

        var updated = (await planner.DataAsync($$"""
            mutation { updatePlot(input: { code: "DB-J-05", expectedVersion: 1, legalBasis: "QĐ 30/QĐ-BQLKKT",
                indicators: { minSetbackM: 10, maxHeightM: 24.5 } }) { {{Fields}} } }
            """)).GetProperty("updatePlot");
        Assert.Equal(10, updated.GetProperty("indicators").GetProperty("minSetbackM").GetDouble());
        Assert.Equal(24.5, updated.GetProperty("indicators").GetProperty("maxHeightM").GetDouble());
        var old = updated.GetProperty("history").EnumerateArray().Single().GetProperty("indicators");
        Assert.Equal(6, old.GetProperty("minSetbackM").GetDouble());
        Assert.Equal(height, old.GetProperty("maxHeightM").GetDouble());

        var reverted = (await planner.DataAsync($$"""
            mutation { revertPlot(input: { code: "DB-J-05", toVersion: 1, expectedVersion: 2, legalBasis: "QĐ 31" }) { {{Fields}} } }
            """)).GetProperty("revertPlot");
        Assert.Equal(3, reverted.GetProperty("version").GetInt32());
        Assert.Equal(6, reverted.GetProperty("indicators").GetProperty("minSetbackM").GetDouble());
        Assert.Equal(height, reverted.GetProperty("indicators").GetProperty("maxHeightM").GetDouble());

        await planner.RejectedAsync("BAD_USER_INPUT", """
            mutation { updatePlot(input: { code: "DB-J-05", expectedVersion: 3, legalBasis: "x", indicators: { maxHeightM: -2 } }) { version } }
            """);
        Assert.Equal(3, await ScalarAsync<int>("select version from plots where code = 'DB-J-05'"));
    }

    [Fact]
    public async Task A_free_plot_is_retired_on_a_decision_as_a_new_version_and_a_held_one_is_not()
    {
        const string Retire = """
            mutation($code: String!, $v: Int!, $basis: String!) {
              retirePlot(input: { code: $code, expectedVersion: $v, legalBasis: $basis }) { code version availability legalBasis history { version } }
            }
            """;
        var planner = host.As("planner");
        await host.As("inspector").RejectedAsync("FORBIDDEN", Retire, new { code = "DB-H-08", v = 1, basis = "QĐ 40" });
        var missing = await planner.RejectedAsync("BAD_USER_INPUT", Retire, new { code = "DB-H-08", v = 1, basis = " " });
        Assert.Equal("legalBasis", missing.GetProperty("extensions").GetProperty("details").GetProperty("field").GetString());

        var retired = (await planner.DataAsync(Retire, new { code = "DB-H-08", v = 1, basis = "QĐ 40/QĐ-BQLKKT" })).GetProperty("retirePlot");
        Assert.Equal(2, retired.GetProperty("version").GetInt32());
        Assert.Equal("RETIRED", retired.GetProperty("availability").GetString());
        Assert.Equal("QĐ 40/QĐ-BQLKKT", retired.GetProperty("legalBasis").GetString());
        Assert.Equal(1, retired.GetProperty("history").GetArrayLength());
        await planner.RejectedAsync("INVALID_TRANSITION", Retire, new { code = "DB-H-08", v = 2, basis = "QĐ 41" });

        // a plot a pending allocation holds stays
        await planner.RejectedAsync("INVALID_TRANSITION", Retire, new { code = "DB-E-01", v = 1, basis = "QĐ 42" });
        Assert.Equal("current", await ScalarAsync<string>("select lifecycle from plots where code = 'DB-E-01'"));
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_and_changes_nothing()
    {
        await host.As("planner").DataAsync("""
            mutation { updatePlot(input: { code: "DB-D-08", expectedVersion: 1, legalBasis: "thử", forInvestment: true,
                indicators: { far: 2.5 } }) { version } }
            """);

        var error = await host.As("planner").RejectedAsync("CONFLICT", """
            mutation { updatePlot(input: { code: "DB-D-08", expectedVersion: 1, legalBasis: "thử", landUseCode: "TMD" }) { version } }
            """);

        Assert.Equal(2, error.GetProperty("extensions").GetProperty("details").GetProperty("currentVersion").GetInt32());
        Assert.Equal("SKK", await ScalarAsync<string>("select land_use_code from plots where code = 'DB-D-08'"));
        Assert.Equal(2, await ScalarAsync<int>("select version from plots where code = 'DB-D-08'"));
    }

    [Fact]
    public async Task Of_two_editors_saving_the_same_version_at_once_one_wins_and_the_other_gets_a_conflict()
    {
        const string edit = """
            mutation($landUse: String!) { updatePlot(input: { code: "DB-E-07", expectedVersion: 1, legalBasis: "thử", landUseCode: $landUse }) { version } }
            """;

        var responses = await Task.WhenAll(
            host.As("planner").PostAsync(edit, new { landUse = "TMD" }),
            host.As("planner").PostAsync(edit, new { landUse = "SKC" }));

        var winner = Assert.Single(responses, r => !r.HasErrors);
        var loser = Assert.Single(responses, r => r.HasErrors);
        Assert.Equal("CONFLICT", loser.ErrorCode);
        Assert.Equal(2, winner.Data.GetProperty("updatePlot").GetProperty("version").GetInt32());
        Assert.Equal(2, await ScalarAsync<int>("select version from plots where code = 'DB-E-07'"));
    }

    [Fact]
    public async Task A_boundary_that_overlaps_a_neighbour_is_refused_with_the_place_and_changes_nothing()
    {
        var grown = await ScalarAsync<string>("select ST_AsGeoJSON(ST_Buffer(boundary, 0.0001, 'join=mitre')) from plots where code = 'DB-C-02'");
        var before = await ScalarAsync<string>("select ST_AsText(boundary) from plots where code = 'DB-C-02'");

        var error = await host.As("planner").RejectedAsync("TOPOLOGY", """
            mutation($g: GeoJSON!) { updatePlot(input: { code: "DB-C-02", expectedVersion: 1, legalBasis: "thử", geometry: $g }) { version } }
            """, new { g = JsonDocument.Parse(grown).RootElement });

        var location = error.GetProperty("extensions").GetProperty("details").GetProperty("location");
        Assert.InRange(location[0].GetDouble(), 106.5, 106.7);
        Assert.InRange(location[1].GetDouble(), 21.6, 21.7);
        Assert.Equal(before, await ScalarAsync<string>("select ST_AsText(boundary) from plots where code = 'DB-C-02'"));
        Assert.Equal(1, await ScalarAsync<int>("select version from plots where code = 'DB-C-02'"));
    }

    [Fact]
    public async Task A_planner_reverts_a_plot_to_an_earlier_version_as_a_new_version()
    {
        await host.As("planner").DataAsync("""
            mutation { updatePlot(input: { code: "DB-E-08", expectedVersion: 1, legalBasis: "QĐ 20", landUseCode: "TMD" }) { version } }
            """);

        var data = await host.As("planner").DataAsync("""
            mutation { revertPlot(input: { code: "DB-E-08", toVersion: 1, expectedVersion: 2, legalBasis: "QĐ 21" }) {
                version landUse { code } legalBasis history { version } } }
            """);

        var plot = data.GetProperty("revertPlot");
        Assert.Equal(3, plot.GetProperty("version").GetInt32());
        Assert.Equal("SKK", plot.GetProperty("landUse").GetProperty("code").GetString());
        Assert.Equal("QĐ 21", plot.GetProperty("legalBasis").GetString());
        Assert.Equal([2, 1], plot.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("version").GetInt32()));
        await host.As("planner").RejectedAsync("NOT_FOUND", """
            mutation { revertPlot(input: { code: "DB-E-08", toVersion: 7, expectedVersion: 3, legalBasis: "x" }) { version } }
            """);
        await host.As("planner").RejectedAsync("CONFLICT", """
            mutation { revertPlot(input: { code: "DB-E-08", toVersion: 1, expectedVersion: 1, legalBasis: "x" }) { version } }
            """);
        await host.As("inspector").RejectedAsync("FORBIDDEN", """
            mutation { revertPlot(input: { code: "DB-E-08", toVersion: 1, expectedVersion: 3, legalBasis: "x" }) { version } }
            """);
        Assert.Equal(3, await ScalarAsync<int>("select version from plots where code = 'DB-E-08'"));
    }

    [Fact]
    public async Task Splitting_by_a_north_south_line_gives_pieces_from_west_to_east_and_retires_the_plot()
    {
        var line = await CutAsync("DB-B-04", northSouth: true);
        var area = await ScalarAsync<double>("select area_m2 from plots where code = 'DB-B-04'");
        var beforeSplit = DateTimeOffset.UtcNow;
        await Task.Delay(20);

        var data = await host.As("planner").DataAsync("""
            mutation($line: GeoJSON!) { splitPlot(input: { code: "DB-B-04", expectedVersion: 1, line: $line,
                newCodes: ["DB-B-04A", "DB-B-04B"], legalBasis: "QĐ tách 5/QĐ-BQLKKT" }) {
                code version areaM2 availability zone { code } landUse { code } indicators { maxBuildingDensity }
                parents { code availability } geometry } }
            """, new { line });

        var pieces = data.GetProperty("splitPlot").EnumerateArray().ToList();
        Assert.Equal(["DB-B-04A", "DB-B-04B"], pieces.Select(p => p.GetProperty("code").GetString()));
        Assert.Equal(area, pieces.Sum(p => p.GetProperty("areaM2").GetDouble()), 0);
        Assert.True(WestOf(pieces[0], pieces[1]));
        Assert.All(pieces, p =>
        {
            Assert.Equal(1, p.GetProperty("version").GetInt32());
            Assert.Equal("AVAILABLE", p.GetProperty("availability").GetString());
            Assert.Equal("KCN-DONG-BANH", p.GetProperty("zone").GetProperty("code").GetString());
            Assert.Equal("SKK", p.GetProperty("landUse").GetProperty("code").GetString());
            Assert.Equal("DB-B-04", p.GetProperty("parents")[0].GetProperty("code").GetString());
            Assert.Equal("RETIRED", p.GetProperty("parents")[0].GetProperty("availability").GetString());
        });
        var after = await host.Anonymous.DataAsync("""
            { plot(code: "DB-B-04") { availability version children { code } history { version } }
              current: plots(filter: { text: "DB-B-04" }) { nodes { code } }
              all: plots(filter: { text: "DB-B-04", includeRetired: true }) { nodes { code } } }
            """);
        Assert.Equal("RETIRED", after.GetProperty("plot").GetProperty("availability").GetString());
        Assert.Equal(2, after.GetProperty("plot").GetProperty("version").GetInt32());
        Assert.Equal(["DB-B-04A", "DB-B-04B"], after.GetProperty("plot").GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(["DB-B-04A", "DB-B-04B"], Codes(after.GetProperty("current")).Order());
        Assert.Equal(["DB-B-04", "DB-B-04A", "DB-B-04B"], Codes(after.GetProperty("all")).Order());
        Assert.Equal(2, await ScalarAsync<long>("select count(*) from plot_lineage l join plots p on p.id = l.parent_plot_id where p.code = 'DB-B-04' and l.operation = 'split'"));
        var then = await host.Anonymous.DataAsync("""
            query($at: DateTime) { plots(asOf: $at, filter: { text: "DB-B-04" }) { nodes { code version availability } } }
            """, new { at = beforeSplit.ToString("O") });
        var old = Assert.Single(then.GetProperty("plots").GetProperty("nodes").EnumerateArray());
        Assert.Equal("DB-B-04", old.GetProperty("code").GetString());
        Assert.Equal(1, old.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Splitting_by_an_east_west_line_gives_pieces_from_south_to_north()
    {
        var line = await CutAsync("DB-B-06", northSouth: false);

        var data = await host.As("planner").DataAsync("""
            mutation($line: GeoJSON!) { splitPlot(input: { code: "DB-B-06", expectedVersion: 1, line: $line,
                newCodes: ["DB-B-06S", "DB-B-06N"], legalBasis: "QĐ tách 6" }) { code geometry } }
            """, new { line });

        var pieces = data.GetProperty("splitPlot").EnumerateArray().ToList();
        Assert.True(Centroid(pieces[0]).Lat < Centroid(pieces[1]).Lat);
    }

    [Fact]
    public async Task A_split_is_refused_for_an_allocated_plot_a_line_that_does_not_cut_it_or_the_wrong_number_of_codes()
    {
        var plots = await CountAsync("plots");
        const string split = """
            mutation($code: String!, $line: GeoJSON!, $codes: [String!]!) { splitPlot(input: { code: $code, expectedVersion: 1, line: $line,
                newCodes: $codes, legalBasis: "thử" }) { code } }
            """;
        var allocated = await CutAsync("DB-B-01", northSouth: true);
        var cut = await CutAsync("DB-B-08", northSouth: true);
        var inside = await ScalarAsync<string>(
            "select ST_AsGeoJSON(ST_MakeLine(ST_Centroid(boundary), ST_PointOnSurface(boundary))) from plots where code = 'DB-B-08'");
        var touching = await ScalarAsync<string>("""
            select ST_AsGeoJSON(ST_MakeLine(ST_Translate(ST_StartPoint(r), 0, -0.001), ST_Translate(ST_StartPoint(r), 0.001, -0.001)))
            from plots, ST_ExteriorRing(boundary) r where code = 'DB-B-08'
            """);

        await host.As("planner").RejectedAsync("INVALID_TRANSITION", split, new { code = "DB-B-01", line = allocated, codes = new[] { "X1", "X2" } });
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", split,
            new { code = "DB-B-08", line = JsonDocument.Parse(touching).RootElement, codes = new[] { "X1", "X2" } });
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", split,
            new { code = "DB-B-08", line = JsonDocument.Parse(inside).RootElement, codes = new[] { "X1", "X2" } });
        var count = await host.As("planner").RejectedAsync("BAD_USER_INPUT", split, new { code = "DB-B-08", line = cut, codes = new[] { "X1", "X2", "X3" } });
        Assert.Equal(2, count.GetProperty("extensions").GetProperty("details").GetProperty("pieces").GetInt32());
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", split, new { code = "DB-B-08", line = cut, codes = new[] { "X1", "X1" } });
        await host.As("planner").RejectedAsync("CONFLICT", split.Replace("expectedVersion: 1", "expectedVersion: 4"),
            new { code = "DB-B-08", line = cut, codes = new[] { "X1", "X2" } });
        await host.As("investor").RejectedAsync("FORBIDDEN", split, new { code = "DB-B-08", line = cut, codes = new[] { "X1", "X2" } });

        Assert.Equal(plots, await CountAsync("plots"));
        Assert.Equal("current", await ScalarAsync<string>("select lifecycle from plots where code = 'DB-B-08'"));
        Assert.Equal(1, await ScalarAsync<int>("select version from plots where code = 'DB-B-08'"));
    }

    [Fact]
    public async Task Merging_adjacent_plots_makes_one_plot_and_retires_them()
    {
        var area = await ScalarAsync<double>("select sum(area_m2) from plots where code in ('DB-C-05', 'DB-C-06')");

        var data = await host.As("planner").DataAsync("""
            mutation { mergePlots(input: { codes: ["DB-C-05", "DB-C-06"], newCode: "DB-C-56", legalBasis: "QĐ hợp 7/QĐ-BQLKKT" }) {
                code version areaM2 availability landUse { code } zone { code } legalBasis parents { code availability children { code } } } }
            """);

        var plot = data.GetProperty("mergePlots");
        Assert.Equal("DB-C-56", plot.GetProperty("code").GetString());
        Assert.Equal(area, plot.GetProperty("areaM2").GetDouble(), 0);
        Assert.Equal("SKK", plot.GetProperty("landUse").GetProperty("code").GetString());
        Assert.Equal("AVAILABLE", plot.GetProperty("availability").GetString());
        Assert.Equal("QĐ hợp 7/QĐ-BQLKKT", plot.GetProperty("legalBasis").GetString());
        var parents = plot.GetProperty("parents").EnumerateArray().ToList();
        Assert.Equal(["DB-C-05", "DB-C-06"], parents.Select(p => p.GetProperty("code").GetString()));
        Assert.All(parents, p =>
        {
            Assert.Equal("RETIRED", p.GetProperty("availability").GetString());
            Assert.Equal("DB-C-56", p.GetProperty("children")[0].GetProperty("code").GetString());
        });
        Assert.Equal(2, await ScalarAsync<long>("select count(*) from plot_lineage where operation = 'merge' and child_plot_id = (select id from plots where code = 'DB-C-56')"));
    }

    [Fact]
    public async Task A_merge_is_refused_for_plots_apart_in_other_zones_allocated_or_unknown()
    {
        var plots = await CountAsync("plots");
        const string merge = """
            mutation($codes: [String!]!) { mergePlots(input: { codes: $codes, newCode: "MERGED", legalBasis: "thử" }) { code } }
            """;
        var otherZone = await ScalarAsync<string>("""
            select p.code from plots p join zones z on z.id = p.zone_id
            where z.code = 'KCX-1' and not exists (select 1 from allocations a where a.plot_id = p.id) order by p.code limit 1
            """);

        await host.As("planner").RejectedAsync("TOPOLOGY", merge, new { codes = new[] { "DB-C-01", "DB-C-03" } });
        await host.As("planner").RejectedAsync("TOPOLOGY", merge, new { codes = new[] { "DB-C-01", otherZone } });
        await host.As("planner").RejectedAsync("INVALID_TRANSITION", merge, new { codes = new[] { "DB-C-03", "DB-C-04" } });
        await host.As("planner").RejectedAsync("NOT_FOUND", merge, new { codes = new[] { "DB-C-03", "NO-SUCH-PLOT" } });
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", merge, new { codes = new[] { "DB-C-03" } });
        await host.As("inspector").RejectedAsync("FORBIDDEN", merge, new { codes = new[] { "DB-C-02", "DB-C-03" } });
        await host.Anonymous.RejectedAsync("UNAUTHENTICATED", merge, new { codes = new[] { "DB-C-02", "DB-C-03" } });

        Assert.Equal(plots, await CountAsync("plots"));
        Assert.Equal(0, await ScalarAsync<long>("select count(*) from plots where code in ('DB-C-01', 'DB-C-03', 'DB-C-04') and lifecycle = 'retired'"));
    }

    private static IEnumerable<string> Codes(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!);

    private static (double Lon, double Lat) Centroid(JsonElement plot)
    {
        var ring = plot.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray().Skip(1).ToList();
        return (ring.Average(p => p[0].GetDouble()), ring.Average(p => p[1].GetDouble()));
    }

    private static bool WestOf(JsonElement a, JsonElement b) => Centroid(a).Lon < Centroid(b).Lon;

    // A line through the plot's centroid, north-south or east-west, reaching 50 m beyond it on both sides.
    private async Task<JsonElement> CutAsync(string code, bool northSouth)
    {
        var geojson = await ScalarAsync<string>($"""
            select ST_AsGeoJSON(ST_MakeLine(ST_Translate(c, {(northSouth ? "0, -h" : "-w, 0")}), ST_Translate(c, {(northSouth ? "0, h" : "w, 0")})))
            from plots, ST_Centroid(boundary) c,
                 lateral (select ST_YMax(boundary) - ST_YMin(boundary) + 0.001 as h, ST_XMax(boundary) - ST_XMin(boundary) + 0.001 as w) s
            where code = '{code}'
            """);
        return JsonDocument.Parse(geojson).RootElement.Clone();
    }

    // The sample's zones are covered by plots up to their edges: new plots go into a new, empty zone (about 1 km across).
    private async Task EmptyZoneAsync(string code, double lon, double lat)
    {
        await using var cmd = host.Database.CreateCommand($"""
            insert into zones (code, name, kind, boundary)
            values ('{code}', 'Khu thử {code}', 'industrial_park', ST_Multi(ST_MakeEnvelope({lon} - 0.005, {lat} - 0.005, {lon} + 0.005, {lat} + 0.005, 4326)))
            on conflict (code) do nothing
            """);
        await cmd.ExecuteNonQueryAsync();
    }

    // A square of about 100 m around a point.
    private static object Square(double lon, double lat, double half = 0.0005) => new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { lon - half, lat - half }, new[] { lon + half, lat - half }, new[] { lon + half, lat + half },
                                      new[] { lon - half, lat + half }, new[] { lon - half, lat - half } } },
    };

    private Task<long> CountAsync(string table) => ScalarAsync<long>($"select count(*) from {table}");

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
