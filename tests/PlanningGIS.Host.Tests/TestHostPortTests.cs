using System.Net;
using System.Net.Sockets;
using PlanningGIS.Host.Tests.GraphQL;

namespace PlanningGIS.Host.Tests;

/// <summary>The suite must pass while `./planning-gis run` serves the app on its port.</summary>
public sealed class TestHostPortTests
{
    // The port of `./planning-gis run` and of appsettings.json's Urls.
    private const int AppPort = 5080;

    [Fact]
    public async Task Every_test_host_starts_while_the_app_port_is_taken()
    {
        using var app = TakeAppPort();
        await AssertStartsOnAFreePortAsync(new HostFixture(), f => f.Client);
        await AssertStartsOnAFreePortAsync(new ConfiguredHostFixture(), f => f.Client);
    }

    private static async Task AssertStartsOnAFreePortAsync<T>(T fixture, Func<T, HttpClient> client) where T : IAsyncLifetime
    {
        await fixture.InitializeAsync();
        try
        {
            var response = await client(fixture).GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(AppPort, client(fixture).BaseAddress!.Port);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    // Listens on the app's port, unless something (the app itself) already does.
    private static TcpListener? TakeAppPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, AppPort);
        try
        {
            listener.Start();
            return listener;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return null;
        }
    }
}
