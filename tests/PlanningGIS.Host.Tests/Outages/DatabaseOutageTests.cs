using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace PlanningGIS.Host.Tests.Outages;

/// <summary>A host whose PostgreSQL went away after start-up (the relay between them is cut).</summary>
public sealed class OutageHostFixture : HostFixture
{
    private DatabaseRelay relay = null!;

    protected override string HostConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        relay = new DatabaseRelay(builder.Host!, builder.Port);
        builder.Host = "127.0.0.1";
        builder.Port = relay.Port;
        return builder.ConnectionString;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The host has used its pool (migrations, sample data check): those connections break too.
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);
        relay.Cut();
    }

    public override async Task DisposeAsync()
    {
        await relay.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class DatabaseOutageTests(OutageHostFixture host) : IClassFixture<OutageHostFixture>
{
    private const string PlotsQuery = "{ plots(first: 1) { nodes { code } } }";

    [Fact]
    public async Task Anonymous_GraphQL_is_503_service_unavailable()
    {
        var body = await AssertUnavailableAsync(GraphQL(PlotsQuery, token: null));

        AssertGraphQLOutage(body);
    }

    [Fact]
    public async Task Signed_in_GraphQL_is_503_service_unavailable()
    {
        var body = await AssertUnavailableAsync(GraphQL(PlotsQuery, host.TokenOf("planner")));

        AssertGraphQLOutage(body);
    }

    [Fact]
    public async Task A_login_is_503_service_unavailable()
    {
        var body = await AssertUnavailableAsync(GraphQL(
            """mutation { login(username: "planner.test", password: "mật-khẩu-thử-planner") { token } }""", token: null));

        AssertGraphQLOutage(body);
    }

    [Fact]
    public async Task GraphQL_with_the_legacy_media_type_is_503_too()
    {
        var request = GraphQL(PlotsQuery, token: null);
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd("application/json");

        AssertGraphQLOutage(await AssertUnavailableAsync(request));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("planner")]
    public async Task Tiles_are_503_service_unavailable(string? role)
    {
        var body = await AssertUnavailableAsync(Get("/tiles/zones/14/13040/7221.mvt", role));

        AssertOutage(body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("planner")]
    public async Task Document_downloads_are_503_service_unavailable(string? role)
    {
        AssertOutage(await AssertUnavailableAsync(Get("/files/documents/1", role)));
    }

    [Fact]
    public async Task Photo_downloads_are_503_service_unavailable()
    {
        AssertOutage(await AssertUnavailableAsync(Get("/files/photos/1", "inspector")));
    }

    [Fact]
    public async Task Healthz_is_503_with_the_same_code_and_message()
    {
        var body = await AssertUnavailableAsync(Get("/healthz", role: null));

        AssertOutage(body);
        Assert.False(body.GetProperty("database").GetProperty("reachable").GetBoolean());
    }

    private HttpRequestMessage GraphQL(string query, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private HttpRequestMessage Get(string path, string? role)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (role is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenOf(role));
        return request;
    }

    private async Task<JsonElement> AssertUnavailableAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await host.Client.SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {text}");
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After: " + response.Headers.RetryAfter);
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    private static void AssertGraphQLOutage(JsonElement body)
    {
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("SERVICE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        AssertVietnamese(error.GetProperty("message").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    private static void AssertOutage(JsonElement body)
    {
        Assert.Equal("SERVICE_UNAVAILABLE", body.GetProperty("code").GetString());
        AssertVietnamese(body.GetProperty("message").GetString());
    }

    private static void AssertVietnamese(string? message) => Assert.Contains("cơ sở dữ liệu", message);
}
