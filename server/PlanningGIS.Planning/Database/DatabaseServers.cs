using System.Collections.Concurrent;
using Npgsql;
using NpgsqlTypes;

namespace PlanningGIS.Planning.Database;

/// <summary>
/// The PostgreSQL servers the API uses. The connection string names one host (all work goes to it)
/// or a primary and its streaming standbys, "Host=primary:5432,standby:5432" (any order: Npgsql
/// asks each server whether it is in recovery). Writes, logins, migrations, the sample-data loader,
/// uploads and /healthz's counts use <see cref="Primary"/>; API reads use <see cref="ForReading"/>, a
/// standby when one answers, else the primary (a standby that is down costs no outage).
/// </summary>
/// <remarks>
/// Read after one's own write: a session that has written reads from the primary until the standby
/// has replayed that write, i.e. until the standby's <c>pg_last_wal_replay_lsn()</c> is at or past the
/// primary's WAL position taken just after the commit. Chosen over pinning the session to the
/// primary for a fixed time: it is exact whatever the lag (a standby that falls minutes behind, or is
/// paused, never shows a planner the plot as it was before their edit), and a session goes back to
/// the standby as soon as it has caught up instead of after a guessed delay. The standby is asked in
/// the background, so no request waits for it: a session with an unreplayed write is simply served
/// by the primary meanwhile. The standby that the check asks is the one the reads reach: the first
/// standby in the host list that answers (Npgsql's order without "Load Balance Hosts"). What a session
/// wrote is known to this API process only: several API processes need a load balancer that keeps a
/// bearer token on one process (or a session may read from the standby, before replay, on another).
/// </remarks>
public sealed class DatabaseServers : IAsyncDisposable
{
    private readonly NpgsqlMultiHostDataSource? cluster;
    private readonly NpgsqlDataSource? preferStandby;
    private readonly NpgsqlDataSource? standby;

    // Per session, the primary's WAL position just after its latest write that the standby may not have replayed yet.
    private readonly ConcurrentDictionary<string, ulong> unreplayedWrites = new();
    private ulong replayed;
    private int checking;

    /// <summary>One server, as built by <see cref="PlanningServices.CreateDataSource"/>: everything goes to it.</summary>
    public DatabaseServers(NpgsqlDataSource primary) => Primary = primary;

    public DatabaseServers(NpgsqlMultiHostDataSource cluster)
    {
        this.cluster = cluster;
        Primary = cluster.WithTargetSession(TargetSessionAttributes.Primary);
        preferStandby = cluster.WithTargetSession(TargetSessionAttributes.PreferStandby);
        standby = cluster.WithTargetSession(TargetSessionAttributes.Standby);
    }

    public NpgsqlDataSource Primary { get; }

    /// <summary>Whether the connection string names standbys (then writes record their WAL position).</summary>
    public bool HasStandby => cluster is not null;

    /// <summary>Sessions that read from the primary until the standby replays their latest write.</summary>
    public int SessionsAwaitingReplay => unreplayedWrites.Count;

    /// <summary>Where a read of this session (null: anonymous) goes: a standby unless the session's latest write is not replayed there yet.</summary>
    public NpgsqlDataSource ForReading(string? sessionId)
    {
        if (preferStandby is null)
            return Primary;
        if (sessionId is null || !unreplayedWrites.TryGetValue(sessionId, out var written))
            return preferStandby;
        if (written <= Volatile.Read(ref replayed))
        {
            unreplayedWrites.TryRemove(new KeyValuePair<string, ulong>(sessionId, written));
            return preferStandby;
        }
        CheckReplayInBackground();
        return Primary;
    }

    /// <summary>
    /// After a commit on <paramref name="connection"/> (to the primary): until the standby has replayed
    /// this far, the session reads from the primary. Nothing to do (no round trip) with one server.
    /// </summary>
    public async Task RecordWriteAsync(NpgsqlConnection connection, string? sessionId, CancellationToken ct)
    {
        if (cluster is null || sessionId is null)
            return;
        // The insert position, not the written or flushed one: with synchronous_commit off those can still be
        // before the commit record. Past it by background WAL at most, which only keeps the session on the primary longer.
        await using var cmd = new NpgsqlCommand("select pg_current_wal_insert_lsn()", connection);
        var position = (ulong)(NpgsqlLogSequenceNumber)(await cmd.ExecuteScalarAsync(ct))!;
        unreplayedWrites.AddOrUpdate(sessionId, position, (_, earlier) => Math.Max(earlier, position));
    }

    // One check at a time; a standby that cannot be asked leaves the sessions on the primary.
    private void CheckReplayInBackground()
    {
        if (Interlocked.Exchange(ref checking, 1) == 1)
            return;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var cmd = standby!.CreateCommand("select pg_last_wal_replay_lsn()");
                if (await cmd.ExecuteScalarAsync() is NpgsqlLogSequenceNumber position)
                    Replayed((ulong)position);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // No standby answers: the reads go to the primary anyway (PreferStandby).
            }
            finally
            {
                Volatile.Write(ref checking, 0);
            }
        });
    }

    private void Replayed(ulong position)
    {
        ulong seen;
        do
        {
            seen = Volatile.Read(ref replayed);
            if (position <= seen)
                return;
        } while (Interlocked.CompareExchange(ref replayed, position, seen) != seen);
        // Sessions that wrote and have not read since are forgotten too.
        foreach (var (session, written) in unreplayedWrites)
            if (written <= position)
                unreplayedWrites.TryRemove(new KeyValuePair<string, ulong>(session, written));
    }

    /// <summary>What /healthz says of the standby, or null without one.</summary>
    public async Task<StandbyHealth?> CheckStandbyAsync(CancellationToken ct)
    {
        if (standby is null)
            return null;
        // The primary first: the standby's position read after it can only be closer, so a lag is never overstated.
        ulong? primaryPosition = null;
        try
        {
            await using var current = Primary.CreateCommand("select pg_current_wal_lsn()");
            primaryPosition = (ulong)(NpgsqlLogSequenceNumber)(await current.ExecuteScalarAsync(ct))!;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The primary's own health says why.
        }
        try
        {
            await using var connection = await standby.OpenConnectionAsync(ct);
            await using var cmd = new NpgsqlCommand("select pg_last_wal_replay_lsn(), pg_is_wal_replay_paused()", connection);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var position = (ulong)reader.GetFieldValue<NpgsqlLogSequenceNumber>(0);
            Replayed(position);
            var lag = primaryPosition is { } p ? p > position ? p - position : 0 : (ulong?)null;
            return new StandbyHealth(true, $"{connection.Host}:{connection.Port}", lag, reader.GetBoolean(1), SessionsAwaitingReplay, null);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            return new StandbyHealth(false, null, null, null, SessionsAwaitingReplay, e.Message);
        }
    }

    /// <summary>Closes the standbys' and primary's pools; a single server's data source is its creator's to dispose.</summary>
    public async ValueTask DisposeAsync()
    {
        if (cluster is not null)
            await cluster.DisposeAsync();
    }
}

/// <param name="Server">host:port of the standby that answered.</param>
/// <param name="ReplayLagBytes">How much WAL the primary has written that the standby has not replayed yet.</param>
/// <param name="SessionsAwaitingReplay">Sessions reading from the primary until the standby replays their latest write.</param>
public sealed record StandbyHealth(
    bool Reachable, string? Server, ulong? ReplayLagBytes, bool? ReplayPaused, int SessionsAwaitingReplay, string? Error);
