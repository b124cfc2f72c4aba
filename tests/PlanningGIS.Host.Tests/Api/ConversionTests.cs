using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>Rice and forest land conversions over HTTP: who sees what, the approving authority from the dated rules, decisions.</summary>
public sealed class ConversionTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string List = """
        query($filter: ConversionFilter) {
          conversions(first: 100, filter: $filter) {
            totalCount
            nodes {
              id code name status requestedOn requiredAuthority areaM2 areaHa perimeterM
              from { code category } to { code }
              zone { code } clearanceProject { code }
              approvalRule { landKind minHa maxHa authority instrument validFrom validTo }
              decision { number date approvingBody }
            }
          }
        }
        """;

    private const string Request = """
        mutation($input: RequestConversionInput!) {
          requestConversion(input: $input) {
            code status requiredAuthority from { code } to { code } zone { code } clearanceProject { code } areaHa
            approvalRule { landKind authority instrument } decision { number } geometry
          }
        }
        """;

    private const string Decide = """
        mutation($input: DecideConversionInput!) {
          decideConversion(input: $input) { code status decision { number date approvingBody } }
        }
        """;

    /// <summary>A square of about <paramref name="hectares"/> ha near Đồng Bành (lon 106.60, lat 21.68 plus an offset).</summary>
    private static object Square(double hectares, double offset = 0)
    {
        var side = Math.Sqrt(hectares * 10_000);
        var (lon, lat) = (106.60 + offset, 21.68);
        var dLat = side / 110_760;
        var dLon = side / (111_320 * Math.Cos(lat * Math.PI / 180));
        return new { type = "Polygon", coordinates = new[] { new[] {
            new[] { lon, lat }, new[] { lon + dLon, lat }, new[] { lon + dLon, lat + dLat }, new[] { lon, lat + dLat }, new[] { lon, lat } } } };
    }

    private static object Requested(string code, string from, string to, double hectares, string? landKind = null, object? geometry = null) => new
    {
        input = new
        {
            code, name = "Chuyển mục đích thử nghiệm " + code, fromLandUseCode = from, toLandUseCode = to, landKind,
            zoneCode = "KCN-DONG-BANH", clearanceProjectCode = "GPMB-DB-MR", geometry = geometry ?? Square(hectares),
        },
    };

    // Requests are dated by Vietnam's day, which starts at 17:00 UTC.
    private static string TodayInVietnam => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd");

    private async Task<long> CountAsync()
    {
        await using var cmd = host.Database.CreateCommand("select count(*) from conversions");
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private async Task<string> StatusAsync(string code)
    {
        await using var cmd = host.Database.CreateCommand("select status || ' ' || coalesce(decision_number, '-') from conversions where code = $1");
        cmd.Parameters.Add(new() { Value = code });
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    private async Task<string[]> CodesAsync(GraphQLClient client, object? filter = null) =>
        (await client.DataAsync(List, new { filter })).GetProperty("conversions").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("code").GetString()!).Order().ToArray();

    [Fact]
    public async Task Staff_see_every_conversion_and_the_public_only_the_approved_and_completed_ones()
    {
        // other tests of this class add CD-TEST-* conversions
        async Task<string[]> CodesAsync(GraphQLClient client, object filter) =>
            (await this.CodesAsync(client, filter)).Where(c => !c.StartsWith("CD-TEST", StringComparison.Ordinal)).ToArray();
        var approvedOrCompleted = new[] { "CD-DB-01", "CD-DB-02", "CD-HTKT-01", "CD-KCX1-01", "CD-KPTQ-01", "CD-KTCHH-01" };

        Assert.Equal(approvedOrCompleted, await CodesAsync(host.Anonymous, new { text = "CD-" }));
        Assert.Equal(approvedOrCompleted, await CodesAsync(host.As("investor"), new { text = "CD-" }));
        Assert.Equal(approvedOrCompleted, await CodesAsync(host.As("admin"), new { text = "CD-" }));
        Assert.Equal(11, (await CodesAsync(host.As("inspector"), new { text = "CD-" })).Length);
        Assert.Equal(11, (await CodesAsync(host.As("planner"), new { text = "CD-" })).Length);
        // asking for requested ones does not reveal them
        Assert.Empty(await CodesAsync(host.Anonymous, new { status = new[] { "REQUESTED", "REJECTED" } }));
    }

    [Fact]
    public async Task A_conversion_carries_its_land_use_codes_zone_project_rule_and_decision()
    {
        var data = await host.Anonymous.DataAsync(List, new { filter = new { text = "CD-KTCHH-01" } });

        var c = Assert.Single(data.GetProperty("conversions").GetProperty("nodes").EnumerateArray());
        Assert.Equal("COMPLETED", c.GetProperty("status").GetString());
        Assert.Equal("LUK", c.GetProperty("from").GetProperty("code").GetString());
        Assert.Equal("RICE", c.GetProperty("from").GetProperty("category").GetString());
        Assert.Equal("TMD", c.GetProperty("to").GetProperty("code").GetString());
        Assert.Equal("KTCHH", c.GetProperty("zone").GetProperty("code").GetString());
        Assert.Equal("GPMB-KTCHH", c.GetProperty("clearanceProject").GetProperty("code").GetString());
        Assert.Equal("PROVINCIAL_COUNCIL", c.GetProperty("requiredAuthority").GetString());
        // requested in 2018: the Land Law 2013 rule was in force, not the 2024 one
        var rule = c.GetProperty("approvalRule");
        Assert.Equal("RICE", rule.GetProperty("landKind").GetString());
        Assert.Equal("PROVINCIAL_COUNCIL", rule.GetProperty("authority").GetString());
        Assert.Contains("Luật Đất đai 2013", rule.GetProperty("instrument").GetString());
        Assert.Equal("2024-08-01", rule.GetProperty("validTo").GetString());
        Assert.True(c.GetProperty("areaHa").GetDouble() < rule.GetProperty("maxHa").GetDouble());
        var decision = c.GetProperty("decision");
        Assert.Equal("97/NQ-HĐND", decision.GetProperty("number").GetString());
        Assert.Equal("2018-12-07", decision.GetProperty("date").GetString());
        Assert.Equal("Hội đồng nhân dân tỉnh Lạng Sơn", decision.GetProperty("approvingBody").GetString());
    }

    [Fact]
    public async Task Conversions_are_filtered_by_category_status_zone_decision_dates_and_place()
    {
        var planner = host.As("planner");
        Assert.Equal(["CD-CM-01", "CD-DB-02", "CD-HTKT-01", "CD-KCX1-02"], await CodesAsync(planner, new { fromCategory = "FOREST", text = "CD-" }));
        Assert.Equal(["CD-HD-01"], await CodesAsync(planner, new { status = new[] { "REJECTED" } }));
        Assert.Equal(["CD-HD-01", "CD-HD-02"], await CodesAsync(planner, new { zoneCode = "KDT-HOANG-DONG" }));
        Assert.Equal(["CD-DB-01"], await CodesAsync(planner, new { decisionNumber = "98/nq-hdnd" }));
        Assert.Equal(["CD-KPTQ-01", "CD-KTCHH-01"], await CodesAsync(planner, new { requestedFrom = "2018-01-01", requestedTo = "2019-12-31" }));
        Assert.Equal(["CD-DB-01", "CD-DB-02", "CD-DB-03"],
            await CodesAsync(planner, new { text = "CD-", spatial = new { bbox = new[] { 106.5, 21.6, 106.65, 21.75 } } }));
    }

    [Fact]
    public async Task A_planner_requests_a_rice_conversion_and_the_authority_is_stored_from_the_rules_in_force()
    {
        var data = await host.As("planner").DataAsync(Request, Requested("CD-TEST-LUA", "LUC", "SKK", 5));

        var c = data.GetProperty("requestConversion");
        Assert.Equal("REQUESTED", c.GetProperty("status").GetString());
        Assert.Equal("PROVINCIAL_COUNCIL", c.GetProperty("requiredAuthority").GetString());
        Assert.Contains("Luật Đất đai 2024", c.GetProperty("approvalRule").GetProperty("instrument").GetString());
        Assert.Equal(5, c.GetProperty("areaHa").GetDouble(), 1);
        Assert.Equal("KCN-DONG-BANH", c.GetProperty("zone").GetProperty("code").GetString());
        Assert.Equal("GPMB-DB-MR", c.GetProperty("clearanceProject").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("decision").ValueKind);
        await using var cmd = host.Database.CreateCommand("select required_authority || ' ' || land_kind from conversions where code = 'CD-TEST-LUA'");
        Assert.Equal("provincial_council rice", await cmd.ExecuteScalarAsync());
        // not public until approved
        Assert.DoesNotContain("CD-TEST-LUA", await CodesAsync(host.Anonymous));
    }

    [Theory]
    [InlineData("RPH", null, 60, "NATIONAL_ASSEMBLY", "PROTECTION_FOREST_HEADWATER_BORDER")]
    [InlineData("RPH", "PROTECTION_FOREST_WIND_SAND_WAVE", 60, "PRIME_MINISTER", "PROTECTION_FOREST_WIND_SAND_WAVE")]
    [InlineData("RPH", null, 10, "PROVINCIAL_COUNCIL", "PROTECTION_FOREST_HEADWATER_BORDER")]
    [InlineData("RDD", null, 10, "PRIME_MINISTER", "SPECIAL_USE_FOREST")]
    [InlineData("RSX", "production_forest", 60, "PRIME_MINISTER", "PRODUCTION_FOREST")]
    public async Task The_authority_for_forest_land_depends_on_the_forest_kind_and_the_area(
        string from, string? landKind, double hectares, string authority, string kind)
    {
        var code = $"CD-TEST-{from}-{landKind?.Length ?? 0}-{hectares}";
        var data = await host.As("planner").DataAsync(Request, Requested(code, from, "SKK", hectares, landKind));

        var c = data.GetProperty("requestConversion");
        Assert.Equal(authority, c.GetProperty("requiredAuthority").GetString());
        Assert.Equal(kind, c.GetProperty("approvalRule").GetProperty("landKind").GetString());
        Assert.Contains("Luật Lâm nghiệp 2017", c.GetProperty("approvalRule").GetProperty("instrument").GetString());
    }

    [Theory]
    [InlineData("HNK", "SKK", null, "BAD_USER_INPUT")]   // not rice or forest land
    [InlineData("XYZ", "SKK", null, "BAD_USER_INPUT")]   // not a land-use code
    [InlineData("LUC", "XYZ", null, "BAD_USER_INPUT")]
    [InlineData("LUC", "LUC", null, "BAD_USER_INPUT")]
    [InlineData("RSX", "SKK", "SPECIAL_USE_FOREST", "BAD_USER_INPUT")] // the kind does not match the code
    [InlineData("LUC", "SKK", "PRODUCTION_FOREST", "BAD_USER_INPUT")]
    public async Task A_request_that_is_not_a_rice_or_forest_conversion_is_refused_and_nothing_is_stored(
        string from, string to, string? landKind, string code)
    {
        var before = await CountAsync();

        var error = await host.As("planner").RejectedAsync(code, Request, Requested("CD-TEST-BAD", from, to, 2, landKind));

        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_geometry_of_a_request_is_checked()
    {
        var before = await CountAsync();
        var bowtie = new { type = "Polygon", coordinates = new[] { new[] {
            new[] { 106.60, 21.68 }, new[] { 106.61, 21.69 }, new[] { 106.61, 21.68 }, new[] { 106.60, 21.69 }, new[] { 106.60, 21.68 } } } };
        var error = await host.As("planner").RejectedAsync("INVALID_GEOMETRY", Request, Requested("CD-TEST-GEOM", "LUC", "SKK", 0, geometry: bowtie));
        Assert.Contains("tự cắt", error.GetProperty("message").GetString());

        var hanoi = new { type = "Polygon", coordinates = new[] { new[] {
            new[] { 105.80, 21.00 }, new[] { 105.81, 21.00 }, new[] { 105.81, 21.01 }, new[] { 105.80, 21.00 } } } };
        await host.As("planner").RejectedAsync("OUT_OF_AREA", Request, Requested("CD-TEST-GEOM", "LUC", "SKK", 0, geometry: hanoi));
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", Request, Requested("CD-DB-01", "LUC", "SKK", 1)); // code taken

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_request_is_approved_then_completed_and_becomes_public()
    {
        var planner = host.As("planner");
        await planner.DataAsync(Request, Requested("CD-TEST-DUYET", "LUK", "SKK", 3));

        var approved = (await planner.DataAsync(Decide, new { input = new { code = "CD-TEST-DUYET", status = "APPROVED", decisionNumber = "12/NQ-HĐND", decisionDate = TodayInVietnam } }))
            .GetProperty("decideConversion");
        Assert.Equal("APPROVED", approved.GetProperty("status").GetString());
        Assert.Equal("12/NQ-HĐND", approved.GetProperty("decision").GetProperty("number").GetString());
        Assert.Equal("Hội đồng nhân dân tỉnh Lạng Sơn", approved.GetProperty("decision").GetProperty("approvingBody").GetString());
        Assert.Contains("CD-TEST-DUYET", await CodesAsync(host.Anonymous));

        var completed = (await planner.DataAsync(Decide, new { input = new { code = "CD-TEST-DUYET", status = "COMPLETED", decisionNumber = "30/QĐ-UBND", decisionDate = TodayInVietnam } }))
            .GetProperty("decideConversion");
        Assert.Equal("COMPLETED", completed.GetProperty("status").GetString());
        // the approval stays the conversion's decision; the completing one is in the audit log
        Assert.Equal("12/NQ-HĐND", completed.GetProperty("decision").GetProperty("number").GetString());
        await using var cmd = host.Database.CreateCommand(
            "select legal_basis from audit_log where table_name = 'conversions' and action = 'UPDATE' order by id desc limit 1");
        Assert.Equal("30/QĐ-UBND", await cmd.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("CD-DB-01", "APPROVED")]    // completed
    [InlineData("CD-HD-01", "APPROVED")]    // rejected
    [InlineData("CD-DB-02", "REJECTED")]    // approved
    [InlineData("CD-DB-03", "COMPLETED")]   // requested
    [InlineData("CD-DB-03", "REQUESTED")]
    public async Task A_decision_out_of_order_is_refused_and_nothing_changes(string code, string status)
    {
        var before = await StatusAsync(code);

        var error = await host.As("planner").RejectedAsync("INVALID_TRANSITION", Decide,
            new { input = new { code, status, decisionNumber = "1/QĐ", decisionDate = "2025-10-01" } });

        Assert.Contains("không thể chuyển sang", error.GetProperty("message").GetString());
        Assert.Equal(before, await StatusAsync(code));
    }

    [Fact]
    public async Task A_decision_needs_a_number_and_a_date_after_the_request()
    {
        var planner = host.As("planner");
        var before = await StatusAsync("CD-HD-02");

        await planner.RejectedAsync("BAD_USER_INPUT", Decide, new { input = new { code = "CD-HD-02", status = "APPROVED", decisionNumber = " ", decisionDate = "2025-10-01" } });
        var error = await planner.RejectedAsync("BAD_USER_INPUT", Decide, new { input = new { code = "CD-HD-02", status = "APPROVED", decisionNumber = "5/NQ", decisionDate = "2024-01-01" } });
        Assert.Contains("trước ngày đề nghị 17/02/2025", error.GetProperty("message").GetString());
        await planner.RejectedAsync("NOT_FOUND", Decide, new { input = new { code = "CD-KHONG-CO", status = "APPROVED", decisionNumber = "5/NQ", decisionDate = "2025-10-01" } });

        Assert.Equal(before, await StatusAsync("CD-HD-02"));
    }

    [Theory]
    [InlineData("inspector", "FORBIDDEN")]
    [InlineData("investor", "FORBIDDEN")]
    [InlineData("admin", "FORBIDDEN")]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task Only_planners_request_and_decide_conversions(string? role, string code)
    {
        var client = role is null ? host.Anonymous : host.As(role);
        var before = await CountAsync();

        await client.RejectedAsync(code, Request, Requested("CD-TEST-ROLE", "LUC", "SKK", 1));
        await client.RejectedAsync(code, Decide, new { input = new { code = "CD-CM-01", status = "APPROVED", decisionNumber = "5/NQ", decisionDate = "2025-10-01" } });

        Assert.Equal(before, await CountAsync());
        Assert.Equal("requested -", await StatusAsync("CD-CM-01"));
    }
}
