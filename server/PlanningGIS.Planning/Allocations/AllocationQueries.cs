using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Allocations;

/// <summary>The SQL of allocations: every query selects the same columns, read by <see cref="Read"/>.</summary>
public static class AllocationQueries
{
    private const string Columns = """
        a.id, a.code, a.plot_id, a.investor_id, upper(a.form) as form, a.decision_number, a.decision_date, a.start_date, a.term_years,
        a.end_date, upper(a.status) as status, a.end_decision_number, a.end_decision_date, a.land_price_vnd, a.annual_rent_vnd, a.terms_note
        """;

    private static AllocationRow Read(RowReader r) => new(
        r.Get<long>("id"), r.Get<string>("code"), r.Get<long>("plot_id"), r.Get<long>("investor_id"), r.Get<string>("form"),
        Decision.Of(r.Get<string?>("decision_number"), r.Get<DateOnly?>("decision_date"), null), r.Get<DateOnly>("start_date"),
        r.Get<int?>("term_years"), r.Get<DateOnly>("end_date"), r.Get<string>("status"),
        Decision.Of(r.Get<string?>("end_decision_number"), r.Get<DateOnly?>("end_decision_date"), null),
        new AllocationTerms(r.Get<decimal?>("land_price_vnd"), r.Get<decimal?>("annual_rent_vnd"), r.Get<string?>("terms_note")));

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
            query.Where($"p.zone_id in (select z.id from zones z where z.code = {query.Param("zone_code", zone)})");
        return Paging.PageAsync(ctx, query, Columns,
            "allocations a join plots p on p.id = a.plot_id join investors i on i.id = a.investor_id", "a.id", Read);
    }

    /// <summary>A mutation's result, read inside its transaction.</summary>
    public static async Task<AllocationRow> ByCodeAsync(ResolveContext ctx, NpgsqlConnection connection, string code)
    {
        await using var cmd = new NpgsqlCommand($"select {Columns} from allocations a where a.code = @code", connection);
        cmd.Parameters.AddWithValue("code", code);
        return await RowReader.FirstAsync(cmd, Read, ctx.CancellationToken) ?? throw Mutation.NotFound("quyết định giao đất, cho thuê đất", code);
    }

    /// <summary>Plot.currentAllocation: the active allocation, else the pending one; batched over the plots asking.</summary>
    public static Task<AllocationRow?> CurrentOfPlotAsync(ResolveContext ctx, long plotId) =>
        Loaders.ById(ctx, "plot-current-allocation", () => $"""
            select distinct on (a.plot_id) {Columns} from allocations a
            where a.plot_id = any(@keys) and a.status in ('active', 'pending')
            order by a.plot_id, a.status = 'active' desc, a.start_date
            """, "plot_id", Read, plotId);

    /// <summary>Plot.allocations, oldest first; batched.</summary>
    public static Task<IReadOnlyList<AllocationRow>> OfPlotAsync(ResolveContext ctx, long plotId) =>
        ListAsync(ctx, plotId, "plot-allocations", "plot_id");

    /// <summary>Investor.allocations, oldest first; batched.</summary>
    public static Task<IReadOnlyList<AllocationRow>> OfInvestorAsync(ResolveContext ctx, long investorId) =>
        ListAsync(ctx, investorId, "investor-allocations", "investor_id");

    private static Task<IReadOnlyList<AllocationRow>> ListAsync(ResolveContext ctx, long id, string loader, string keyColumn) =>
        Loaders.GroupBy(ctx, loader,
            () => $"select {Columns} from allocations a where a.{keyColumn} = any(@keys) order by a.{keyColumn}, a.start_date, a.id", keyColumn, Read, id);
}
