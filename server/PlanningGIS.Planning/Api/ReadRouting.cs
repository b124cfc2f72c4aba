using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Database;

namespace PlanningGIS.Planning.Api;

/// <summary>Which server a resolver reads from (see <see cref="DatabaseServers"/>): a standby if there is one, else the primary.</summary>
public static class ReadRouting
{
    /// <summary>
    /// A standby unless this request or its session has written what the standby may not have
    /// replayed yet. A host that registers only a data source (the resolver tests) reads from it.
    /// </summary>
    public static NpgsqlDataSource ReadSource(ResolveContext ctx) => ctx.Services!.GetService<DatabaseServers>() switch
    {
        null => ctx.PrimaryDb(),
        { HasStandby: false } servers => servers.Primary,
        var servers => ctx.Request.Get<CommittedWrite>() is null ? servers.ForReading(ctx.SessionId()) : servers.Primary,
    };

    /// <summary>
    /// After a mutation's commit: the rest of the request (the mutation's payload) and the session's
    /// next requests read from the primary until the standby has replayed the write.
    /// </summary>
    public static async Task CommittedAsync(ResolveContext ctx, NpgsqlConnection connection)
    {
        if (ctx.Services!.GetService<DatabaseServers>() is not { HasStandby: true } servers)
            return;
        ctx.Request.Set(CommittedWrite.Instance);
        // Not cancelled: the write has committed, and the client must hear so.
        await servers.RecordWriteAsync(connection, ctx.SessionId(), CancellationToken.None);
    }

    private sealed class CommittedWrite
    {
        public static readonly CommittedWrite Instance = new();
    }
}
