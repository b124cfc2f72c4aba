using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Statistics over HTTP: every figure of a zone and of the whole economic zone against direct SQL on
/// the fixture database; statistics of all zones in a constant number of SQL statements; public.
/// </summary>
public sealed class StatisticsTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Figures = """
        areaM2 areaHa plots plotsForInvestment plotsAvailable plotsAllocated occupancyRate
        areaByLandUse { landUse { code } plots areaM2 areaHa }
        clearance { parcels parcelsHandedOver areaM2 areaHandedOverM2 rate }
        conversions { status count areaHa }
        """;

    // Availability as the API defines it (PlotAvailability), for the plots of alias p.
    private const string Availability = """
        case when not p.for_investment then 'NOT_FOR_INVESTMENT'
             when exists (select 1 from allocations a where a.plot_id = p.id and a.status = 'active') then 'ALLOCATED'
             when exists (select 1 from allocations a where a.plot_id = p.id and a.status = 'pending') then 'RESERVED'
             else 'AVAILABLE' end
        """;

    [Fact]
    public async Task Statistics_of_Dong_Banh_match_the_database()
    {
        var statistics = (await host.Anonymous.DataAsync($$"""{ zone(code: "KCN-DONG-BANH") { statistics { zone { code } {{Figures}} } } }"""))
            .GetProperty("zone").GetProperty("statistics");

        Assert.Equal("KCN-DONG-BANH", statistics.GetProperty("zone").GetProperty("code").GetString());
        await AssertFiguresAsync(statistics, "(select id from zones where code = 'KCN-DONG-BANH')",
            await ScalarAsync<double>("select area_m2 from zones where code = 'KCN-DONG-BANH'"));
        Assert.True(statistics.GetProperty("plotsAllocated").GetInt32() > 0);
        Assert.InRange(statistics.GetProperty("areaHa").GetDouble(), 150, 175); // ≈ 162 ha (domain.md)
    }

    [Fact]
    public async Task Statistics_of_the_whole_economic_zone_match_the_database()
    {
        var statistics = (await host.As("investor").DataAsync($$"""{ statistics { zone { code } {{Figures}} } }""")).GetProperty("statistics");

        Assert.Equal(JsonValueKind.Null, statistics.GetProperty("zone").ValueKind);
        await AssertFiguresAsync(statistics, null, await ScalarAsync<double>("select sum(area_m2) from zones"));
    }

    [Fact]
    public async Task Statistics_of_the_whole_economic_zone_match_the_database_for_a_planner_too()
    {
        var statistics = (await host.As("planner").DataAsync($$"""{ statistics { zone { code } {{Figures}} } }""")).GetProperty("statistics");

        await AssertFiguresAsync(statistics, null, await ScalarAsync<double>("select sum(area_m2) from zones"), staff: true);
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("investor")]
    [InlineData("admin")]
    [InlineData("inspector")]
    public async Task Statistics_count_the_conversions_that_the_conversions_list_shows_the_caller(string role)
    {
        var client = role == "anonymous" ? host.Anonymous : host.As(role);
        var data = await client.DataAsync("""
            { conversions(first: 1) { totalCount }
              statistics { conversions { status count } }
              zones(first: 100) { nodes { statistics { conversions { status count } } } } }
            """);

        var listed = data.GetProperty("conversions").GetProperty("totalCount").GetInt32();
        var counted = data.GetProperty("statistics").GetProperty("conversions").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32());
        Assert.Equal(listed, counted);
        Assert.True(await ScalarAsync<long>("select count(*) from conversions where status in ('requested', 'rejected')") > 0);
        var perZone = data.GetProperty("zones").GetProperty("nodes").EnumerateArray()
            .SelectMany(z => z.GetProperty("statistics").GetProperty("conversions").EnumerateArray()).ToList();
        Assert.Equal(await ScalarAsync<long>(role == "inspector"
                ? "select count(*) from conversions where zone_id is not null"
                : "select count(*) from conversions where zone_id is not null and status in ('approved', 'completed')"),
            perZone.Sum(c => c.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Every_zone_has_its_statistics_and_they_add_up_to_the_whole()
    {
        var zones = (await host.Anonymous.DataAsync("{ zones(first: 100) { nodes { code statistics { plots plotsAllocated areaM2 } } } }"))
            .GetProperty("zones").GetProperty("nodes").EnumerateArray().ToList();
        var whole = (await host.Anonymous.DataAsync("{ statistics { plots plotsAllocated areaM2 } }")).GetProperty("statistics");

        Assert.Equal(await ScalarAsync<long>("select count(*) from zones"), zones.Count);
        Assert.Equal(whole.GetProperty("plots").GetInt32(), zones.Sum(z => z.GetProperty("statistics").GetProperty("plots").GetInt32()));
        Assert.Equal(whole.GetProperty("plotsAllocated").GetInt32(), zones.Sum(z => z.GetProperty("statistics").GetProperty("plotsAllocated").GetInt32()));
        Assert.Equal(whole.GetProperty("areaM2").GetDouble(), zones.Sum(z => z.GetProperty("statistics").GetProperty("areaM2").GetDouble()), 1e-3);
    }

    [Fact]
    public async Task Statistics_of_all_zones_take_as_many_statements_as_those_of_one_zone()
    {
        var query = $$"""query($n: Int) { zones(first: $n) { nodes { code statistics { {{Figures}} } } } }""";
        var one = await StatementsAsync(() => host.Anonymous.DataAsync(query, new { n = 1 }));
        var all = await StatementsAsync(() => host.Anonymous.DataAsync(query, new { n = 100 }));

        // The zones page, the four aggregates (one batch, one round trip) and the land-use codes.
        Assert.Equal(one, all);
        Assert.InRange(all, 1, 6);
    }

    private async Task AssertFiguresAsync(JsonElement s, string? zoneId, double areaM2, bool staff = false)
    {
        string In(string column) => zoneId is null ? "true" : $"{column} = {zoneId}";
        Assert.Equal(areaM2, s.GetProperty("areaM2").GetDouble(), 1e-3);
        Assert.Equal(areaM2 / 10_000, s.GetProperty("areaHa").GetDouble(), 1e-6);

        var plots = $"from plots p where p.lifecycle = 'current' and {In("p.zone_id")}";
        Assert.Equal(await ScalarAsync<long>($"select count(*) {plots}"), s.GetProperty("plots").GetInt32());
        Assert.Equal(await ScalarAsync<long>($"select count(*) {plots} and p.for_investment"), s.GetProperty("plotsForInvestment").GetInt32());
        Assert.Equal(await ScalarAsync<long>($"select count(*) {plots} and ({Availability}) = 'AVAILABLE'"), s.GetProperty("plotsAvailable").GetInt32());
        Assert.Equal(await ScalarAsync<long>($"select count(*) {plots} and ({Availability}) = 'ALLOCATED'"), s.GetProperty("plotsAllocated").GetInt32());
        var occupancy = await ScalarAsync<double>(
            $"select coalesce(sum(p.area_m2) filter (where ({Availability}) = 'ALLOCATED') / nullif(sum(p.area_m2), 0), 0) {plots} and p.for_investment");
        Assert.Equal(occupancy, s.GetProperty("occupancyRate").GetDouble(), 1e-9);
        Assert.InRange(occupancy, 0.01, 0.99);

        var landUse = s.GetProperty("areaByLandUse").EnumerateArray().ToList();
        var expectedLandUse = await RowsAsync($"select p.land_use_code, count(*), sum(p.area_m2) {plots} group by 1 order by 3 desc, 1");
        Assert.Equal(expectedLandUse.Select(r => r.Code), landUse.Select(l => l.GetProperty("landUse").GetProperty("code").GetString()));
        Assert.Equal(expectedLandUse.Select(r => r.Count), landUse.Select(l => (long)l.GetProperty("plots").GetInt32()));
        for (var i = 0; i < landUse.Count; i++)
            Assert.Equal(expectedLandUse[i].Area, landUse[i].GetProperty("areaM2").GetDouble(), 1e-3);

        // Handed over: step 10 recorded for the parcel or for its whole project.
        var parcels = $"""
            from clearance_parcels cp join clearance_projects pr on pr.id = cp.project_id
            where {In("pr.zone_id")}
            """;
        var handedOver = """
            exists (select 1 from clearance_step_records r where r.project_id = pr.id and r.step_no = 10
                    and (r.parcel_id is null or r.parcel_id = cp.id))
            """;
        var clearance = s.GetProperty("clearance");
        Assert.Equal(await ScalarAsync<long>($"select count(*) {parcels}"), clearance.GetProperty("parcels").GetInt32());
        Assert.Equal(await ScalarAsync<long>($"select count(*) {parcels} and {handedOver}"), clearance.GetProperty("parcelsHandedOver").GetInt32());
        var (area, handedArea) = (await ScalarAsync<double>($"select coalesce(sum(cp.area_m2), 0) {parcels}"),
                                  await ScalarAsync<double>($"select coalesce(sum(cp.area_m2), 0) {parcels} and {handedOver}"));
        Assert.Equal(area, clearance.GetProperty("areaM2").GetDouble(), 1e-3);
        Assert.Equal(handedArea, clearance.GetProperty("areaHandedOverM2").GetDouble(), 1e-3);
        Assert.Equal(area > 0 ? handedArea / area : 0, clearance.GetProperty("rate").GetDouble(), 1e-9);

        var conversions = s.GetProperty("conversions").EnumerateArray().ToDictionary(c => c.GetProperty("status").GetString()!);
        Assert.Equal(staff ? ["REQUESTED", "APPROVED", "REJECTED", "COMPLETED"] : ["APPROVED", "COMPLETED"], conversions.Keys);
        foreach (var (status, c) in conversions)
        {
            var where = $"from conversions c where {In("c.zone_id")} and c.status = '{status.ToLowerInvariant()}'";
            Assert.Equal(await ScalarAsync<long>($"select count(*) {where}"), c.GetProperty("count").GetInt32());
            Assert.Equal(await ScalarAsync<double>($"select coalesce(sum(c.area_m2), 0) / 10000 {where}"), c.GetProperty("areaHa").GetDouble(), 1e-6);
        }
    }

    /// <summary>
    /// Top-level SQL statements the fixture's database ran during the request (pg_stat_statements),
    /// without Npgsql's DISCARD ALL when a pooled connection is reused.
    /// </summary>
    private async Task<long> StatementsAsync(Func<Task> request)
    {
        const string Count = """
            select coalesce(sum(calls), 0)::bigint from pg_stat_statements
            where dbid = (select oid from pg_database where datname = current_database()) and toplevel and query <> 'DISCARD ALL'
            """;
        // The launcher's clusters preload pg_stat_statements; a template made by hand may lack the extension.
        await using (var create = host.Database.CreateCommand("create extension if not exists pg_stat_statements"))
            await create.ExecuteNonQueryAsync();
        var before = await ScalarAsync<long>(Count);
        await request();
        // The count query itself runs once between the two readings.
        return await ScalarAsync<long>(Count) - before - 1;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<(string Code, long Count, double Area)>> RowsAsync(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<(string, long, double)>();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2)));
        return rows;
    }
}
