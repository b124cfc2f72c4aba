using System.Net.Http.Headers;
using System.Text.Json;

namespace PlanningGIS.Host.Tests.Observability;

/// <summary>A host whose /metrics is closed to loopback (as behind a reverse proxy on the same machine).</summary>
public sealed class ClosedMetricsHostFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string> { ["Metrics:AllowLoopback"] = "false" };
}

/// <summary>A host with metrics switched off (Metrics:Enabled=false).</summary>
public sealed class MetricsOffHostFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string> { ["Metrics:Enabled"] = "false" };
}

/// <summary>Metrics off: /metrics is not there, the API works as before.</summary>
public sealed class MetricsOffTests(MetricsOffHostFixture host) : IClassFixture<MetricsOffHostFixture>
{
    [Fact]
    public async Task Metrics_is_404_and_the_api_answers()
    {
        var data = await host.Anonymous.DataAsync("{ zones(first: 2) { nodes { code } } }");

        using var response = await host.Client.GetAsync("/metrics");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(2, data.GetProperty("zones").GetProperty("nodes").GetArrayLength());
    }
}

/// <summary>/metrics from loopback (the test client is on 127.0.0.1): open, in the Prometheus text format.</summary>
public sealed class MetricsEndpointTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Loopback_reads_the_request_and_database_metrics_without_signing_in()
    {
        await host.Anonymous.DataAsync("{ zones(first: 2) { nodes { code } } }");

        using var response = await host.Client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text);
        Assert.Contains("http_route=\"/graphql\"", text);
        Assert.Contains("db_client_operation_duration_seconds_count{", text);
    }
}

/// <summary>/metrics when loopback is not enough: only a signed-in administrator reads it.</summary>
public sealed class ClosedMetricsEndpointTests(ClosedMetricsHostFixture host) : IClassFixture<ClosedMetricsHostFixture>
{
    [Fact]
    public async Task Anonymous_gets_401()
    {
        var (status, code, _) = await MetricsAsync(null);

        Assert.Equal(401, status);
        Assert.Equal("UNAUTHENTICATED", code);
    }

    [Fact]
    public async Task An_unknown_token_gets_401()
    {
        var (status, code, _) = await MetricsAsync("not-a-session");

        Assert.Equal(401, status);
        Assert.Equal("UNAUTHENTICATED", code);
    }

    [Theory]
    [InlineData("planner")]
    [InlineData("inspector")]
    [InlineData("investor")]
    public async Task Another_role_gets_403(string role)
    {
        var (status, code, _) = await MetricsAsync(host.TokenOf(role));

        Assert.Equal(403, status);
        Assert.Equal("FORBIDDEN", code);
    }

    [Fact]
    public async Task An_administrator_reads_them()
    {
        var (status, _, text) = await MetricsAsync(host.TokenOf("admin"));

        Assert.Equal(200, status);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text);
    }

    private async Task<(int Status, string? Code, string Text)> MetricsAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var code = response.Content.Headers.ContentType?.MediaType == "application/json"
            ? JsonDocument.Parse(text).RootElement.GetProperty("code").GetString()
            : null;
        return ((int)response.StatusCode, code, text);
    }
}
