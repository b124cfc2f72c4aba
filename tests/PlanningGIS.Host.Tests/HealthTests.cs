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
    }

    [Fact]
    public async Task The_web_map_page_is_served_at_the_root()
    {
        var response = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("PlanningGIS", await response.Content.ReadAsStringAsync());
    }
}
