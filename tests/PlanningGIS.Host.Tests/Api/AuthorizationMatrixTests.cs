using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Every mutation and every personal or restricted field, called as every role. The inputs name
/// objects that do not exist or carry an invalid geometry, so an allowed role gets past the role check
/// and is then refused for another reason (NOT_FOUND, INVALID_GEOMETRY, ...): nothing changes, and
/// the only thing this test looks at is whether the API let the role through.
/// </summary>
public sealed class AuthorizationMatrixTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Bowtie = """{type: "Polygon", coordinates: [[[106.70, 21.90], [106.71, 21.91], [106.71, 21.90], [106.70, 21.91], [106.70, 21.90]]]}""";
    private const string Line = """{type: "LineString", coordinates: [[106.70, 21.90], [106.71, 21.91]]}""";

    private static readonly string[] Everyone = ["planner", "inspector", "investor", "admin", "anonymous"];

    /// <summary>(mutation, document, roles allowed through).</summary>
    public static readonly (string Name, string Document, string[] Allowed)[] Mutations =
    [
        ("createDossier", $$"""mutation { createDossier(input: {code: "X-AUTH", name: "x", kind: DETAILED_PLAN, status: IN_PREPARATION, geometry: {{Bowtie}}}) { code } }""", ["planner"]),
        ("updateDossier", """mutation { updateDossier(input: {code: "KHONG-CO", expectedVersion: 1, legalBasis: "1/QĐ", name: "x"}) { code } }""", ["planner"]),
        ("publishDossier", """mutation { publishDossier(code: "KHONG-CO", expectedVersion: 1) { code } }""", ["planner"]),
        ("addDossierDocument", """mutation { addDossierDocument(input: {dossierCode: "KHONG-CO", title: "x", kind: OTHER, fileName: "x.pdf", contentType: "application/pdf", contentBase64: "JVBERi0="}) { id } }""", ["planner"]),
        ("revertDossier", """mutation { revertDossier(input: {code: "KHONG-CO", toVersion: 1, expectedVersion: 2, legalBasis: "1/QĐ"}) { code } }""", ["planner"]),
        ("createZone", $$"""mutation { createZone(input: {code: "X-AUTH", name: "x", kind: INDUSTRIAL_PARK, geometry: {{Bowtie}}, legalBasis: "1/QĐ"}) { code } }""", ["planner"]),
        ("updateZoneBoundary", $$"""mutation { updateZoneBoundary(input: {code: "KHONG-CO", geometry: {{Bowtie}}, legalBasis: "1/QĐ", expectedVersion: 1}) { code } }""", ["planner"]),
        ("updateZone", """mutation { updateZone(input: {code: "KHONG-CO", expectedVersion: 1, legalBasis: "1/QĐ", name: "x"}) { code } }""", ["planner"]),
        ("revertZone", """mutation { revertZone(input: {code: "KHONG-CO", toVersion: 1, expectedVersion: 2, legalBasis: "1/QĐ"}) { code } }""", ["planner"]),
        ("createPlot", $$"""mutation { createPlot(input: {code: "X-AUTH", zoneCode: "KHONG-CO", landUseCode: "SKC", geometry: {{Bowtie}}, legalBasis: "1/QĐ"}) { code } }""", ["planner"]),
        ("updatePlot", """mutation { updatePlot(input: {code: "KHONG-CO", expectedVersion: 1, legalBasis: "1/QĐ", landUseCode: "SKC"}) { code } }""", ["planner"]),
        ("splitPlot", $$"""mutation { splitPlot(input: {code: "KHONG-CO", expectedVersion: 1, line: {{Line}}, newCodes: ["A", "B"], legalBasis: "1/QĐ"}) { code } }""", ["planner"]),
        ("mergePlots", """mutation { mergePlots(input: {codes: ["KHONG-CO-1", "KHONG-CO-2"], newCode: "X-AUTH", legalBasis: "1/QĐ"}) { code } }""", ["planner"]),
        ("revertPlot", """mutation { revertPlot(input: {code: "KHONG-CO", toVersion: 1, expectedVersion: 2, legalBasis: "1/QĐ"}) { code } }""", ["planner"]),
        ("allocatePlot", """mutation { allocatePlot(input: {plotCode: "KHONG-CO", investorCode: "KHONG-CO", form: LEASE_ANNUAL, startDate: "2030-01-01", termYears: 50}) { code } }""", ["planner"]),
        ("endAllocation", """mutation { endAllocation(input: {code: "KHONG-CO", status: ENDED, decisionNumber: "1/QĐ"}) { code } }""", ["planner"]),
        ("recordClearanceStep", """mutation { recordClearanceStep(input: {projectCode: "KHONG-CO", stepNo: 1, completedOn: "2030-01-01"}) { id } }""", ["planner"]),
        ("requestConversion", $$"""mutation { requestConversion(input: {code: "X-AUTH", name: "x", fromLandUseCode: "LUC", toLandUseCode: "SKC", geometry: {{Bowtie}}}) { code } }""", ["planner"]),
        ("decideConversion", """mutation { decideConversion(input: {code: "KHONG-CO", status: APPROVED, decisionNumber: "1/QĐ", decisionDate: "2030-01-01"}) { code } }""", ["planner"]),
        ("flagViolation", $$"""mutation { flagViolation(input: {geometry: {{Bowtie}}, category: OTHER, description: "x"}) { code } }""", ["inspector"]),
        ("updateViolationStatus", """mutation { updateViolationStatus(input: {code: "KHONG-CO", status: RESOLVED}) { code } }""", ["inspector"]),
        ("saveUser", """mutation { saveUser(input: {username: "x-auth", displayName: "x", roles: [INVESTOR], investorCode: "KHONG-CO"}) { username } }""", ["admin"]),
    ];

    public static TheoryData<string, string> MutationCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, _, _) in Mutations)
            foreach (var role in Everyone)
                data.Add(name, role);
        return data;
    }

    private GraphQLClient Client(string role) => role == "anonymous" ? host.Anonymous : host.As(role);

    [Theory]
    [MemberData(nameof(MutationCases))]
    public async Task Only_the_right_role_gets_past_the_role_check_of_each_mutation(string mutation, string role)
    {
        var (_, document, allowed) = Mutations.Single(m => m.Name == mutation);
        var before = await AuditRows();

        var response = await Client(role).PostAsync(document);

        Assert.True(response.HasErrors, $"{mutation} as {role} should be refused (by role or by its invalid input): {response.Body}");
        var expected = allowed.Contains(role) ? null : role == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
        if (expected is null)
            Assert.DoesNotContain(response.ErrorCode, new[] { "FORBIDDEN", "UNAUTHENTICATED" });
        else
            Assert.Equal(expected, response.ErrorCode);
        Assert.Equal(before, await AuditRows());
    }

    [Theory]
    [InlineData("planner")]
    [InlineData("inspector")]
    [InlineData("investor")]
    [InlineData("admin")]
    [InlineData("anonymous")]
    public async Task Every_signed_in_role_may_log_out_and_anonymous_may_not(string role)
    {
        // A session of its own: logging out the fixture's shared token would sign the other tests out.
        var client = role == "anonymous" ? host.Anonymous : new GraphQLClient(host.Client, await host.SignInAsync(role));

        var response = await client.PostAsync("mutation { logout }");

        Assert.Equal(role == "anonymous" ? "UNAUTHENTICATED" : null, response.ErrorCode);
    }

    public static TheoryData<string> Endpoints() =>
        ["/graphql?query=%7Bme%7Busername%7D%7D", "/tiles/zones/10/812/448.mvt", "/tiles/clearance/10/812/448.mvt",
         "/files/documents/1", "/files/photos/1"];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_bad_or_ended_token_gets_401_everywhere_not_the_anonymous_view(string url)
    {
        var ended = await host.SignInAsync("planner");
        await new GraphQLClient(host.Client, ended).DataAsync("mutation { logout }");

        foreach (var token in new[] { "khong-phai-token", ended })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using var response = await host.Client.SendAsync(request);

            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("UNAUTHENTICATED", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("planner", true)]
    [InlineData("inspector", false)]
    [InlineData("investor", false)]
    [InlineData("admin", false)]
    [InlineData("anonymous", false)]
    public async Task Household_data_of_site_clearance_is_for_planners_only(string role, bool sees)
    {
        var response = await Client(role).PostAsync(
            "{ clearanceProjects(first: 50) { nodes { code parcels { parcelCode household { name idNumber } compensationVnd } } } }");

        var names = Strings(response.Body, "name").Concat(Strings(response.Body, "idNumber")).ToList();
        if (sees)
        {
            Assert.False(response.HasErrors, response.Body.ToString());
            Assert.NotEmpty(names);
        }
        else
        {
            Assert.Empty(names);
            Assert.Contains(response.ErrorCode, new[] { "FORBIDDEN", "UNAUTHENTICATED" });
        }
    }

    [Theory]
    [InlineData("planner", true)]
    [InlineData("inspector", true)]
    [InlineData("investor", false)]
    [InlineData("admin", false)]
    [InlineData("anonymous", false)]
    public async Task Unpublished_dossiers_are_seen_by_staff_only(string role, bool sees)
    {
        var data = await Client(role).DataAsync("{ dossiers(first: 500, filter: {published: false}) { totalCount nodes { published } } }");

        var count = data.GetProperty("dossiers").GetProperty("totalCount").GetInt32();
        Assert.Equal(sees, count > 0);
    }

    [Theory]
    [InlineData("planner", null)]
    [InlineData("inspector", null)]
    [InlineData("investor", "FORBIDDEN")]
    [InlineData("admin", "FORBIDDEN")]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    public async Task Violations_are_for_planners_and_inspectors(string role, string? refusal)
    {
        var response = await Client(role).PostAsync("{ violations(first: 5) { totalCount nodes { code description } } }");

        Assert.Equal(refusal, response.HasErrors ? response.ErrorCode : null);
    }

    [Theory]
    [InlineData("admin", null)]
    [InlineData("planner", "FORBIDDEN")]
    [InlineData("inspector", "FORBIDDEN")]
    [InlineData("investor", "FORBIDDEN")]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    public async Task Only_administrators_list_users(string role, string? refusal)
    {
        var response = await Client(role).PostAsync("{ users(first: 5) { totalCount nodes { username roles } } }");

        Assert.Equal(refusal, response.HasErrors ? response.ErrorCode : null);
    }

    [Fact]
    public async Task An_investor_sees_only_its_own_allocations_and_their_terms()
    {
        var own = await host.As("investor").DataAsync("{ me { investor { code } } }");
        var ownCode = own.GetProperty("me").GetProperty("investor").GetProperty("code").GetString();

        var data = await host.As("investor").DataAsync("{ allocations(first: 500) { nodes { investor { code } landPriceVnd annualRentVnd } } }");

        var nodes = data.GetProperty("allocations").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(ownCode, n.GetProperty("investor").GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("inspector")]
    [InlineData("admin")]
    public async Task Staff_other_than_planners_do_not_see_allocation_terms(string role)
    {
        var response = await Client(role).PostAsync("{ allocations(first: 50) { nodes { code landPriceVnd annualRentVnd termsNote } } }");

        Assert.Contains(response.ErrorCode, new[] { "FORBIDDEN" });
        Assert.Empty(Strings(response.Body, "termsNote"));
    }

    private async Task<long> AuditRows()
    {
        await using var cmd = host.Database.CreateCommand("select count(*) from audit_log where action not in ('LOGIN', 'LOGOUT')");
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    // Every non-null string value of a property with this name anywhere in a JSON document.
    private static IEnumerable<string> Strings(JsonElement element, string property) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == property && p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? [p.Value.ToString()]
                : Strings(p.Value, property)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Strings(e, property)),
        _ => [],
    };
}
