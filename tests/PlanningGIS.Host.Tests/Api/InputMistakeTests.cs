using PlanningGIS.Host.Tests.GraphQL;
using static PlanningGIS.Host.Tests.GraphQL.GraphQLHttp;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>Careless or hostile input gets a clear error with a stable code, never INTERNAL_SERVER_ERROR.</summary>
public sealed class InputMistakeTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }";

    [Fact]
    public async Task A_NUL_character_in_the_login_username_is_bad_user_input()
    {
        var error = await host.Anonymous.RejectedAsync("BAD_USER_INPUT", Login, new { u = "admin\0", p = "x" });
        Assert.Equal("Variable \"$u\" cannot contain the NUL character (U+0000), found at u.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_NUL_character_deep_in_a_variable_or_in_a_literal_is_bad_user_input()
    {
        var nested = await host.As("planner").RejectedAsync("BAD_USER_INPUT",
            "query($f: PlotFilter) { plots(filter: $f) { totalCount } }", new { f = new { landUseCode = new[] { "CN", "T\0MDV" } } });
        Assert.Contains("found at f.landUseCode[1]", nested.GetProperty("message").GetString());

        var literal = await host.Anonymous.RejectedAsync("BAD_USER_INPUT", """mutation { login(username: "a\u0000", password: "x") { token } }""");
        Assert.Equal("String cannot contain the NUL character (U+0000).", literal.GetProperty("message").GetString());
        Assert.Equal(1, literal.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("""{"query":"query($lon: Float!) { planningAt(lon: $lon, lat: 21.9) { lon } }","variables":{"lon":1e999}}""")]
    [InlineData("""{"query":"query($lon: Float!) { planningAt(lon: $lon, lat: 21.9) { lon } }","variables":{"lon":-1e999}}""")]
    [InlineData("""{"query":"{ planningAt(lon: 1e999, lat: 21.9) { lon } }"}""")]
    [InlineData("""{"query":"query($f: PlotFilter) { plots(filter: $f) { totalCount } }","variables":{"f":{"minAreaM2":1e999}}}""")]
    [InlineData("""{"query":"{ plots(filter: { spatial: { bbox: [1e999, 0, 1, 1] } }) { totalCount } }"}""")]
    public async Task A_number_too_large_for_a_double_is_a_GraphQL_coercion_error(string body)
    {
        var answer = await host.Client.PostRawAsync(body, Json, GraphQLResponseJson);

        Assert.Equal(400, answer.Status);
        Assert.Contains(answer.FirstCode, new[] { "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED" });
        Assert.Contains("Float cannot represent", answer.FirstMessage);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("DB_A")]
    [InlineData("\\")]
    public async Task Wildcards_in_a_text_filter_are_literal(string text)
    {
        var data = await host.Anonymous.DataAsync("query($t: String) { plots(filter: { text: $t }) { totalCount } zones(filter: { text: $t }) { totalCount } }",
            new { t = text });

        Assert.Equal(0, data.GetProperty("plots").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("zones").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_text_filter_still_finds_part_of_a_code()
    {
        var data = await host.Anonymous.DataAsync("{ plots(filter: { text: \"DB-A\" }) { totalCount } }");
        Assert.True(data.GetProperty("plots").GetProperty("totalCount").GetInt32() > 0);
    }
}
