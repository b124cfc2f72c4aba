using System.Globalization;
using System.Text.Json;
using Npgsql;
using PlanningGIS.Tests.Shared;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// planningAt over HTTP: what the plan says at a point of Đồng Bành, checked against the database;
/// VN-2000 against PROJ (cs2cs); points outside Lạng Sơn or out of range; who sees unpublished
/// dossiers and the open violations nearby.
/// </summary>
public sealed class PlanningAtTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string At = """
        query($lon: Float!, $lat: Float!) {
          planningAt(lon: $lon, lat: $lat) {
            lon lat vn2000 { easting northing }
            zone { code name }
            plot { code landUse { code nameVi } indicators { maxBuildingDensity maxFloors far } forInvestment availability available zone { code } }
            dossiers { code kind published decision { number date } }
            currentLandUse { landUse { code } areaM2 }
          }
        }
        """;

    private const string Violations = """
        query($lon: Float!, $lat: Float!) {
          planningAt(lon: $lon, lat: $lat) { zone { code } openViolationsNearby { code status } }
        }
        """;

    [Fact]
    public async Task Inside_a_plot_of_Dong_Banh_the_answer_gives_zone_plot_dossiers_and_current_land_use()
    {
        var (code, lon, lat) = await PointInPlotAsync("DB-B-02");

        var at = (await host.As("investor").DataAsync(At, new { lon, lat })).GetProperty("planningAt");

        Assert.Equal("KCN-DONG-BANH", at.GetProperty("zone").GetProperty("code").GetString());
        var plot = at.GetProperty("plot");
        Assert.Equal(code, plot.GetProperty("code").GetString());
        Assert.Equal("KCN-DONG-BANH", plot.GetProperty("zone").GetProperty("code").GetString());
        var (landUse, density, floors, availability) = await ScalarRowAsync<string, double, int, string>($"""
            select p.land_use_code, p.max_building_density::float8, p.max_floors,
                   case when not p.for_investment then 'NOT_FOR_INVESTMENT'
                        when exists (select 1 from allocations a where a.plot_id = p.id and a.status = 'active') then 'ALLOCATED'
                        when exists (select 1 from allocations a where a.plot_id = p.id and a.status = 'pending') then 'RESERVED'
                        else 'AVAILABLE' end
            from plots p where p.code = '{code}'
            """);
        Assert.Equal(landUse, plot.GetProperty("landUse").GetProperty("code").GetString());
        Assert.Equal(density, plot.GetProperty("indicators").GetProperty("maxBuildingDensity").GetDouble());
        Assert.Equal(floors, plot.GetProperty("indicators").GetProperty("maxFloors").GetInt32());
        Assert.Equal(availability, plot.GetProperty("availability").GetString());
        Assert.Equal(availability == "AVAILABLE", plot.GetProperty("available").GetBoolean());

        // Every published dossier covering the point, detailed plans before zoning before general plans, newest first.
        var expected = await ListAsync($"""
            select d.code from dossiers d where d.published and ST_Covers(d.boundary, {Point(lon, lat)})
            order by array_position(array['detailed_plan', 'zoning_plan', 'local_adjustment', 'general_plan', 'planning_task'], d.kind),
                     d.decision_date desc nulls last, d.id desc
            """);
        var dossiers = at.GetProperty("dossiers").EnumerateArray().ToList();
        Assert.True(expected.Count >= 2, "the sample has a detailed and a zoning plan over Đồng Bành");
        Assert.Equal(expected, dossiers.Select(d => d.GetProperty("code").GetString()!).ToList());
        Assert.Equal("DETAILED_PLAN", dossiers[0].GetProperty("kind").GetString());
        Assert.All(dossiers.Where(d => d.GetProperty("decision").ValueKind != JsonValueKind.Null),
            d => Assert.False(string.IsNullOrEmpty(d.GetProperty("decision").GetProperty("number").GetString())));

        var currentUse = await ListAsync($"select land_use_code from land_use_current where ST_Covers(boundary, {Point(lon, lat)}) order by id limit 1");
        Assert.Equal(currentUse.Single(), at.GetProperty("currentLandUse").GetProperty("landUse").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unpublished_dossiers_at_a_point_are_listed_for_staff_only()
    {
        var (lon, lat) = await ScalarRowAsync<double, double>("""
            select ST_X(c), ST_Y(c) from (select ST_PointOnSurface(boundary) c from dossiers where not published order by id limit 1) s
            """);
        var unpublished = await ListAsync($"select code from dossiers where not published and ST_Covers(boundary, {Point(lon, lat)}) order by code");

        var forPlanner = await DossierCodesAsync(host.As("planner"), lon, lat);
        var forInspector = await DossierCodesAsync(host.As("inspector"), lon, lat);
        var forInvestor = await DossierCodesAsync(host.As("investor"), lon, lat);
        var forAnonymous = await DossierCodesAsync(host.Anonymous, lon, lat);

        Assert.NotEmpty(unpublished);
        Assert.All(unpublished, code => Assert.Contains(code, forPlanner));
        Assert.All(unpublished, code => Assert.Contains(code, forInspector));
        Assert.All(unpublished, code => Assert.DoesNotContain(code, forInvestor));
        Assert.Equal(forInvestor, forAnonymous);
        Assert.Equal(forPlanner.Except(unpublished), forInvestor);
    }

    [Fact]
    public async Task Vn2000_coordinates_agree_with_cs2cs_to_a_centimetre()
    {
        (double Lon, double Lat)[] points = [(106.75778, 21.84778), (106.58, 21.67), (106.6980, 21.9508), (106.99, 21.79)];
        var expected = await Cs2cs.TransformAsync(Cs2cs.Wgs84, Cs2cs.Vn2000LangSon, points.Select(p => (p.Lon, p.Lat)), 4);

        for (var i = 0; i < points.Length; i++)
        {
            var vn2000 = (await host.Anonymous.DataAsync("query($lon: Float!, $lat: Float!) { planningAt(lon: $lon, lat: $lat) { vn2000 { easting northing } } }",
                new { lon = points[i].Lon, lat = points[i].Lat })).GetProperty("planningAt").GetProperty("vn2000");
            var (e, n) = (vn2000.GetProperty("easting").GetDouble(), vn2000.GetProperty("northing").GetDouble());
            var error = Math.Sqrt(Math.Pow(e - expected[i].X, 2) + Math.Pow(n - expected[i].Y, 2));
            Assert.True(error < 0.01, $"{points[i]}: {error:F4} m from cs2cs ({expected[i].X:F3}, {expected[i].Y:F3})");
        }
    }

    [Fact]
    public async Task A_point_outside_Lang_Son_is_OUT_OF_AREA()
    {
        // Hà Nội; Cao Bằng, north of the province.
        var error = await host.Anonymous.RejectedAsync("OUT_OF_AREA", At, new { lon = 105.85, lat = 21.03 });
        Assert.Contains("Lạng Sơn", error.GetProperty("message").GetString());
        await host.As("planner").RejectedAsync("OUT_OF_AREA", At, new { lon = 106.26, lat = 22.67 });
    }

    [Fact]
    public async Task Coordinates_out_of_range_are_BAD_USER_INPUT()
    {
        var error = await host.Anonymous.RejectedAsync("BAD_USER_INPUT", At, new { lon = 106.6, lat = 91.0 });
        Assert.Contains("vĩ độ", error.GetProperty("message").GetString());
        await host.Anonymous.RejectedAsync("BAD_USER_INPUT", At, new { lon = -181.0, lat = 21.7 });
        // Latitude and longitude swapped: the commonest slip.
        await host.As("investor").RejectedAsync("BAD_USER_INPUT", At, new { lon = 21.67, lat = 106.58 });
    }

    [Fact]
    public async Task Investors_and_anonymous_are_refused_the_violations_nearby_but_get_the_rest()
    {
        var (lon, lat) = await OpenViolationPointAsync();

        foreach (var (client, refusal) in new[] { (host.As("investor"), "FORBIDDEN"), (host.Anonymous, "UNAUTHENTICATED"), (host.As("admin"), "FORBIDDEN") })
        {
            var response = await client.PostAsync(Violations, new { lon, lat });
            Assert.Equal(refusal, response.ErrorCode);
            Assert.Equal("planningAt,openViolationsNearby", string.Join(",", response.FirstError.GetProperty("path").EnumerateArray().Select(p => p.GetString())));
            var at = response.Data.GetProperty("planningAt");
            Assert.Equal(JsonValueKind.Null, at.GetProperty("openViolationsNearby").ValueKind);
            Assert.Equal(JsonValueKind.Object, at.GetProperty("zone").ValueKind);
        }
    }

    [Fact]
    public async Task Inspectors_and_planners_see_the_open_violations_within_100_m_nearest_first()
    {
        var (lon, lat) = await OpenViolationPointAsync();
        var expected = await ListAsync($"""
            select code from violations
            where status in ('open', 'verified', 'notice_issued', 'escalated') and ST_DWithin(location::geography, {Point(lon, lat)}::geography, 100)
            order by ST_Distance(location::geography, {Point(lon, lat)}::geography), id
            """);

        foreach (var role in new[] { "inspector", "planner" })
        {
            var nearby = (await host.As(role).DataAsync(Violations, new { lon, lat }))
                .GetProperty("planningAt").GetProperty("openViolationsNearby").EnumerateArray().ToList();
            Assert.NotEmpty(nearby);
            Assert.Equal(expected, nearby.Select(v => v.GetProperty("code").GetString()!).ToList());
            Assert.All(nearby, v => Assert.Contains(v.GetProperty("status").GetString(), new[] { "OPEN", "VERIFIED", "NOTICE_ISSUED", "ESCALATED" }));
        }
    }

    [Fact]
    public async Task Between_the_zones_there_is_no_zone_and_no_plot()
    {
        // Inside the general plan of the economic zone, far from every functional zone.
        var (lon, lat) = await ScalarRowAsync<double, double>("""
            select ST_X(c), ST_Y(c) from (select ST_PointOnSurface(ST_Difference(d.boundary, (select ST_Buffer(ST_Union(boundary), 0.01) from zones))) c
                                          from dossiers d where d.code = 'QHC-2010-1055') s
            """);

        var at = (await host.Anonymous.DataAsync(At, new { lon, lat })).GetProperty("planningAt");

        Assert.Equal(JsonValueKind.Null, at.GetProperty("zone").ValueKind);
        Assert.Equal(JsonValueKind.Null, at.GetProperty("plot").ValueKind);
        Assert.Contains("QHC-2010-1055", at.GetProperty("dossiers").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_sample_zone_exists_from_the_date_of_its_decision_with_that_decision_as_legal_basis()
    {
        var before = (await host.Anonymous.DataAsync("""{ zone(code: "CK-HUU-NGHI", asOf: "2014-09-01T00:00:00Z") { code } }""")).GetProperty("zone");
        var zone = (await host.Anonymous.DataAsync("""{ zone(code: "CK-HUU-NGHI", asOf: "2020-01-01T00:00:00Z") { code version validFrom legalBasis } }""")).GetProperty("zone");

        Assert.Equal(JsonValueKind.Null, before.ValueKind);
        Assert.Equal(1, zone.GetProperty("version").GetInt32());
        // Decision 1963/QĐ-UBND of 15 September 2014, midnight in Vietnam (UTC+7).
        Assert.Equal(new DateTimeOffset(2014, 9, 14, 17, 0, 0, TimeSpan.Zero), zone.GetProperty("validFrom").GetDateTimeOffset());
        Assert.Equal("Quyết định 1963/QĐ-UBND ngày 15/09/2014 của UBND tỉnh Lạng Sơn", zone.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task PlanningAt_as_of_a_date_answers_with_the_zone_plot_and_dossiers_approved_by_then()
    {
        var (code, lon, lat) = await PointInPlotAsync("HN-A-01");
        const string query = """
            query($lon: Float!, $lat: Float!, $asOf: DateTime) {
              planningAt(lon: $lon, lat: $lat, asOf: $asOf) { zone { code } plot { code } dossiers { code } }
            }
            """;

        var early = (await host.Anonymous.DataAsync(query, new { lon, lat, asOf = "2014-01-01T00:00:00Z" })).GetProperty("planningAt");
        var later = (await host.Anonymous.DataAsync(query, new { lon, lat, asOf = "2020-01-01T00:00:00Z" })).GetProperty("planningAt");

        Assert.Equal(JsonValueKind.Null, early.GetProperty("zone").ValueKind);
        Assert.Equal(JsonValueKind.Null, early.GetProperty("plot").ValueKind);
        Assert.Equal("CK-HUU-NGHI", later.GetProperty("zone").GetProperty("code").GetString());
        Assert.Equal(code, later.GetProperty("plot").GetProperty("code").GetString());
        var expected = await ListAsync($"""
            select d.code from dossiers d
            where d.published and ST_Covers(d.boundary, {Point(lon, lat)}) and d.valid_from <= '2020-01-01T00:00:00Z'
            order by d.code
            """);
        Assert.NotEmpty(expected);
        Assert.Contains("QHPK-HN-2014", expected);
        Assert.Equal(expected, later.GetProperty("dossiers").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).Order(StringComparer.Ordinal).ToList());
        Assert.True(expected.Count < (await DossierCodesAsync(host.Anonymous, lon, lat)).Count, "some dossiers covering the point were approved after 2020");
    }

    private async Task<(string Code, double Lon, double Lat)> PointInPlotAsync(string code)
    {
        var (lon, lat) = await ScalarRowAsync<double, double>(
            $"select ST_X(c), ST_Y(c) from (select ST_PointOnSurface(boundary) c from plots where code = '{code}') s");
        return (code, lon, lat);
    }

    // A point 30 m east of an open violation (on the ground, the inspector stands near it, not on it).
    private Task<(double, double)> OpenViolationPointAsync() => ScalarRowAsync<double, double>("""
        select ST_X(c) + 0.0003, ST_Y(c) from (select ST_PointOnSurface(location) c from violations where status = 'open' order by code limit 1) s
        """);

    private static async Task<List<string>> DossierCodesAsync(GraphQLClient client, double lon, double lat) =>
        (await client.DataAsync("query($lon: Float!, $lat: Float!) { planningAt(lon: $lon, lat: $lat) { dossiers { code } } }", new { lon, lat }))
        .GetProperty("planningAt").GetProperty("dossiers").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToList();

    private static string Point(double lon, double lat) =>
        string.Create(CultureInfo.InvariantCulture, $"ST_SetSRID(ST_MakePoint({lon:R}, {lat:R}), 4326)");

    private async Task<List<string>> ListAsync(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync())
            list.Add(reader.GetString(0));
        return list;
    }

    private async Task<(T1, T2)> ScalarRowAsync<T1, T2>(string sql)
    {
        await using var reader = await ReadOneAsync(sql);
        return (reader.GetFieldValue<T1>(0), reader.GetFieldValue<T2>(1));
    }

    private async Task<(T1, T2, T3, T4)> ScalarRowAsync<T1, T2, T3, T4>(string sql)
    {
        await using var reader = await ReadOneAsync(sql);
        return (reader.GetFieldValue<T1>(0), reader.GetFieldValue<T2>(1), reader.GetFieldValue<T3>(2), reader.GetFieldValue<T4>(3));
    }

    private async Task<NpgsqlDataReader> ReadOneAsync(string sql)
    {
        var cmd = host.Database.CreateCommand(sql);
        var reader = await cmd.ExecuteReaderAsync(System.Data.CommandBehavior.CloseConnection);
        Assert.True(await reader.ReadAsync(), "no row: " + sql);
        return reader;
    }

    [Fact]
    public async Task AsOf_may_carry_any_offset()
    {
        // 23:59 on 14/09/2014 in Vietnam is before decision 1963/QĐ-UBND of 15/09/2014: no Hữu Nghị zone yet; a day later there is.
        const string Query = "query($at: DateTime) { zone(code: \"CK-HUU-NGHI\", asOf: $at) { code } }";
        var before = await host.Anonymous.DataAsync(Query, new { at = "2014-09-14T23:59:59+07:00" });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("zone").ValueKind);
        var after = await host.Anonymous.DataAsync(Query, new { at = "2014-09-15T23:59:59+07:00" });
        Assert.Equal("CK-HUU-NGHI", after.GetProperty("zone").GetProperty("code").GetString());
    }
}
