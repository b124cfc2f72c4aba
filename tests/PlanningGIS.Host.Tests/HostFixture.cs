using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace PlanningGIS.Host.Tests;

/// <summary>
/// The real host on real Kestrel (a loopback port), over its own copy of the sample database on the
/// throwaway cluster that `./planning-gis test` starts.
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    private readonly string database = "host_" + Guid.NewGuid().ToString("N")[..12];
    private WebApplicationFactory<Program> factory = null!;

    public HttpClient Client { get; private set; } = null!;

    private static string Server => Environment.GetEnvironmentVariable("PLANNINGGIS_TEST_SERVER")
        ?? throw new InvalidOperationException("PLANNINGGIS_TEST_SERVER is not set: run the tests with ./planning-gis test.");

    public async Task InitializeAsync()
    {
        await using (var server = NpgsqlDataSource.Create(Server))
        await using (var cmd = server.CreateCommand($"create database {database} template planninggis_template"))
            await cmd.ExecuteNonQueryAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("PLANNINGGIS_DATABASE", connectionString));
        factory.UseKestrel(0);
        factory.StartServer();
        Client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        await using var server = NpgsqlDataSource.Create(Server);
        await using var cmd = server.CreateCommand($"drop database if exists {database} with (force)");
        await cmd.ExecuteNonQueryAsync();
    }
}
