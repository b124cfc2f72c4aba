using Npgsql;
using NpgsqlTypes;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Plots;

/// <summary>
/// Creating, editing and reverting a plot: planners only, with history. That a plot stays inside its
/// zone and overlaps no current plot is checked by the database's topology trigger (→ TOPOLOGY with
/// the place in extensions.details.location).
/// </summary>
public static class PlotEdits
{
    public const string What = "lô đất";

    // The lifecycle is not reverted: a retired plot lives on in the plots split or merged from it.
    private static readonly Versioned Versions = new("plots", What,
        ["zone_id", "dossier_id", "land_use_code", "max_building_density", "max_floors", "far", "min_setback_m", "max_height_m", "for_investment", "boundary"]);
    private static readonly string[] Polygon = ["Polygon"];

    public static Task<PlotRow> CreateAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, input.Get<string>("legalBasis"), async connection =>
        {
            var code = input.Get<string>("code")!;
            var boundary = await GeometryInput.CheckAsync(ctx, connection, input.Get<GeoJsonText>("geometry")!.Json,
                input.Get<int?>("srid") ?? Srid.Wgs84, Polygon);
            var zoneId = await IdAsync(connection, "zones", input.Get<string>("zoneCode")!, "khu chức năng", ctx.CancellationToken);
            var landUse = await LandUseAsync(connection, input.Get<string>("landUseCode")!, ctx.CancellationToken);
            var dossierId = input.Get<string>("dossierCode") is { } dossier
                ? await IdAsync(connection, "dossiers", dossier, "hồ sơ quy hoạch", ctx.CancellationToken)
                : (long?)null;
            var indicators = input.Get<IReadOnlyDictionary<string, object?>>("indicators");
            await using var cmd = new NpgsqlCommand("""
                insert into plots (code, zone_id, dossier_id, land_use_code, max_building_density, max_floors, far, min_setback_m,
                                   max_height_m, for_investment, boundary, legal_basis)
                values (@code, @zone, @dossier, @landUse, @density, @floors, @far, @setback, @height, @forInvestment, @boundary, @basis)
                """, connection);
            cmd.Parameters.AddWithValue("code", code);
            cmd.Parameters.AddWithValue("zone", zoneId);
            cmd.Parameters.AddWithValue("dossier", (object?)dossierId ?? DBNull.Value);
            cmd.Parameters.AddWithValue("landUse", landUse);
            cmd.Parameters.AddWithValue("density", (object?)indicators?.Get<double?>("maxBuildingDensity") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("floors", (object?)indicators?.Get<int?>("maxFloors") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("far", (object?)indicators?.Get<double?>("far") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("setback", (object?)indicators?.Get<double?>("minSetbackM") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("height", (object?)indicators?.Get<double?>("maxHeightM") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("forInvestment", input.Get<bool?>("forInvestment") ?? true);
            cmd.Parameters.AddWithValue("boundary", boundary);
            cmd.Parameters.AddWithValue("basis", input.Get<string>("legalBasis")!);
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            return (await PlotQueries.ByCodeAsync(ctx, code, connection: connection))!;
        });
    }

    /// <summary>Attributes and/or geometry; what the input leaves out keeps its value.</summary>
    public static Task<PlotRow> UpdateAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, input.Get<string>("legalBasis"), async connection =>
        {
            var code = input.Get<string>("code")!;
            var id = await Mutation.LockVersionAsync(connection, "plots", code, input.Get<int>("expectedVersion"), What, ctx.CancellationToken);
            await RequireCurrentAsync(connection, id, code, ctx.CancellationToken);
            var boundary = input.Get<GeoJsonText>("geometry") is { } geometry
                ? await GeometryInput.CheckAsync(ctx, connection, geometry.Json, input.Get<int?>("srid") ?? Srid.Wgs84, Polygon)
                : null;
            var landUse = input.Get<string>("landUseCode") is { } given ? await LandUseAsync(connection, given, ctx.CancellationToken) : null;
            var dossierId = input.Get<string>("dossierCode") is { } dossier
                ? await IdAsync(connection, "dossiers", dossier, "hồ sơ quy hoạch", ctx.CancellationToken)
                : (long?)null;
            var indicators = input.Get<IReadOnlyDictionary<string, object?>>("indicators");
            await using var cmd = new NpgsqlCommand("""
                update plots set
                    land_use_code = coalesce(@landUse, land_use_code),
                    dossier_id = case when @hasDossier then @dossier else dossier_id end,
                    max_building_density = case when @hasDensity then @density else max_building_density end,
                    max_floors = case when @hasFloors then @floors else max_floors end,
                    far = case when @hasFar then @far else far end,
                    min_setback_m = case when @hasSetback then @setback else min_setback_m end,
                    max_height_m = case when @hasHeight then @height else max_height_m end,
                    for_investment = coalesce(@forInvestment, for_investment),
                    boundary = coalesce(@boundary::geometry, boundary),
                    legal_basis = @basis
                where id = @id
                """, connection);
            cmd.Parameters.Add(new NpgsqlParameter("landUse", NpgsqlDbType.Text) { Value = (object?)landUse ?? DBNull.Value });
            cmd.Parameters.AddWithValue("hasDossier", input.Has("dossierCode"));
            cmd.Parameters.Add(new NpgsqlParameter("dossier", NpgsqlDbType.Bigint) { Value = (object?)dossierId ?? DBNull.Value });
            // An indicator given (even as null) replaces the old value; one left out keeps it.
            foreach (var (field, name) in new[] { ("maxBuildingDensity", "density"), ("maxFloors", "floors"), ("far", "far"), ("minSetbackM", "setback"), ("maxHeightM", "height") })
            {
                cmd.Parameters.AddWithValue("has" + char.ToUpperInvariant(name[0]) + name[1..], indicators?.Has(field) == true);
                cmd.Parameters.Add(name == "floors"
                    ? new NpgsqlParameter(name, NpgsqlDbType.Integer) { Value = (object?)indicators?.Get<int?>(field) ?? DBNull.Value }
                    : new NpgsqlParameter(name, NpgsqlDbType.Double) { Value = (object?)indicators?.Get<double?>(field) ?? DBNull.Value });
            }
            cmd.Parameters.Add(new NpgsqlParameter("forInvestment", NpgsqlDbType.Boolean) { Value = (object?)input.Get<bool?>("forInvestment") ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter("boundary", NpgsqlDbType.Bytea) { Value = (object?)boundary ?? DBNull.Value });
            cmd.Parameters.AddWithValue("basis", input.Get<string>("legalBasis")!);
            cmd.Parameters.AddWithValue("id", id);
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            return (await PlotQueries.ByCodeAsync(ctx, code, connection: connection))!;
        });
    }

    /// <summary>Makes an earlier version current again, as a new version (history is never rewritten).</summary>
    public static Task<PlotRow> RevertAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, input.Get<string>("legalBasis"), async connection =>
        {
            await Mutation.RevertAsync(ctx, connection, Versions, (id, code) => RequireCurrentAsync(connection, id, code, ctx.CancellationToken));
            return (await PlotQueries.ByCodeAsync(ctx, input.Get<string>("code")!, connection: connection))!;
        });
    }

    /// <summary>
    /// Retires a current plot that no pending or active allocation holds, on a decision (e.g. land
    /// returned to roads or green space by a plan adjustment): a new version, never a deletion.
    /// </summary>
    public static Task<PlotRow> RetireAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, input.Get<string>("legalBasis"), async connection =>
        {
            var code = input.Get<string>("code")!;
            if (string.IsNullOrWhiteSpace(input.Get<string>("legalBasis")))
                throw new PlanningError(ErrorCodes.BadUserInput, "Cần căn cứ pháp lý (số quyết định) để cho lô đất thôi hiệu lực.",
                    new Dictionary<string, object?> { ["field"] = "legalBasis" });
            var id = await Mutation.LockVersionAsync(connection, "plots", code, input.Get<int>("expectedVersion"), What, ctx.CancellationToken);
            await PlotSplitMerge.RequireFreeAsync(connection, [id], ctx.CancellationToken);
            await using var cmd = new NpgsqlCommand("update plots set lifecycle = 'retired', legal_basis = @basis where id = @id", connection);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("basis", input.Get<string>("legalBasis")!.Trim());
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            return (await PlotQueries.ByCodeAsync(ctx, code, connection: connection))!;
        });
    }

    /// <summary>A retired plot (replaced by a split or merge) is history: it is not edited any more.</summary>
    internal static async Task RequireCurrentAsync(NpgsqlConnection connection, long id, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select lifecycle from plots where id = @id", connection);
        cmd.Parameters.AddWithValue("id", id);
        if ((string?)await cmd.ExecuteScalarAsync(ct) == "retired")
            throw new PlanningError(ErrorCodes.InvalidTransition,
                $"Lô đất {code} đã được tách hoặc hợp thành lô khác; chỉ sửa được các lô đất hiện hành.",
                new Dictionary<string, object?> { ["code"] = code, ["availability"] = "RETIRED" });
    }

    internal static async Task<long> IdAsync(NpgsqlConnection connection, string table, string code, string what, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"select id from {table} where code = @code", connection);
        cmd.Parameters.AddWithValue("code", code);
        return await cmd.ExecuteScalarAsync(ct) as long? ?? throw Mutation.NotFound(what, code);
    }

    /// <summary>A land-use code of the list (codes are upper case, as in the circulars).</summary>
    internal static async Task<string> LandUseAsync(NpgsqlConnection connection, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select code from land_use_codes where code = upper(@code)", connection);
        cmd.Parameters.AddWithValue("code", code);
        return await cmd.ExecuteScalarAsync(ct) as string ?? throw Mutation.NotFound("loại đất", code);
    }
}
