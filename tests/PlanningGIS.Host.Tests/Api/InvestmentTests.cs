namespace PlanningGIS.Host.Tests.Api;

/// <summary>What the investor's plot card shows besides the plan: the land-rent guide, the zone's infrastructure, the board's contact.</summary>
public sealed class InvestmentTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_plot_has_the_rent_guide_row_of_its_use_or_else_its_zones_in_force_today()
    {
        var data = await host.Anonymous.DataAsync("""
            { commercial: plot(code: "DB-L-01") { landUse { code } rentGuide { landUse { code } landPriceVndPerM2 annualRentRatePercent annualRentVndPerM2 validFrom validTo source illustrative } }
              factory: plot(code: "DB-B-01") { rentGuide { landUse { code } landPriceVndPerM2 annualRentRatePercent annualRentVndPerM2 validFrom } }
              zone(code: "KCN-DONG-BANH") { rentGuide { landUse { code } validFrom } } }
            """);
        var commercial = data.GetProperty("commercial").GetProperty("rentGuide");
        Assert.Equal("TMD", commercial.GetProperty("landUse").GetProperty("code").GetString());
        var factory = data.GetProperty("factory").GetProperty("rentGuide");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, factory.GetProperty("landUse").ValueKind);
        // the 2025 table, not the 2020–2024 one that ended
        Assert.Equal("2025-01-01", factory.GetProperty("validFrom").GetString());
        Assert.Equal(780_000, factory.GetProperty("landPriceVndPerM2").GetDouble());
        Assert.Equal(780_000 * factory.GetProperty("annualRentRatePercent").GetDouble() / 100, factory.GetProperty("annualRentVndPerM2").GetDouble());
        Assert.True(commercial.GetProperty("illustrative").GetBoolean());
        Assert.Contains("minh họa", commercial.GetProperty("source").GetString());
        // the zone lists what is in force: the zone-wide row first, then the use's
        Assert.Equal([null, "TMD"], data.GetProperty("zone").GetProperty("rentGuide").EnumerateArray()
            .Select(g => g.GetProperty("landUse").ValueKind == System.Text.Json.JsonValueKind.Null ? null : g.GetProperty("landUse").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_zone_reports_the_latest_state_of_each_kind_of_infrastructure()
    {
        var data = await host.Anonymous.DataAsync("""{ zone(code: "KCN-DONG-BANH") { infrastructure { kind status note asOf source } } }""");
        var infrastructure = data.GetProperty("zone").GetProperty("infrastructure").EnumerateArray().ToList();
        Assert.Equal(["DRAINAGE", "POWER", "ROAD", "TELECOM", "WASTEWATER", "WATER"], infrastructure.Select(i => i.GetProperty("kind").GetString()));
        // the road was under construction in 2023 and partly done by mid-2025: the latest report counts
        var road = infrastructure.Single(i => i.GetProperty("kind").GetString() == "ROAD");
        Assert.Equal("PARTIAL", road.GetProperty("status").GetString());
        Assert.Equal("2025-06-30", road.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task The_boards_contact_point_is_public()
    {
        var contact = (await host.Anonymous.DataAsync("{ boardContact { name address phone email hours illustrative } }")).GetProperty("boardContact");
        Assert.Contains("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng", contact.GetProperty("name").GetString());
        Assert.True(contact.GetProperty("illustrative").GetBoolean());
    }
}
