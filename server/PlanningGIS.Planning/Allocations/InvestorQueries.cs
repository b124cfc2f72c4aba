using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Allocations;

/// <summary>The SQL of investors: one column list, read by <see cref="Read"/>.</summary>
public static class InvestorQueries
{
    private const string Columns = "i.id, i.code, i.name, i.country, i.tax_code, i.illustrative, i.representative, i.contact_email";

    private static InvestorRow Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetBoolean(5),
        r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7));

    /// <summary>Query.investors: every investor, by code.</summary>
    public static async Task<IReadOnlyList<InvestorRow>> AllAsync(ResolveContext ctx)
    {
        await using var cmd = ctx.Db().CreateCommand($"select {Columns} from investors i order by i.code");
        await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
        var investors = new List<InvestorRow>();
        while (await reader.ReadAsync(ctx.CancellationToken))
            investors.Add(Read(reader));
        return investors;
    }

    /// <summary>Investors by id, batched per request (Allocation.investor, User.investor).</summary>
    public static Task<InvestorRow?> LoadAsync(ResolveContext ctx, long id) =>
        ctx.GetDataLoader<long, InvestorRow>("investors", async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand($"select {Columns} from investors i where i.id = any($1)");
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var investors = new Dictionary<long, InvestorRow>();
            while (await reader.ReadAsync(ct))
                investors[reader.GetInt64(0)] = Read(reader);
            return investors;
        }).LoadAsync(id);
}
