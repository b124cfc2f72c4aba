using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Allocations;

/// <summary>The SQL of allocations: every query selects the same columns, read by <see cref="Read"/>.</summary>
public static class AllocationQueries
{
    private const string Columns = """
        a.id, a.code, a.plot_id, a.investor_id, upper(a.form), a.decision_number, a.decision_date, a.start_date, a.term_years,
        a.end_date, upper(a.status), a.end_decision_number, a.end_decision_date, a.land_price_vnd, a.annual_rent_vnd, a.terms_note
        """;

    private static AllocationRow Read(NpgsqlDataReader r) => ReadAt(r, 0);

    private static AllocationRow ReadAt(NpgsqlDataReader r, int o) => new(
        r.GetInt64(o), r.GetString(o + 1), r.GetInt64(o + 2), r.GetInt64(o + 3), r.GetString(o + 4),
        Decision.Of(Text(r, o + 5), Date(r, o + 6), null), r.GetFieldValue<DateOnly>(o + 7), r.IsDBNull(o + 8) ? null : r.GetInt32(o + 8),
        r.GetFieldValue<DateOnly>(o + 9), r.GetString(o + 10), Decision.Of(Text(r, o + 11), Date(r, o + 12), null),
        new AllocationTerms(r.IsDBNull(o + 13) ? null : r.GetDecimal(o + 13), r.IsDBNull(o + 14) ? null : r.GetDecimal(o + 14), Text(r, o + 15)));

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Date(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    /// <summary>
    /// Query.allocations, the register of allocations: the rows of <see cref="AllocationPolicies.RegisterRows"/>.
    /// </summary>
    public static Task<Connection> PageAsync(ResolveContext ctx)
    {
        var account = ctx.SignedIn();
        if (!account.IsStaff && account.InvestorId is null)
            throw new PlanningError(ErrorCodes.Forbidden,
                $"Tài khoản {account.Username} chưa gắn với nhà đầu tư nào nên không xem được danh sách giao đất, cho thuê đất.");
        var query = new SqlQuery().Where(AllocationPolicies.RegisterRows(account));
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        query.Text(filter?.Get<string>("text"), "a.code || ' ' || p.code || ' ' || i.code || ' ' || i.name || ' ' || coalesce(a.decision_number, '')")
             .In(filter?.Get<IEnumerable<object?>>("status"), "a.status", enumValues: true)
             .In(filter?.Get<IEnumerable<object?>>("form"), "a.form", enumValues: true)
             .Equal(filter?.Get<string>("plotCode"), "p.code")
             .Equal(filter?.Get<string>("investorCode"), "i.code")
             .Equal(filter?.Get<string>("decisionNumber"), "a.decision_number")
             .Range(filter?.Get<DateOnly?>("startFrom"), filter?.Get<DateOnly?>("startTo"), "a.start_date");
        if (filter?.Get<string>("zoneCode") is { } zone)
            query.Where($"p.zone_id in (select z.id from zones z where z.code = {query.Param(zone)})");
        return Paging.PageAsync(ctx, query, Columns,
            "allocations a join plots p on p.id = a.plot_id join investors i on i.id = a.investor_id", "a.id", Read);
    }

    /// <summary>A mutation's result, read inside its transaction.</summary>
    public static async Task<AllocationRow> ByCodeAsync(ResolveContext ctx, NpgsqlConnection connection, string code)
    {
        await using var cmd = new NpgsqlCommand($"select {Columns} from allocations a where a.code = @code", connection);
        cmd.Parameters.AddWithValue("code", code);
        await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
        return await reader.ReadAsync(ctx.CancellationToken) ? Read(reader) : throw Mutation.NotFound("quyết định giao đất, cho thuê đất", code);
    }

    /// <summary>Plot.currentAllocation: the active allocation, else the pending one; batched over the plots asking.</summary>
    public static Task<AllocationRow?> CurrentOfPlotAsync(ResolveContext ctx, long plotId) =>
        ctx.GetDataLoader<long, AllocationRow>("plot-current-allocation", async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand($"""
                select distinct on (a.plot_id) {Columns} from allocations a
                where a.plot_id = any($1) and a.status in ('active', 'pending')
                order by a.plot_id, a.status = 'active' desc, a.start_date
                """);
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var current = new Dictionary<long, AllocationRow>();
            while (await reader.ReadAsync(ct))
                current[reader.GetInt64(2)] = Read(reader);
            return current;
        }).LoadAsync(plotId);

    /// <summary>Plot.allocations, oldest first; batched.</summary>
    public static Task<IReadOnlyList<AllocationRow>> OfPlotAsync(ResolveContext ctx, long plotId) =>
        ListAsync(ctx, plotId, "plot-allocations", "a.plot_id");

    /// <summary>Investor.allocations, oldest first; batched.</summary>
    public static Task<IReadOnlyList<AllocationRow>> OfInvestorAsync(ResolveContext ctx, long investorId) =>
        ListAsync(ctx, investorId, "investor-allocations", "a.investor_id");

    private static async Task<IReadOnlyList<AllocationRow>> ListAsync(ResolveContext ctx, long id, string loader, string keyColumn) =>
        await ctx.GetDataLoader<long, IReadOnlyList<AllocationRow>>(loader, async (ids, ct) =>
        {
            await using var cmd = ctx.Db().CreateCommand(
                $"select {keyColumn}, {Columns} from allocations a where {keyColumn} = any($1) order by {keyColumn}, a.start_date, a.id");
            cmd.Parameters.Add(new() { Value = ids.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var lists = ids.ToDictionary(i => i, _ => new List<AllocationRow>());
            while (await reader.ReadAsync(ct))
                lists[reader.GetInt64(0)].Add(ReadAt(reader, 1));
            return lists.ToDictionary(l => l.Key, l => (IReadOnlyList<AllocationRow>)l.Value);
        }).LoadAsync(id) ?? [];
}
