using Microsoft.Extensions.Logging;
using Npgsql;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Database;

namespace PlanningGIS.Planning.Tiles;

public sealed class TileQueries(DatabaseServers servers, ILogger<TileQueries> logger)
{
    /// <summary>
    /// The layer's features in tile z/x/y as an MVT (possibly empty) — one statement, encoded by PostGIS, on a
    /// standby if there is one (<paramref name="sessionId"/>: a session that has just edited sees its edit).
    /// </summary>
    public async Task<byte[]> TileAsync(TileLayer layer, int z, int x, int y, Account? account, string? sessionId, CancellationToken ct)
    {
        if (z < layer.MinZoom)
            return [];
        var sql = $"""
            with tile as (select ST_TileEnvelope($1, $2, $3) as env),
                 bounds as (select env, ST_Transform(env, 4326) as env4326 from tile)
            select ST_AsMVT(f.*, $4, 4096, 'geom')
            from bounds, lateral ({layer.Features(account)}) f
            where f.geom is not null
            """;
        var reads = servers.ForReading(sessionId);
        try
        {
            return await TileAsync(reads, sql, z, x, y, layer, ct);
        }
        catch (Exception e) when (reads != servers.Primary && DatabaseOutage.Is(e))
        {
            // The standby went away: Npgsql now takes it for down, and the primary draws the tile.
            logger.LogWarning("A tile lost its standby ({Reason}); the primary draws it", e.Message);
            return await TileAsync(servers.Primary, sql, z, x, y, layer, ct);
        }
    }

    private static async Task<byte[]> TileAsync(NpgsqlDataSource dataSource, string sql, int z, int x, int y, TileLayer layer,
        CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(sql);
        cmd.Parameters.Add(new() { Value = z });
        cmd.Parameters.Add(new() { Value = x });
        cmd.Parameters.Add(new() { Value = y });
        cmd.Parameters.Add(new() { Value = layer.Name });
        return await cmd.ExecuteScalarAsync(ct) as byte[] ?? [];
    }
}
