using static PlanningGIS.Host.Tests.GraphQL.GraphQLHttp;

namespace PlanningGIS.Host.Tests.GraphQL;

/// <summary>A host with GraphQL:EnableIntrospection=false, a 64 KB body limit and GraphiQL off.</summary>
public sealed class ConfiguredHostFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["GraphQL:EnableIntrospection"] = "false",
        ["GraphQL:MaxRequestBodyBytes"] = "65536",
        ["GraphQL:GraphiQL"] = "false",
    };
}

public sealed class ConfiguredHostTests(ConfiguredHostFixture host) : IClassFixture<ConfiguredHostFixture>
{
    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Query\") { name } }")]
    public async Task Introspection_switched_off_by_configuration_is_a_request_error(string query)
    {
        var answer = await host.Client.PostJsonAsync(new { query }, GraphQLResponseJson);

        Assert.Equal(400, answer.Status);
        Assert.Equal("INTROSPECTION_DISABLED", answer.FirstCode);
    }

    [Fact]
    public async Task Typename_still_works_without_introspection()
    {
        var answer = await host.Client.PostJsonAsync(new { query = "{ __typename }" }, GraphQLResponseJson);

        Assert.Equal(200, answer.Status);
    }

    [Fact]
    public async Task A_body_over_the_configured_limit_is_413()
    {
        var big = new string('x', 70_000);
        var answer = await host.Client.PostJsonAsync(new { query = "query($s: String) { __typename }", variables = new { s = big } }, GraphQLResponseJson);

        Assert.Equal(413, answer.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", answer.FirstCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_too()
    {
        var big = "{\"query\":\"{ __typename }\",\"variables\":{\"s\":\"" + new string('x', 70_000) + "\"}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new NoLengthStream(System.Text.Encoding.UTF8.GetBytes(big))),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.TransferEncodingChunked = true;
        var answer = await host.Client.SendRawAsync(request, GraphQLResponseJson);

        Assert.Equal(413, answer.Status);
    }

    [Fact]
    public async Task With_GraphiQL_off_a_browser_gets_the_API_answer()
    {
        var answer = await host.Client.GetAsync("{ __typename }", accept: Browser);

        Assert.Equal(200, answer.Status);
        Assert.Equal(Json, answer.MediaType);
    }

    /// <summary>A stream that hides its length, so HttpClient sends it chunked.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
