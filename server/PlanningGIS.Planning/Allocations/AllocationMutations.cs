using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Allocations;

/// <summary>
/// Allocating or leasing a plot and ending an allocation: planners only. That the same land is never
/// allocated twice for overlapping periods is the database's exclusion constraint (23P01 → TOPOLOGY).
/// </summary>
public static class AllocationMutations
{
    private const string What = "quyết định giao đất, cho thuê đất";

    public static Task<AllocationRow> AllocateAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, input.Get<string>("decisionNumber"), async connection =>
        {
            var form = input.Get<string>("form")!;
            var termYears = input.Get<int?>("termYears");
            var status = input.Get<string>("status") ?? "ACTIVE";
            var startDate = input.Get<DateOnly>("startDate");
            if (form != "ALLOCATION" && termYears is null)
                throw new PlanningError(ErrorCodes.BadUserInput, "Cho thuê đất phải có thời hạn thuê (termYears, số năm).",
                    new Dictionary<string, object?> { ["field"] = "termYears" });
            if (termYears is < 1 or > 99)
                throw new PlanningError(ErrorCodes.BadUserInput, "Thời hạn giao, thuê đất phải từ 1 đến 99 năm.",
                    new Dictionary<string, object?> { ["field"] = "termYears" });
            if (status is not ("PENDING" or "ACTIVE"))
                throw new PlanningError(ErrorCodes.BadUserInput,
                    "Quyết định giao đất, cho thuê đất mới chỉ có thể ở trạng thái PENDING (chờ) hoặc ACTIVE (hiệu lực).",
                    new Dictionary<string, object?> { ["field"] = "status" });
            var plotId = await OpenPlotAsync(connection, input.Get<string>("plotCode")!, ctx.CancellationToken);
            var investorId = await IdAsync(connection, "investors", input.Get<string>("investorCode")!, "nhà đầu tư", ctx.CancellationToken);
            var code = input.Get<string>("code")
                ?? await FreeCodeAsync(connection, $"GD-{input.Get<string>("plotCode")}-{startDate:yyyyMMdd}", ctx.CancellationToken);
            await using var cmd = new NpgsqlCommand("""
                insert into allocations (code, plot_id, investor_id, form, decision_number, decision_date, start_date, term_years,
                                         status, land_price_vnd, annual_rent_vnd, terms_note)
                values (@code, @plot, @investor, lower(@form), @decision, @decisionDate, @start, @term,
                        lower(@status), @price, @rent, @note)
                """, connection);
            cmd.Parameters.AddWithValue("code", code);
            cmd.Parameters.AddWithValue("plot", plotId);
            cmd.Parameters.AddWithValue("investor", investorId);
            cmd.Parameters.AddWithValue("form", form);
            cmd.Parameters.AddWithValue("decision", (object?)input.Get<string>("decisionNumber") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("decisionDate", (object?)input.Get<DateOnly?>("decisionDate") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("start", startDate);
            cmd.Parameters.AddWithValue("term", (object?)termYears ?? DBNull.Value);
            cmd.Parameters.AddWithValue("status", status);
            cmd.Parameters.AddWithValue("price", (object?)input.Get<decimal?>("landPriceVnd") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("rent", (object?)input.Get<decimal?>("annualRentVnd") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("note", (object?)input.Get<string>("termsNote") ?? DBNull.Value);
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            return await AllocationQueries.ByCodeAsync(ctx, connection, code);
        });
    }

    /// <summary>Ends a pending or active allocation: ENDED (term over, land returned) or TERMINATED (recovered early).</summary>
    public static Task<AllocationRow> EndAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, input.Get<string>("decisionNumber"), async connection =>
        {
            var code = input.Get<string>("code")!;
            var status = input.Get<string>("status")!;
            if (status is not ("ENDED" or "TERMINATED"))
                throw new PlanningError(ErrorCodes.InvalidTransition,
                    $"Kết thúc {code} chỉ có thể chuyển sang ENDED (hết hạn, trả đất) hoặc TERMINATED (thu hồi trước hạn), không phải {status}.",
                    new Dictionary<string, object?> { ["to"] = status });
            await using (var find = new NpgsqlCommand("select upper(status) from allocations where code = @code for update", connection))
            {
                find.Parameters.AddWithValue("code", code);
                var current = await find.ExecuteScalarAsync(ctx.CancellationToken) as string ?? throw Mutation.NotFound(What, code);
                if (current is not ("PENDING" or "ACTIVE"))
                    throw new PlanningError(ErrorCodes.InvalidTransition,
                        $"{code} đã ở trạng thái {current}: chỉ kết thúc được quyết định đang chờ hoặc đang hiệu lực.",
                        new Dictionary<string, object?> { ["from"] = current, ["to"] = status });
            }
            await using var cmd = new NpgsqlCommand("""
                update allocations set status = lower(@status), end_decision_number = @decision, end_decision_date = @decisionDate
                where code = @code
                """, connection);
            cmd.Parameters.AddWithValue("status", status);
            cmd.Parameters.AddWithValue("decision", input.Get<string>("decisionNumber")!);
            cmd.Parameters.AddWithValue("decisionDate", (object?)input.Get<DateOnly?>("decisionDate") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("code", code);
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            return await AllocationQueries.ByCodeAsync(ctx, connection, code);
        });
    }

    // The plot, locked: it must be current (not replaced by a split or merge) and open to investment.
    private static async Task<long> OpenPlotAsync(NpgsqlConnection connection, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select id, lifecycle, for_investment from plots where code = @code for update", connection);
        cmd.Parameters.AddWithValue("code", code);
        var (id, lifecycle, forInvestment) = await RowReader.FirstOrNullAsync(cmd,
            r => (r.Get<long>("id"), r.Get<string>("lifecycle"), r.Get<bool>("for_investment")), ct) ?? throw Mutation.NotFound("lô đất", code);
        if (lifecycle == "retired")
            throw new PlanningError(ErrorCodes.InvalidTransition,
                $"Lô đất {code} đã được tách hoặc hợp thành lô khác; hãy giao, cho thuê lô đất hiện hành.",
                new Dictionary<string, object?> { ["plot"] = code, ["availability"] = "RETIRED" });
        if (!forInvestment)
            throw new PlanningError(ErrorCodes.BadUserInput,
                $"Lô đất {code} là đất giao thông, cây xanh hoặc hạ tầng kỹ thuật, không dành cho nhà đầu tư.",
                new Dictionary<string, object?> { ["plot"] = code, ["availability"] = "NOT_FOR_INVESTMENT" });
        return id;
    }

    private static async Task<long> IdAsync(NpgsqlConnection connection, string table, string code, string what, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"select id from {table} where code = @code", connection);
        cmd.Parameters.AddWithValue("code", code);
        return await cmd.ExecuteScalarAsync(ct) as long? ?? throw Mutation.NotFound(what, code);
    }

    // GD-<plot>-<yyyymmdd>, with -2, -3 ... when the plot already had an allocation starting that day.
    private static async Task<string> FreeCodeAsync(NpgsqlConnection connection, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select case when n = 1 then @code else @code || '-' || n end
            from generate_series(1, 1000) n
            where not exists (select 1 from allocations a where a.code = case when n = 1 then @code else @code || '-' || n end)
            order by n limit 1
            """, connection);
        cmd.Parameters.AddWithValue("code", code);
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
