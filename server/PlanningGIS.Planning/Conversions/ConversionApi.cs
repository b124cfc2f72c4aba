using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Clearance;
using PlanningGIS.Planning.Geometry;
using PlanningGIS.Planning.LandUse;
using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.Conversions;

/// <summary>
/// Conversions of rice and forest land, with the approving authority from the dated rules. Staff
/// see all; investors and anonymous see approved and completed ones. Planners request and decide.
/// </summary>
public static class ConversionApi
{
    private static readonly string[] Polygonal = ["Polygon", "MultiPolygon"];
    private static readonly string[] ForestKinds =
        ["special_use_forest", "protection_forest_headwater_border", "protection_forest_wind_sand_wave", "production_forest"];

    public static void Register(SchemaBuilder schema) => schema
        .BindType<ConversionRow>("Conversion")
        .BindType<ApprovalRuleRow>("ApprovalRule")
        .ResolveAsync("Query.conversions", ConversionQueries.PageAsync)
        .ResolveAsync("Conversion.from", ctx => LandUseCodeQueries.LoadAsync(ctx, ctx.GetParent<ConversionRow>().FromCode))
        .ResolveAsync("Conversion.to", ctx => LandUseCodeQueries.LoadAsync(ctx, ctx.GetParent<ConversionRow>().ToCode))
        .ResolveAsync("Conversion.zone", ctx => ctx.GetParent<ConversionRow>().ZoneId is { } zone
            ? ZoneQueries.LoadAsync(ctx, zone) : Task.FromResult<ZoneRow?>(null))
        .ResolveAsync("Conversion.clearanceProject", ctx => ctx.GetParent<ConversionRow>().ClearanceProjectId is { } project
            ? ClearanceQueries.LoadAsync(ctx, project) : Task.FromResult<ClearanceProjectRow?>(null))
        .Resolve("Conversion.geometry", ctx => GeometryOutput.InSrid(ctx.GetParent<ConversionRow>().GeometryJson, ctx.GetArgument<int>("srid")))
        .BindType<ConversionNeedsRow>("ConversionNeeds")
        .BindType<ConversionNeedRow>("ConversionNeed")
        .ResolveAsync("Query.conversionNeeds", ConversionNeeds.ComputeAsync)
        .Resolve("ConversionNeed.geometry", ctx => GeometryOutput.InSrid(ctx.GetParent<ConversionNeedRow>().GeometryJson, ctx.GetArgument<int>("srid")))
        .ResolveAsync("Mutation.requestConversion", RequestAsync)
        .ResolveAsync("Mutation.decideConversion", DecideAsync);

    private static Task<ConversionRow> RequestAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, null, async connection =>
        {
            var ct = ctx.CancellationToken;
            var from = input.Get<string>("fromLandUseCode")!;
            var to = input.Get<string>("toLandUseCode")!;
            var (fromName, category) = await LandUseAsync(connection, from, ct);
            if (category is null)
                throw new PlanningError(ErrorCodes.BadUserInput,
                    $"Chỉ chuyển mục đích đất trồng lúa hoặc đất rừng mới theo thủ tục này; {from} ({fromName}) không phải đất lúa, đất rừng.",
                    new Dictionary<string, object?> { ["fromLandUseCode"] = from });
            await LandUseAsync(connection, to, ct);
            if (from == to)
                throw new PlanningError(ErrorCodes.BadUserInput, "Mục đích sử dụng mới phải khác mục đích hiện tại.");
            var landKind = LandKindOf(from, category, input.Get<string>("landKind"));
            var zoneId = await IdAsync(connection, "zones", input.Get<string>("zoneCode"), "khu chức năng", ct);
            var projectId = await IdAsync(connection, "clearance_projects", input.Get<string>("clearanceProjectCode"), "dự án giải phóng mặt bằng", ct);
            var boundary = await GeometryInput.CheckAsync(ctx, connection, input.Get<GeoJsonText>("geometry")!.Json,
                input.Get<int?>("srid") ?? 4326, Polygonal);

            // The authority is fixed when the request is made, from the rules in force that day.
            await using var cmd = new NpgsqlCommand($"""
                insert into conversions (code, name, from_land_use_code, to_land_use_code, zone_id, clearance_project_id, status,
                                         required_authority, land_kind, boundary)
                values (@code, @name, @from, @to, @zone, @project, 'requested',
                        (select r.authority from conversion_approval_rules r
                         where {ConversionQueries.RuleApplies("@kind", "area_m2(ST_Multi(@boundary)) / 10000", "(now() at time zone 'Asia/Ho_Chi_Minh')::date")}
                         order by r.valid_from desc, r.min_ha desc limit 1),
                        @kind, ST_Multi(@boundary))
                """, connection);
            cmd.Parameters.AddWithValue("code", input.Get<string>("code")!);
            cmd.Parameters.AddWithValue("name", input.Get<string>("name")!);
            cmd.Parameters.AddWithValue("from", from);
            cmd.Parameters.AddWithValue("to", to);
            cmd.Parameters.AddWithValue("zone", (object?)zoneId ?? DBNull.Value);
            cmd.Parameters.AddWithValue("project", (object?)projectId ?? DBNull.Value);
            cmd.Parameters.AddWithValue("kind", landKind);
            cmd.Parameters.AddWithValue("boundary", boundary);
            await cmd.ExecuteNonQueryAsync(ct);
            return await ConversionQueries.ByCodeAsync(ctx, connection, input.Get<string>("code")!);
        });
    }

    /// <summary>
    /// REQUESTED → APPROVED or REJECTED, APPROVED → COMPLETED. Completing keeps the approval decision
    /// on the conversion; the completing decision is recorded as the legal basis in the audit log.
    /// </summary>
    private static Task<ConversionRow> DecideAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var number = input.Get<string>("decisionNumber")?.Trim();
        return Mutation.RunAsync(ctx, number, async connection =>
        {
            var ct = ctx.CancellationToken;
            var code = input.Get<string>("code")!;
            var target = input.Get<string>("status")!.ToLowerInvariant();
            var date = input.Get<DateOnly>("decisionDate");
            await using (var find = new NpgsqlCommand("select status, requested_on from conversions where code = @code for update", connection))
            {
                find.Parameters.AddWithValue("code", code);
                var (status, requestedOn) = await RowReader.FirstOrNullAsync(find, r => (r.Get<string>("status"), r.Get<DateOnly>("requested_on")), ct)
                    ?? throw Mutation.NotFound("yêu cầu chuyển mục đích sử dụng đất", code);
                if (!((status, target) is ("requested", "approved" or "rejected") or ("approved", "completed")))
                    throw new PlanningError(ErrorCodes.InvalidTransition,
                        $"Yêu cầu {code} {StatusVi(status)}, không thể chuyển sang \"{StatusVi(target)}\". " +
                        "Yêu cầu mới được phê duyệt hoặc từ chối; yêu cầu đã phê duyệt mới được hoàn thành.",
                        new Dictionary<string, object?> { ["from"] = status.ToUpperInvariant(), ["to"] = target.ToUpperInvariant() });
                if (string.IsNullOrEmpty(number))
                    throw new PlanningError(ErrorCodes.BadUserInput, "Cần số quyết định (ví dụ 98/NQ-HĐND).");
                if (date < requestedOn)
                    throw new PlanningError(ErrorCodes.BadUserInput,
                        $"Ngày quyết định {date:dd/MM/yyyy} trước ngày đề nghị {requestedOn:dd/MM/yyyy}.");
            }
            await using var update = new NpgsqlCommand("""
                update conversions set status = @status,
                    decision_number = case when @status = 'completed' then decision_number else @number end,
                    decision_date = case when @status = 'completed' then decision_date else @date end
                where code = @code
                """, connection);
            update.Parameters.AddWithValue("code", code);
            update.Parameters.AddWithValue("status", target);
            update.Parameters.AddWithValue("number", number!);
            update.Parameters.AddWithValue("date", date);
            await update.ExecuteNonQueryAsync(ct);
            return await ConversionQueries.ByCodeAsync(ctx, connection, code);
        });
    }

    private static string StatusVi(string status) => status switch
    {
        "requested" => "đang chờ quyết định",
        "approved" => "đã được phê duyệt",
        "rejected" => "đã bị từ chối",
        "completed" => "đã hoàn thành",
        _ => status,
    };

    /// <summary>The land kind of the approval rules: given (checked against the code) or the code's default.</summary>
    private static string LandKindOf(string code, string category, string? given)
    {
        var allowed = code switch
        {
            "RPH" => ["protection_forest_headwater_border", "protection_forest_wind_sand_wave"],
            _ when ConversionQueries.DefaultLandKind.TryGetValue(code, out var kind) => [kind],
            _ => category == "rice" ? ["rice"] : ForestKinds,
        };
        var landKind = given?.Trim().ToLowerInvariant() ?? (allowed.Length == 1 ? allowed[0] : ConversionQueries.DefaultLandKind.GetValueOrDefault(code));
        if (landKind is null || !allowed.Contains(landKind))
            throw new PlanningError(ErrorCodes.BadUserInput,
                $"Loại đất \"{given}\" không khớp với mã {code}; dùng: {string.Join(", ", allowed.Select(k => k.ToUpperInvariant()))}.",
                new Dictionary<string, object?> { ["landKind"] = given, ["allowed"] = allowed.Select(k => k.ToUpperInvariant()).ToArray() });
        return landKind;
    }

    /// <summary>A land-use code's name and category (rice, forest or null); BAD_USER_INPUT for a code not in the list.</summary>
    private static async Task<(string Name, string? Category)> LandUseAsync(NpgsqlConnection connection, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select name_vi, category from land_use_codes where code = @code", connection);
        cmd.Parameters.AddWithValue("code", code);
        return await RowReader.FirstOrNullAsync(cmd, r => (r.Get<string>("name_vi"), r.Get<string?>("category")), ct)
            ?? throw new PlanningError(ErrorCodes.BadUserInput, $"Mã loại đất {code} không có trong danh mục.",
                new Dictionary<string, object?> { ["code"] = code });
    }

    private static async Task<long?> IdAsync(NpgsqlConnection connection, string table, string? code, string what, CancellationToken ct)
    {
        if (code is null)
            return null;
        await using var cmd = new NpgsqlCommand($"select id from {table} where code = @code", connection);
        cmd.Parameters.AddWithValue("code", code);
        return await cmd.ExecuteScalarAsync(ct) as long? ?? throw Mutation.NotFound(what, code);
    }
}
