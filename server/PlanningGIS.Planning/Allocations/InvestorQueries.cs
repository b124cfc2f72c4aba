using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Allocations;

/// <summary>The SQL of investors: one column list, read by <see cref="Read"/>.</summary>
public static class InvestorQueries
{
    private const string Columns = "i.id, i.code, i.name, i.country, i.tax_code, i.illustrative, i.representative, i.contact_email, i.contact_phone";

    private static InvestorRow Read(RowReader r) => new(
        r.Get<long>("id"), r.Get<string>("code"), r.Get<string>("name"), r.Get<string>("country"), r.Get<string?>("tax_code"),
        r.Get<bool>("illustrative"), r.Get<string?>("representative"), r.Get<string?>("contact_email"), r.Get<string?>("contact_phone"));

    /// <summary>Query.investors: every investor, by code.</summary>
    public static async Task<IReadOnlyList<InvestorRow>> AllAsync(ResolveContext ctx)
    {
        await using var cmd = ctx.Db().CreateCommand($"select {Columns} from investors i order by i.code");
        return await RowReader.ListAsync(cmd, Read, ctx.CancellationToken);
    }

    /// <summary>An investor by code, read on the mutation's connection (after saveInvestor).</summary>
    public static async Task<InvestorRow> ByCodeAsync(Npgsql.NpgsqlConnection connection, string code, CancellationToken ct)
    {
        await using var cmd = new Npgsql.NpgsqlCommand($"select {Columns} from investors i where i.code = @code", connection);
        cmd.Parameters.AddWithValue("code", code);
        return await RowReader.FirstAsync(cmd, Read, ct) ?? throw Mutation.NotFound("nhà đầu tư", code);
    }

    /// <summary>Investors by id, batched per request (Allocation.investor, User.investor).</summary>
    public static Task<InvestorRow?> LoadAsync(ResolveContext ctx, long id) =>
        Loaders.ById(ctx, "investors", () => $"select {Columns} from investors i where i.id = any(@keys)", "id", Read, id);
}
