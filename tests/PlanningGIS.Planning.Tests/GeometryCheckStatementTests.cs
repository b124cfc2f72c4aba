using Npgsql;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Tests;

/// <summary>The statement that checks a user's geometry parses and checks it once, whatever its size.</summary>
public sealed class GeometryCheckStatementTests
{
    [Fact]
    public async Task A_boundary_is_parsed_once_and_checked_once()
    {
        await using var db = await TestDatabase.CopyOfSampleAsync();
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Counts calls of C functions too (PostGIS's), for this transaction only.
        await using (var track = new NpgsqlCommand("set local track_functions = 'all'", connection, transaction))
            await track.ExecuteNonQueryAsync();
        await using (var check = new NpgsqlCommand(GeometryInput.CheckSql, connection, transaction))
        {
            check.Parameters.AddWithValue("geojson", """{"type":"Polygon","coordinates":[[[106.7,21.9],[106.8,21.9],[106.8,22.0],[106.7,21.9]]]}""");
            check.Parameters.AddWithValue("srid", Srid.Wgs84);
            await using var reader = await check.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.True(reader.GetBoolean(reader.GetOrdinal("valid")));
        }

        await using var calls = new NpgsqlCommand(
            "select funcname, calls from pg_stat_xact_user_functions where funcname in ('st_geomfromgeojson', 'st_isvaliddetail') order by funcname",
            connection, transaction);
        await using var counts = await calls.ExecuteReaderAsync();
        var seen = new Dictionary<string, long>();
        while (await counts.ReadAsync())
            seen[counts.GetString(0)] = counts.GetInt64(1);
        Assert.Equal(new Dictionary<string, long> { ["st_geomfromgeojson"] = 1, ["st_isvaliddetail"] = 1 }, seen);
    }
}
