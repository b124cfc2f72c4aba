using Npgsql;

namespace PlanningGIS.Planning.Database;

public sealed record DatabaseHealth(bool Reachable, string? PostgisVersion, IReadOnlyDictionary<string, long> Counts, string? Error);

/// <summary>What /healthz reports: can we reach PostGIS, which version, and how much data is there.</summary>
public sealed class DatabaseStatus(NpgsqlDataSource dataSource)
{
    private static readonly string[] CountedTables =
    [
        "dossiers", "zones", "plots", "allocations", "investors", "clearance_projects", "clearance_parcels",
        "land_use_current", "conversions", "violations", "land_use_codes", "users",
    ];

    // One round trip: the version and every count in a single statement.
    private static readonly string Sql =
        "select postgis_lib_version(), " + string.Join(", ", CountedTables.Select(t => $"(select count(*) from {t})"));

    public async Task<DatabaseHealth> CheckAsync(CancellationToken ct)
    {
        try
        {
            await using var cmd = dataSource.CreateCommand(Sql);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var counts = new Dictionary<string, long>();
            for (var i = 0; i < CountedTables.Length; i++)
                counts[CountedTables[i]] = reader.GetInt64(i + 1);
            return new DatabaseHealth(true, reader.GetString(0), counts, null);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            return new DatabaseHealth(false, null, new Dictionary<string, long>(), e.Message);
        }
    }
}
