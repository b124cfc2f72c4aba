using Npgsql;
using PlanningGIS.Planning.Database;

namespace PlanningGIS.Planning.Tests;

/// <summary>
/// Which server reads and writes go to (see tests/ops/standby.test.sh for a real standby). A host
/// list that names one server twice has no standby: what a session that wrote does then is seen.
/// </summary>
public class DatabaseServersTests
{
    [Fact]
    public async Task One_host_takes_every_read_and_write_and_a_write_costs_no_extra_round_trip()
    {
        var servers = PlanningServices.CreateServers("Host=127.0.0.1;Port=1;Database=planninggis;Username=planning");
        await using var primary = servers.Primary;

        Assert.False(servers.HasStandby);
        Assert.Same(servers.Primary, servers.ForReading(null));
        Assert.Same(servers.Primary, servers.ForReading("session"));
        // Port 1 has no server: recording would fail if it sent anything.
        await servers.RecordWriteAsync(new NpgsqlConnection(), "session", CancellationToken.None);
        Assert.Equal(0, servers.SessionsAwaitingReplay);
        Assert.Null(await servers.CheckStandbyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Several_hosts_keep_the_data_source_settings_and_send_reads_elsewhere_than_writes()
    {
        await using var servers = PlanningServices.CreateServers("Host=127.0.0.1:1,127.0.0.1:2;Database=planninggis;Username=planning");

        Assert.True(servers.HasStandby);
        Assert.NotSame(servers.Primary, servers.ForReading(null));
        var settings = new NpgsqlConnectionStringBuilder(servers.Primary.ConnectionString);
        Assert.Equal(50, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
    }

    [Fact]
    public async Task A_session_that_wrote_reads_from_the_primary_while_no_standby_has_replayed_the_write()
    {
        await using var db = await TestDatabase.EmptyAsync();
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Database = db.Name };
        var twice = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Host = $"{server.Host}:{server.Port},{server.Host}:{server.Port}" };
        await using var servers = PlanningServices.CreateServers(twice.ConnectionString);
        await using (var connection = await servers.Primary.OpenConnectionAsync())
            await servers.RecordWriteAsync(connection, "writer", CancellationToken.None);

        Assert.Same(servers.Primary, servers.ForReading("writer"));
        Assert.NotSame(servers.Primary, servers.ForReading("reader"));
        Assert.Equal(1, servers.SessionsAwaitingReplay);
        // Both servers are primaries: the standby check finds none, so the writer stays on the primary.
        var health = await servers.CheckStandbyAsync(CancellationToken.None);
        Assert.False(health!.Reachable);
        Assert.Same(servers.Primary, servers.ForReading("writer"));
        Assert.Equal(1, health.SessionsAwaitingReplay);
    }

    [Fact]
    public async Task No_server_of_a_host_list_up_is_an_outage_also_once_Npgsql_knows_them_down()
    {
        await using var servers = PlanningServices.CreateServers("Host=127.0.0.1:1,127.0.0.1:2;Database=planninggis;Username=planning");

        var first = await Assert.ThrowsAnyAsync<NpgsqlException>(async () => await servers.Primary.OpenConnectionAsync());
        // Now both are marked down (Host Recheck Seconds): Npgsql tries none and says only that.
        var next = await Assert.ThrowsAnyAsync<NpgsqlException>(async () => await servers.ForReading(null).OpenConnectionAsync());

        Assert.True(DatabaseOutage.Is(first), first.ToString());
        Assert.True(DatabaseOutage.Is(next), next.ToString());
        Assert.Null(next.InnerException);
    }
}
