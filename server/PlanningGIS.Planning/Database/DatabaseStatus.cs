using Microsoft.Extensions.Options;
using Npgsql;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Database;

/// <param name="ServerBinaryReplaced">
/// The installed server binary is newer than the running server (an upgrade under a running
/// cluster: new backends then load libraries the old binary cannot use); null when the database
/// role may not look (not a superuser).
/// </param>
/// <param name="Standby">The standby that reads go to, when the connection string names one.</param>
public sealed record DatabaseHealth(
    bool Reachable, string? PostgisVersion, IReadOnlyDictionary<string, long> Counts, string? Error, bool? ServerBinaryReplaced = null,
    StandbyHealth? Standby = null);

/// <summary>
/// What /healthz reports: can we reach PostGIS, which version, how much data is there, is the server
/// binary current, and, with a standby, how far behind the primary it is.
/// </summary>
public sealed class DatabaseStatus(DatabaseServers servers, IOptions<PlanningOptions> options)
{
    private static readonly string[] CountedTables =
    [
        "dossiers", "zones", "plots", "allocations", "investors", "clearance_projects", "clearance_parcels",
        "land_use_current", "conversions", "violations", "land_use_codes", "users",
    ];

    // One round trip: the version, whether we may stat the server's files, and every count.
    private static readonly string Sql =
        "select postgis_lib_version() as postgis, (select rolsuper from pg_roles where rolname = current_user) as superuser, " +
        string.Join(", ", CountedTables.Select(t => $"(select count(*) from {t}) as {t}"));

    // pg_stat_file's "change" is the file's ctime: when the package manager put the binary there.
    private const string ServerBinarySql = """
        select coalesce((pg_stat_file(coalesce(@binary, (select setting from pg_config where name = 'BINDIR') || '/postgres'))).change
                        > pg_postmaster_start_time(), false)
        """;

    public async Task<DatabaseHealth> CheckAsync(CancellationToken ct)
    {
        var standby = servers.CheckStandbyAsync(ct);
        var primary = await CheckPrimaryAsync(ct);
        return primary with { Standby = await standby };
    }

    private async Task<DatabaseHealth> CheckPrimaryAsync(CancellationToken ct)
    {
        var dataSource = servers.Primary;
        try
        {
            string postgis;
            bool superuser;
            var counts = new Dictionary<string, long>();
            await using (var cmd = dataSource.CreateCommand(Sql))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                var row = new RowReader(reader);
                await reader.ReadAsync(ct);
                (postgis, superuser) = (row.Get<string>("postgis"), row.Get<bool>("superuser"));
                foreach (var table in CountedTables)
                    counts[table] = row.Get<long>(table);
            }
            return new DatabaseHealth(true, postgis, counts, null, superuser ? await ServerBinaryReplacedAsync(ct) : null);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            return new DatabaseHealth(false, null, new Dictionary<string, long>(), e.Message);
        }
    }

    private async Task<bool> ServerBinaryReplacedAsync(CancellationToken ct)
    {
        await using var cmd = servers.Primary.CreateCommand(ServerBinarySql);
        cmd.Parameters.Add(new NpgsqlParameter("binary", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)options.Value.PostgresBinary ?? DBNull.Value });
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
