using System.Net;
using System.Text.Json;

namespace PlanningGIS.Host.Tests;

public sealed class HealthTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Healthz_reports_the_database_the_PostGIS_version_and_the_counts()
    {
        var response = await host.Client.GetAsync("/healthz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.StartsWith("3.", body.RootElement.GetProperty("database").GetProperty("postgis").GetString());
        Assert.Equal(198, body.RootElement.GetProperty("counts").GetProperty("dossiers").GetInt64());
        Assert.True(body.RootElement.GetProperty("counts").GetProperty("plots").GetInt64() > 0);
        Assert.False(body.RootElement.GetProperty("database").GetProperty("serverBinaryReplaced").GetBoolean());
        // One server in the connection string: no standby to report (tests/ops/standby.test.sh has one).
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("standby").ValueKind);
    }

    [Fact]
    public async Task The_web_map_page_is_served_at_the_root()
    {
        var response = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("PlanningGIS", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_web_map_is_sent_compressed_but_API_responses_are_not()
    {
        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var graphql = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        graphql.Headers.AcceptEncoding.ParseAdd("br, gzip");

        using var pageResponse = await host.Client.SendAsync(page);
        using var apiResponse = await host.Client.SendAsync(graphql);

        Assert.Contains("br", pageResponse.Content.Headers.ContentEncoding);
        Assert.Empty(apiResponse.Content.Headers.ContentEncoding);
    }
}

/// <summary>
/// A host that sees an installed PostgreSQL binary newer than the running server, as after an apt
/// upgrade under a running cluster (simulated: Planning:PostgresBinary is a file written just now).
/// </summary>
public sealed class UpgradedServerHostFixture : HostFixture
{
    private static readonly string InstalledBinary = NewFile();

    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string> { ["Planning:PostgresBinary"] = InstalledBinary };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(InstalledBinary);
    }

    private static string NewFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "planninggis-postgres-" + Guid.NewGuid().ToString("N")[..12]);
        File.WriteAllText(path, "a newer server binary");
        return path;
    }
}

public sealed class UpgradedServerHealthTests(UpgradedServerHostFixture host) : IClassFixture<UpgradedServerHostFixture>
{
    [Fact]
    public async Task Healthz_reports_a_server_binary_replaced_under_the_running_cluster()
    {
        var response = await host.Client.GetAsync("/healthz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("SERVICE_UNAVAILABLE", body.RootElement.GetProperty("code").GetString());
        Assert.True(body.RootElement.GetProperty("database").GetProperty("serverBinaryReplaced").GetBoolean());
        Assert.Contains("khởi động lại cơ sở dữ liệu", body.RootElement.GetProperty("message").GetString());
    }
}
