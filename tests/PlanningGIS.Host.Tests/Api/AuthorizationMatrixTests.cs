using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Every declared policy (every mutation and query that is not public, every @restricted field) called
/// or read as every role: the cases come from the schema and the policies (<see cref="AuthorizationMatrix"/>),
/// so a new mutation is covered as soon as it builds — and it does not build without a policy. An
/// allowed role gets past the policy and is then refused for another reason (NOT_FOUND, INVALID_GEOMETRY,
/// ...): nothing changes. Below, a few rules checked against the data itself.
/// </summary>
public sealed class AuthorizationMatrixTests(HostFixture host) : IClassFixture<HostFixture>
{
    public static TheoryData<string, string> PolicyCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var declared in AuthorizationMatrix.Policies.Where(p => !p.Policy.IsPublic))
            foreach (var role in AuthorizationMatrix.Roles)
                data.Add(declared.Coordinate, role);
        return data;
    }

    private GraphQLClient Client(string role) => role == "anonymous" ? host.Anonymous : host.As(role);

    [Theory]
    [MemberData(nameof(PolicyCases))]
    public async Task Each_policy_lets_through_exactly_its_roles(string coordinate, string role)
    {
        var policy = AuthorizationMatrix.Policies.Single(p => p.Coordinate == coordinate).Policy;
        var (document, field) = AuthorizationMatrix.DocumentFor(coordinate);
        var passes = AuthorizationMatrix.Passes(policy, role);
        var mutation = coordinate.StartsWith("Mutation.", StringComparison.Ordinal);
        // A session of its own for a mutation that may run (logout would sign the other tests out).
        var client = mutation && passes == true ? new GraphQLClient(host.Client, await host.SignInAsync(role)) : Client(role);
        var before = await AuditRows();

        var response = await client.PostAsync(document);

        var refusals = Refusals(response.Body, field).ToList();
        var why = $"{coordinate} as {role}, policy {policy.Name}: {document}\n{response.Body}";
        if (passes == true)
            Assert.True(refusals.Count == 0, why);
        else
            Assert.True(refusals.Count > 0, why);
        if (passes == false)
            Assert.All(refusals, code => Assert.Equal(role == "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", code));
        if (!mutation && !coordinate.StartsWith("Query.", StringComparison.Ordinal))
            Assert.True(response.Body.ToString().Contains($"\"{field}\""), "the document reaches no " + why);
        Assert.Equal(before, await AuditRows());
    }

    [Theory]
    [InlineData("planner")]
    [InlineData("inspector")]
    [InlineData("investor")]
    [InlineData("admin")]
    public async Task The_permissions_a_user_is_told_are_the_policies_that_let_the_role_through(string role)
    {
        var data = await host.As(role).DataAsync("{ me { permissions } }");

        var told = data.GetProperty("me").GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).Order().ToList();
        var expected = AuthorizationMatrix.Policies.Where(p => !p.Policy.IsPublic && AuthorizationMatrix.Passes(p.Policy, role) != false)
            .Select(p => p.Coordinate).Order().ToList();
        Assert.Equal(expected, told);
        Assert.Equal(role == "inspector", told.Contains("Mutation.flagViolation"));
        Assert.Equal(role == "planner", told.Contains("ClearanceParcel.household"));
    }

    // The codes of the authorization errors of the field (at a path that ends with it).
    private static IEnumerable<string> Refusals(JsonElement body, string field) =>
        body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray()
                .Where(e => e.TryGetProperty("path", out var path) && path[path.GetArrayLength() - 1].ToString() == field)
                .Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)
                .Where(code => code is "FORBIDDEN" or "UNAUTHENTICATED")
            : [];

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
