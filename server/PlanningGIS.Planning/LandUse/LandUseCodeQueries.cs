using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.LandUse;

/// <summary>The land-use code list: all of it, or codes batched per request for the objects that carry one.</summary>
public static class LandUseCodeQueries
{
    private const string Columns = """
        c.code, c.name_vi, c.name_en, upper(c.land_group), upper(c.category), c.instrument, c.colour, c.note
        """;

    private static LandUseCodeRow Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.GetString(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7));

    public static async Task<IReadOnlyList<LandUseCodeRow>> AllAsync(ResolveContext ctx)
    {
        await using var cmd = ctx.Db().CreateCommand($"select {Columns} from land_use_codes c order by c.code");
        await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
        var codes = new List<LandUseCodeRow>();
        while (await reader.ReadAsync(ctx.CancellationToken))
            codes.Add(Read(reader));
        return codes;
    }

    /// <summary>A code by its value, batched: a page of plots or parcels asking for their land use makes one query.</summary>
    public static Task<LandUseCodeRow?> LoadAsync(ResolveContext ctx, string? code) =>
        code is null
            ? Task.FromResult<LandUseCodeRow?>(null)
            : ctx.GetDataLoader<string, LandUseCodeRow>("land-use-codes", async (codes, ct) =>
            {
                await using var cmd = ctx.Db().CreateCommand($"select {Columns} from land_use_codes c where c.code = any($1)");
                cmd.Parameters.Add(new() { Value = codes.ToArray() });
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                var rows = new Dictionary<string, LandUseCodeRow>();
                while (await reader.ReadAsync(ct))
                    rows[reader.GetString(0)] = Read(reader);
                return rows;
            }).LoadAsync(code);
}
