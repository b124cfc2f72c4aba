namespace PlanningGIS.Host.Tests.Api;

/// <summary>saveInvestor: planners create and edit the investor register; malformed fields are refused by name and change nothing.</summary>
public sealed class InvestorRegisterTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Save = """
        mutation($input: SaveInvestorInput!) {
          saveInvestor(input: $input) { code name country taxCode representative contactEmail contactPhone }
        }
        """;

    private async Task<string?> StoredAsync(string code)
    {
        await using var cmd = host.Database.CreateCommand("select name || '|' || coalesce(tax_code, '-') || '|' || coalesce(contact_phone, '-') from investors where code = $1");
        cmd.Parameters.Add(new() { Value = code });
        return await cmd.ExecuteScalarAsync() as string;
    }

    [Fact]
    public async Task A_planner_creates_an_investor_then_edits_it_and_the_change_is_audited()
    {
        var planner = host.As("planner");
        var created = (await planner.DataAsync(Save, new { input = new { code = "NDT-TEST-01", name = "Công ty TNHH Thử nghiệm", taxCode = "4900123456", contactPhone = "+84 205 3851 234", contactEmail = "lienhe@thunghiem.vn" } }))
            .GetProperty("saveInvestor");
        Assert.Equal("VN", created.GetProperty("country").GetString());
        Assert.Equal("+84 205 3851 234", created.GetProperty("contactPhone").GetString());

        await planner.DataAsync(Save, new { input = new { code = "NDT-TEST-01", name = "Công ty CP Thử nghiệm", country = "cn", taxCode = "4900123456-001" } });
        Assert.Equal("Công ty CP Thử nghiệm|4900123456-001|-", await StoredAsync("NDT-TEST-01"));
        await using var audit = host.Database.CreateCommand(
            "select string_agg(action || ' ' || actor || ' ' || coalesce(legal_basis, '-'), '; ' order by id) from audit_log where table_name = 'investors' and row_id = (select id from investors where code = 'NDT-TEST-01')");
        Assert.Equal("INSERT planner.test Sổ đăng ký nhà đầu tư: NDT-TEST-01; UPDATE planner.test Sổ đăng ký nhà đầu tư: NDT-TEST-01", await audit.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("name", "  ", null, null, null)]
    [InlineData("country", "Công ty A", "Vietnam", null, null)]
    [InlineData("taxCode", "Công ty A", null, "12345", null)]
    [InlineData("contactEmail", "Công ty A", null, null, "khong-phai-thu")]
    public async Task Malformed_fields_are_refused_by_name_and_nothing_is_stored(string field, string name, string? country, string? taxCode, string? email)
    {
        var error = await host.As("planner").RejectedAsync("BAD_USER_INPUT", Save,
            new { input = new { code = "NDT-TEST-BAD", name, country, taxCode, contactEmail = email } });
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("details").GetProperty("field").GetString());
        Assert.Null(await StoredAsync("NDT-TEST-BAD"));
    }

    [Fact]
    public async Task A_tax_code_of_another_investor_is_a_conflict_naming_it_and_only_planners_save()
    {
        await using var cmd = host.Database.CreateCommand("select code, tax_code from investors where tax_code is not null order by code limit 1");
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (holder, taxCode) = (reader.GetString(0), reader.GetString(1));
        await reader.CloseAsync();

        var error = await host.As("planner").RejectedAsync("CONFLICT", Save, new { input = new { code = "NDT-TEST-DUP", name = "Công ty B", taxCode } });
        Assert.Equal(holder, error.GetProperty("extensions").GetProperty("details").GetProperty("investorCode").GetString());
        Assert.Contains(holder, error.GetProperty("message").GetString());
        Assert.Null(await StoredAsync("NDT-TEST-DUP"));

        foreach (var role in new[] { "inspector", "investor", "admin" })
            await host.As(role).RejectedAsync("FORBIDDEN", Save, new { input = new { code = "NDT-TEST-ROLE", name = "Công ty C" } });
        Assert.Null(await StoredAsync("NDT-TEST-ROLE"));
    }
}
