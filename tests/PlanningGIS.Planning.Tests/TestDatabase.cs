using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PlanningGIS.Planning.Database;
using PlanningGIS.Planning.SampleData;

namespace PlanningGIS.Planning.Tests;

/// <summary>
/// A database of its own for a test class, on the throwaway cluster that `./planning-gis test` starts:
/// either a copy of the migrated template with the sample data, or an empty one.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Template = "planninggis_template";

    private TestDatabase(string name, NpgsqlDataSource dataSource)
    {
        Name = name;
        DataSource = dataSource;
    }

    public string Name { get; }
    public NpgsqlDataSource DataSource { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("PLANNINGGIS_TEST_SERVER")
        ?? throw new InvalidOperationException("PLANNINGGIS_TEST_SERVER is not set: run the tests with ./planning-gis test.");

    public static string SampleDataDirectory =>
        Environment.GetEnvironmentVariable("PLANNINGGIS_SAMPLE_DATA")
        ?? throw new InvalidOperationException("PLANNINGGIS_SAMPLE_DATA is not set: run the tests with ./planning-gis test.");

    public static Task<TestDatabase> CopyOfSampleAsync() => CreateAsync($"template {Template}");

    public static Task<TestDatabase> EmptyAsync() => CreateAsync("");

    private static async Task<TestDatabase> CreateAsync(string options)
    {
        var name = "test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var server = NpgsqlDataSource.Create(ServerConnectionString))
        {
            await using var cmd = server.CreateCommand($"create database {name} {options}");
            await cmd.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new TestDatabase(name, PlanningServices.CreateDataSource(builder.ConnectionString));
    }

    public Migrator Migrator() => new(DataSource, NullLogger<Migrator>.Instance);

    public SampleDataLoader Loader() => new(DataSource, NullLogger<SampleDataLoader>.Instance);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Runs the statement expecting PostgreSQL to reject it; returns the error.</summary>
    public async Task<PostgresException> RejectsAsync(string sql) =>
        await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(sql));

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await using var server = NpgsqlDataSource.Create(ServerConnectionString);
        await using var cmd = server.CreateCommand($"drop database if exists {Name} with (force)");
        await cmd.ExecuteNonQueryAsync();
    }
}
