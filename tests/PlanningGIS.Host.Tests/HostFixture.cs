using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace PlanningGIS.Host.Tests;

/// <summary>
/// The real host on real Kestrel (a loopback port), over its own copy of the sample database on the
/// throwaway cluster that `./planning-gis test` starts.
/// </summary>
public class HostFixture : IAsyncLifetime
{
    /// <summary>Settings a derived fixture adds to the host's configuration.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    private readonly string database = "host_" + Guid.NewGuid().ToString("N")[..12];
    private WebApplicationFactory<Program> factory = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Where this host keeps uploaded files (Planning:DocumentsDirectory): a temporary folder of its own.</summary>
    public string FilesDirectory { get; } = Path.Combine(Path.GetTempPath(), "planninggis-files-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The fixture's own database (a copy of the sample), for arranging and checking data directly.</summary>
    public NpgsqlDataSource Database { get; private set; } = null!;

    /// <summary>The connection string of that database (with its password), for a process of its own such as the command line.</summary>
    public string ConnectionString { get; private set; } = null!;

    /// <summary>A new session of a test account ("planner", "inspector", "investor", "admin"), signed in over HTTP.</summary>
    public async Task<string> SignInAsync(string role)
    {
        var login = await Anonymous.DataAsync("mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
            new { u = role + ".test", p = "mật-khẩu-thử-" + role });
        return login.GetProperty("login").GetProperty("token").GetString()!;
    }

    /// <summary>GraphQL over HTTP as one of the test accounts (see <see cref="GraphQLClient"/>).</summary>
    public GraphQLClient As(string role) => new(Client, Tokens.TryGetValue(role, out var token) ? token : null);

    public GraphQLClient Anonymous => new(Client, null);

    /// <summary>The bearer token of a test account, for requests other than GraphQL (tiles, files).</summary>
    public string TokenOf(string role) => Tokens[role];

    // A signed-in token per role: "planner", "inspector", "investor" (acts for the first sample investor), "admin".
    private readonly Dictionary<string, string> Tokens = new();

    /// <summary>Services a derived fixture adds to the host (a logger provider that keeps what is logged, say).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>The connection string the host gets; a derived fixture may route it elsewhere.</summary>
    protected virtual string HostConnectionString(string connectionString) => connectionString;

    private static string Server => Environment.GetEnvironmentVariable("PLANNINGGIS_TEST_SERVER")
        ?? throw new InvalidOperationException("PLANNINGGIS_TEST_SERVER is not set: run the tests with ./planning-gis test.");

    public virtual async Task InitializeAsync()
    {
        await using (var server = NpgsqlDataSource.Create(Server))
        await using (var cmd = server.CreateCommand($"create database {database} template planninggis_template"))
            await cmd.ExecuteNonQueryAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;
        ConnectionString = connectionString;
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("PLANNINGGIS_DATABASE", HostConnectionString(connectionString))
            .UseSetting("Planning:DocumentsDirectory", FilesDirectory)
            .UseSetting("Planning:PhotosDirectory", Path.Combine(FilesDirectory, "photos"))
            // A free port of its own: appsettings' Urls (5080) would clash with `run` and with the other fixtures.
            .UseSetting("Urls", "http://127.0.0.1:0")
            .UseSettings(Settings)
            .ConfigureServices(ConfigureServices));
        factory.UseKestrel(0);
        factory.StartServer();
        Client = factory.CreateClient();
        Database = PlanningGIS.Planning.PlanningServices.CreateDataSource(connectionString);
        var accounts = new PlanningGIS.Planning.Accounts.AccountStore(Database, TimeProvider.System);
        await using (var cmd = Database.CreateCommand("select id from investors order by code limit 1"))
        {
            var investor = (long)(await cmd.ExecuteScalarAsync())!;
            foreach (var role in PlanningGIS.Planning.Accounts.Roles.All)
            {
                var username = role + ".test";
                await accounts.SaveAsync(username, "Tài khoản thử " + role, [role], "mật-khẩu-thử-" + role,
                    role == PlanningGIS.Planning.Accounts.Roles.Investor ? investor : null);
                Tokens[role] = (await accounts.LoginAsync(username, "mật-khẩu-thử-" + role)).Session!.Token;
            }
        }
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await Database.DisposeAsync();
        await factory.DisposeAsync();
        await using var server = NpgsqlDataSource.Create(Server);
        await using var cmd = server.CreateCommand($"drop database if exists {database} with (force)");
        await cmd.ExecuteNonQueryAsync();
        if (Directory.Exists(FilesDirectory))
            Directory.Delete(FilesDirectory, recursive: true);
    }
}

internal static class WebHostBuilderSettings
{
    public static Microsoft.AspNetCore.Hosting.IWebHostBuilder UseSettings(
        this Microsoft.AspNetCore.Hosting.IWebHostBuilder builder, IReadOnlyDictionary<string, string> settings)
    {
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        return builder;
    }
}
