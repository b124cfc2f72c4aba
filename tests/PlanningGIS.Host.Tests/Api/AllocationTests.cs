using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Investors and allocations over HTTP: who may read the register and the terms, the filters, and
/// allocating and ending with their rejections. The investor test account acts for NDT-01.
/// </summary>
public sealed class AllocationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Own = "TD-2022-084";      // NDT-01's one-off lease of PTQ-B-10, with a land price
    private const string Others = "TD-2024-001";   // another investor's lease of DB-B-01

    [Fact]
    public async Task Investors_are_public_but_their_contacts_are_for_staff_and_the_investor_itself()
    {
        var data = await host.Anonymous.DataAsync("{ investors { id code name country taxCode illustrative } }");
        var investors = data.GetProperty("investors").EnumerateArray().ToList();
        Assert.Equal(await ScalarAsync<long>("select count(*) from investors"), investors.Count);
        Assert.Equal("NDT-01", investors[0].GetProperty("code").GetString());

        foreach (var role in new[] { "planner", "inspector" })
        {
            var staff = await host.As(role).DataAsync("{ investors { code representative contactEmail } }");
            Assert.All(staff.GetProperty("investors").EnumerateArray(), i => Assert.NotNull(i.GetProperty("representative").GetString()));
        }
        var own = await host.As("investor").DataAsync("{ me { investor { code representative contactEmail allocations { code } } } }");
        Assert.Equal("NDT-01", own.GetProperty("me").GetProperty("investor").GetProperty("code").GetString());
        Assert.Equal("Hoàng Minh Tuấn", own.GetProperty("me").GetProperty("investor").GetProperty("representative").GetString());
        Assert.Contains(Own, own.GetProperty("me").GetProperty("investor").GetProperty("allocations").EnumerateArray().Select(a => a.GetProperty("code").GetString()));

        var other = await host.As("investor").PostAsync("{ investors { code name representative } }");
        Assert.Equal("FORBIDDEN", other.ErrorCode);
        Assert.All(other.Body.GetProperty("errors").EnumerateArray(), e => Assert.Equal("representative", e.GetProperty("path")[2].GetString()));
        Assert.Equal(investors.Count - 1, other.Body.GetProperty("errors").GetArrayLength());
        Assert.Equal("Hoàng Minh Tuấn", other.Data.GetProperty("investors")[0].GetProperty("representative").GetString());
        Assert.Equal(JsonValueKind.Null, other.Data.GetProperty("investors")[1].GetProperty("representative").ValueKind);
        await host.Anonymous.RejectedAsync("UNAUTHENTICATED", "{ investors { contactEmail } }");
        await host.As("admin").RejectedAsync("FORBIDDEN", "{ investors { contactEmail } }");
    }

    [Fact]
    public async Task Only_staff_see_the_whole_register_and_an_investor_sees_its_own_allocations()
    {
        var total = await ScalarAsync<long>("select count(*) from allocations");
        const string list = "{ allocations(first: 500) { totalCount nodes { code investor { code } } } }";

        foreach (var role in new[] { "planner", "inspector" })
            Assert.Equal(total, (await host.As(role).DataAsync(list)).GetProperty("allocations").GetProperty("totalCount").GetInt32());
        var own = (await host.As("investor").DataAsync(list)).GetProperty("allocations");
        Assert.Equal(await ScalarAsync<long>("select count(*) from allocations where investor_id = 1"), own.GetProperty("totalCount").GetInt32());
        Assert.All(own.GetProperty("nodes").EnumerateArray(), a => Assert.Equal("NDT-01", a.GetProperty("investor").GetProperty("code").GetString()));
        await host.Anonymous.RejectedAsync("UNAUTHENTICATED", list);
        await host.As("admin").RejectedAsync("FORBIDDEN", list);
    }

    [Fact]
    public async Task The_register_is_filtered_by_text_status_form_plot_investor_zone_decision_and_dates()
    {
        async Task<List<JsonElement>> Find(string filter) => (await host.As("planner").DataAsync(
            $"{{ allocations(first: 500, filter: {filter}) {{ nodes {{ code status form startDate decision {{ number date }} plot {{ code zone {{ code }} }} investor {{ code name }} }} }} }}"))
            .GetProperty("allocations").GetProperty("nodes").EnumerateArray().ToList();

        var byName = await Find("""{ text: "logistics bien vien" }""");
        Assert.NotEmpty(byName);
        Assert.All(byName, a => Assert.Equal("NDT-01", a.GetProperty("investor").GetProperty("code").GetString()));
        var pending = await Find("{ status: [PENDING], form: [LEASE_ANNUAL] }");
        Assert.Equal(41, pending.Count);
        Assert.All(pending, a => Assert.Equal("PENDING", a.GetProperty("status").GetString()));
        var plot = await Find("""{ plotCode: "DB-B-03" }""");
        Assert.Equal(2, plot.Count);
        var zone = await Find("""{ zoneCode: "KCN-DONG-BANH", investorCode: "NDT-13" }""");
        Assert.NotEmpty(zone);
        Assert.All(zone, a => Assert.Equal("KCN-DONG-BANH", a.GetProperty("plot").GetProperty("zone").GetProperty("code").GetString()));
        var decision = await Find("""{ decisionNumber: "179/QĐ-BQLKKT" }""");
        Assert.Equal("TD-2024-001", Assert.Single(decision).GetProperty("code").GetString());
        Assert.Equal("2024-04-30", decision[0].GetProperty("decision").GetProperty("date").GetString());
        var dates = await Find("""{ startFrom: "2024-01-01", startTo: "2024-12-31" }""");
        Assert.NotEmpty(dates);
        Assert.All(dates, a => Assert.StartsWith("2024-", a.GetProperty("startDate").GetString()));
    }

    [Fact]
    public async Task Terms_are_for_planners_and_the_investor_it_belongs_to()
    {
        const string terms = """
            query($own: String!, $other: String!) {
              own: plot(code: $own) { allocations { code landPriceVnd annualRentVnd termsNote } }
              other: plot(code: $other) { currentAllocation { code status investor { name } landPriceVnd annualRentVnd termsNote } } }
            """;
        var vars = new { own = "PTQ-B-10", other = "DB-B-01" };

        var planner = await host.As("planner").DataAsync(terms, vars);
        Assert.Equal("29588000000", planner.GetProperty("own").GetProperty("allocations")[0].GetProperty("landPriceVnd").GetString());
        Assert.NotNull(planner.GetProperty("other").GetProperty("currentAllocation").GetProperty("annualRentVnd").GetString());

        var investor = await host.As("investor").PostAsync(terms, vars);
        Assert.Equal("29588000000", investor.Data.GetProperty("own").GetProperty("allocations")[0].GetProperty("landPriceVnd").GetString());
        Assert.Equal("FORBIDDEN", investor.ErrorCode);
        Assert.All(investor.Body.GetProperty("errors").EnumerateArray(), e => Assert.Equal("other", e.GetProperty("path")[0].GetString()));
        var seen = investor.Data.GetProperty("other").GetProperty("currentAllocation");
        Assert.Equal("ACTIVE", seen.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(seen.GetProperty("investor").GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("landPriceVnd").ValueKind);

        var inspector = await host.As("inspector").PostAsync(terms, vars);
        Assert.Equal("FORBIDDEN", inspector.ErrorCode);
        Assert.Equal(6, inspector.Body.GetProperty("errors").GetArrayLength());
        var anonymous = await host.Anonymous.PostAsync(terms, vars);
        Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode);
        Assert.Equal("ACTIVE", anonymous.Data.GetProperty("other").GetProperty("currentAllocation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_planner_allocates_a_free_plot_with_a_generated_code_and_it_is_no_longer_available()
    {
        var data = await host.As("planner").DataAsync("""
            mutation { allocatePlot(input: { plotCode: "DB-C-01", investorCode: "NDT-02", form: LEASE_ANNUAL, termYears: 50,
                startDate: "2026-03-01", decisionNumber: "501/QĐ-BQLKKT", decisionDate: "2026-02-20", annualRentVnd: "612000000",
                termsNote: "Đơn giá ổn định 5 năm" }) {
                code status form termYears startDate endDate decision { number date } plot { code availability currentAllocation { code } }
                investor { code } annualRentVnd termsNote } }
            """);

        var allocation = data.GetProperty("allocatePlot");
        Assert.Equal("GD-DB-C-01-20260301", allocation.GetProperty("code").GetString());
        Assert.Equal("ACTIVE", allocation.GetProperty("status").GetString());
        Assert.Equal("LEASE_ANNUAL", allocation.GetProperty("form").GetString());
        Assert.Equal("2076-03-01", allocation.GetProperty("endDate").GetString());
        Assert.Equal("501/QĐ-BQLKKT", allocation.GetProperty("decision").GetProperty("number").GetString());
        Assert.Equal("ALLOCATED", allocation.GetProperty("plot").GetProperty("availability").GetString());
        Assert.Equal("GD-DB-C-01-20260301", allocation.GetProperty("plot").GetProperty("currentAllocation").GetProperty("code").GetString());
        Assert.Equal("612000000", allocation.GetProperty("annualRentVnd").GetString());
        Assert.Equal("501/QĐ-BQLKKT", await ScalarAsync<string>(
            "select legal_basis from audit_log where table_name = 'allocations' and action = 'INSERT' order by id desc limit 1"));

        var reserved = await host.As("planner").DataAsync("""
            mutation { allocatePlot(input: { code: "GD-TEST-PENDING", plotCode: "DB-C-02", investorCode: "NDT-03", form: ALLOCATION,
                startDate: "2026-05-01", status: PENDING }) { code status termYears endDate plot { availability } } }
            """);
        Assert.Equal("RESERVED", reserved.GetProperty("allocatePlot").GetProperty("plot").GetProperty("availability").GetString());
        Assert.Equal(JsonValueKind.Null, reserved.GetProperty("allocatePlot").GetProperty("termYears").ValueKind);
    }

    [Fact]
    public async Task Allocating_is_refused_for_overlapping_periods_missing_terms_plots_not_open_and_non_planners()
    {
        var before = await ScalarAsync<long>("select count(*) from allocations");
        const string allocate = """
            mutation($plot: String!, $form: AllocationForm!, $term: Int, $investor: String!, $status: AllocationStatus) {
              allocatePlot(input: { plotCode: $plot, investorCode: $investor, form: $form, termYears: $term,
                                    startDate: "2030-01-01", status: $status }) { code } }
            """;
        object Input(string plot, string form = "LEASE_ANNUAL", int? term = 30, string investor = "NDT-02", string status = "ACTIVE") =>
            new { plot, form, term, investor, status };
        await using (var retire = host.Database.CreateCommand("update plots set lifecycle = 'retired' where code = 'DB-F-08'"))
            await retire.ExecuteNonQueryAsync();

        var overlap = await host.As("planner").RejectedAsync("TOPOLOGY", allocate, Input("DB-B-01"));
        Assert.Contains("allocations_no_overlap", overlap.GetProperty("extensions").GetProperty("details").GetProperty("reason").GetString());
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", allocate, Input("DB-C-03", term: null));
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", allocate, Input("DB-C-03", term: 120));
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", allocate, Input("DB-C-03", status: "ENDED"));
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", allocate, Input("DB-GT"));
        await host.As("planner").RejectedAsync("INVALID_TRANSITION", allocate, Input("DB-F-08"));
        await host.As("planner").RejectedAsync("NOT_FOUND", allocate, Input("NO-SUCH-PLOT"));
        await host.As("planner").RejectedAsync("NOT_FOUND", allocate, Input("DB-C-03", investor: "NDT-99"));
        await host.As("investor").RejectedAsync("FORBIDDEN", allocate, Input("DB-C-03"));
        await host.As("inspector").RejectedAsync("FORBIDDEN", allocate, Input("DB-C-03"));
        await host.Anonymous.RejectedAsync("UNAUTHENTICATED", allocate, Input("DB-C-03"));

        Assert.Equal(before, await ScalarAsync<long>("select count(*) from allocations"));
    }

    [Fact]
    public async Task Of_two_planners_allocating_the_same_plot_at_once_one_succeeds()
    {
        const string allocate = """
            mutation($investor: String!) { allocatePlot(input: { plotCode: "DB-C-05", investorCode: $investor, form: ALLOCATION,
                startDate: "2027-01-01" }) { code investor { code } } }
            """;

        var responses = await Task.WhenAll(
            host.As("planner").PostAsync(allocate, new { investor = "NDT-04" }),
            host.As("planner").PostAsync(allocate, new { investor = "NDT-05" }));

        Assert.Single(responses, r => !r.HasErrors);
        Assert.Equal("TOPOLOGY", Assert.Single(responses, r => r.HasErrors).ErrorCode);
        Assert.Equal(1, await ScalarAsync<long>(
            "select count(*) from allocations a join plots p on p.id = a.plot_id where p.code = 'DB-C-05' and a.status = 'active'"));
    }

    [Fact]
    public async Task Ending_an_allocation_keeps_its_decision_frees_the_plot_and_cannot_happen_twice()
    {
        const string end = """
            mutation($code: String!, $status: AllocationStatus!) { endAllocation(input: { code: $code, status: $status,
                decisionNumber: "77/QĐ-BQLKKT", decisionDate: "2026-06-30" }) {
                code status decision { number } endDecision { number date } plot { code availability } } }
            """;
        var code = await ScalarAsync<string>("""
            select a.code from allocations a join plots p on p.id = a.plot_id
            where a.status = 'active' and p.code = 'DB-D-03'
            """);

        await host.As("investor").RejectedAsync("FORBIDDEN", end, new { code, status = "TERMINATED" });
        await host.As("planner").RejectedAsync("INVALID_TRANSITION", end, new { code, status = "PENDING" });
        Assert.Equal("active", await ScalarAsync<string>($"select status from allocations where code = '{code}'"));

        var data = await host.As("planner").DataAsync(end, new { code, status = "TERMINATED" });
        var ended = data.GetProperty("endAllocation");
        Assert.Equal("TERMINATED", ended.GetProperty("status").GetString());
        Assert.NotEqual("77/QĐ-BQLKKT", ended.GetProperty("decision").GetProperty("number").GetString());
        Assert.Equal("77/QĐ-BQLKKT", ended.GetProperty("endDecision").GetProperty("number").GetString());
        Assert.Equal("2026-06-30", ended.GetProperty("endDecision").GetProperty("date").GetString());
        Assert.Equal("AVAILABLE", ended.GetProperty("plot").GetProperty("availability").GetString());

        await host.As("planner").RejectedAsync("INVALID_TRANSITION", end, new { code, status = "ENDED" });
        await host.As("planner").RejectedAsync("NOT_FOUND", end, new { code = "NO-SUCH", status = "ENDED" });
        Assert.Equal("terminated", await ScalarAsync<string>($"select status from allocations where code = '{code}'"));
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
