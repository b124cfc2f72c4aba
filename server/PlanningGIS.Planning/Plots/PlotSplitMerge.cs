using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Plots;

/// <summary>
/// Splitting a plot by a line and merging adjacent plots, keeping lineage: the plots replaced are
/// retired (kept, with their history), the new ones are current, plot_lineage links them. PostGIS
/// cuts and unites; the topology trigger checks the result like any other plot edit.
/// </summary>
public static class PlotSplitMerge
{
    private static readonly string[] Lines = ["LineString", "MultiLineString"];

    private sealed record Piece(byte[] Ewkb, double East, double North, double AreaM2);

    public static Task<IReadOnlyList<PlotRow>> SplitAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var legalBasis = input.Get<string>("legalBasis")!;
        return Mutation.RunAsync(ctx, legalBasis, async connection =>
        {
            var code = input.Get<string>("code")!;
            var newCodes = Codes(input.Get<IEnumerable<object?>>("newCodes"), "newCodes");
            var id = await Mutation.LockVersionAsync(connection, "plots", code, input.Get<int>("expectedVersion"), PlotEdits.What, ctx.CancellationToken);
            await RequireFreeAsync(connection, [id], ctx.CancellationToken);
            var line = await GeometryInput.CheckAsync(ctx, connection, input.Get<GeoJsonText>("line")!.Json,
                input.Get<int?>("srid") ?? Srid.Wgs84, Lines);
            var pieces = Ordered(await PiecesAsync(connection, id, line, ctx.CancellationToken));
            var areas = pieces.Select(p => Math.Round(p.AreaM2, 2)).ToArray();
            if (pieces.Count < 2)
                throw new PlanningError(ErrorCodes.BadUserInput,
                    $"Đường cắt không chia lô đất {code} thành ít nhất hai phần: hãy vẽ đường cắt xuyên qua lô, từ cạnh này sang cạnh kia.",
                    new Dictionary<string, object?> { ["pieces"] = pieces.Count });
            if (pieces.Count != newCodes.Count)
                throw new PlanningError(ErrorCodes.BadUserInput,
                    $"Đường cắt chia lô đất {code} thành {pieces.Count} phần nhưng có {newCodes.Count} mã lô mới: cần đúng một mã cho mỗi phần.",
                    new Dictionary<string, object?> { ["pieces"] = pieces.Count, ["codes"] = newCodes.Count, ["areasM2"] = areas });
            await RetireAsync(connection, [id], legalBasis, ctx.CancellationToken);
            var children = new List<long>();
            for (var i = 0; i < pieces.Count; i++)
            {
                var child = await InsertLikeAsync(connection, id, newCodes[i], pieces[i].Ewkb, legalBasis, ctx.CancellationToken);
                await LinkAsync(connection, [id], child, "split", legalBasis, ctx.CancellationToken);
                children.Add(child);
            }
            return await PlotQueries.ByIdsAsync(ctx, connection, children);
        });
    }

    public static Task<PlotRow> MergeAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var legalBasis = input.Get<string>("legalBasis")!;
        return Mutation.RunAsync(ctx, legalBasis, async connection =>
        {
            var codes = Codes(input.Get<IEnumerable<object?>>("codes"), "codes");
            var newCode = input.Get<string>("newCode")!;
            var ids = await LockAsync(connection, codes, ctx.CancellationToken);
            await RequireFreeAsync(connection, ids, ctx.CancellationToken);
            await using (var zones = new NpgsqlCommand("select count(distinct zone_id) from plots where id = any(@ids)", connection))
            {
                zones.Parameters.AddWithValue("ids", ids);
                if ((long)(await zones.ExecuteScalarAsync(ctx.CancellationToken))! > 1)
                    throw new PlanningError(ErrorCodes.Topology, "Chỉ hợp được các lô đất của cùng một khu chức năng.",
                        new Dictionary<string, object?> { ["codes"] = codes });
            }
            var union = await UnionAsync(connection, ids, codes, ctx.CancellationToken);
            var landUse = input.Get<string>("landUseCode") is { } given
                ? await PlotEdits.LandUseAsync(connection, given, ctx.CancellationToken)
                : await SharedLandUseAsync(connection, ids, ctx.CancellationToken);
            await RetireAsync(connection, ids, legalBasis, ctx.CancellationToken);
            var merged = await InsertMergedAsync(connection, ids, newCode, union, landUse, legalBasis, ctx.CancellationToken);
            await LinkAsync(connection, ids, merged, "merge", legalBasis, ctx.CancellationToken);
            return (await PlotQueries.ByIdsAsync(ctx, connection, [merged]))[0];
        });
    }

    // Codes of a split or merge: at least two, none blank, none twice.
    private static List<string> Codes(IEnumerable<object?>? values, string field)
    {
        var codes = (values ?? []).Select(v => v?.ToString()?.Trim() ?? "").ToList();
        if (codes.Count < 2 || codes.Any(c => c.Length == 0) || codes.Distinct().Count() != codes.Count)
            throw new PlanningError(ErrorCodes.BadUserInput, "Cần ít nhất hai mã lô đất, không để trống và không trùng nhau.",
                new Dictionary<string, object?> { ["field"] = field });
        return codes;
    }

    // The polygons ST_Split makes of the plot, with their centroids on the VN-2000 plane.
    private static async Task<List<Piece>> PiecesAsync(NpgsqlConnection connection, long id, byte[] line, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            with pieces as (select (ST_Dump(ST_Split(p.boundary, @line::geometry))).geom as g from plots p where p.id = @id)
            select ST_AsEWKB(g) as ewkb, ST_X(c) as east, ST_Y(c) as north, area_m2(g) as area_m2
            from pieces, ST_Transform(ST_Centroid(g), 9215) c
            where ST_GeometryType(g) = 'ST_Polygon'
            """, connection);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("line", line);
        return await RowReader.ListAsync(cmd, r => new Piece(r.Get<byte[]>("ewkb"), r.Get<double>("east"), r.Get<double>("north"),
            r.Get<double>("area_m2")), ct);
    }

    /// <summary>
    /// The order newCodes follow: west to east; when the pieces lie more north–south of one another
    /// than east–west (a plot cut by an east–west line), south to north.
    /// </summary>
    private static List<Piece> Ordered(List<Piece> pieces)
    {
        if (pieces.Count < 2)
            return pieces;
        var eastWest = pieces.Max(p => p.East) - pieces.Min(p => p.East);
        var northSouth = pieces.Max(p => p.North) - pieces.Min(p => p.North);
        return eastWest >= northSouth
            ? [.. pieces.OrderBy(p => p.East).ThenBy(p => p.North)]
            : [.. pieces.OrderBy(p => p.North).ThenBy(p => p.East)];
    }

    // Locks the plots to merge (in id order, so two merges cannot deadlock); NOT_FOUND for a code that is not a plot.
    private static async Task<long[]> LockAsync(NpgsqlConnection connection, List<string> codes, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select id, code from plots where code = any(@codes) order by id for update", connection);
        cmd.Parameters.AddWithValue("codes", codes.ToArray());
        var found = (await RowReader.ListAsync(cmd, r => (Code: r.Get<string>("code"), Id: r.Get<long>("id")), ct))
            .ToDictionary(p => p.Code, p => p.Id);
        if (codes.FirstOrDefault(c => !found.ContainsKey(c)) is { } missing)
            throw Mutation.NotFound(PlotEdits.What, missing);
        return [.. found.Values];
    }

    /// <summary>Only current plots that no pending or active allocation holds may be split or merged.</summary>
    internal static async Task RequireFreeAsync(NpgsqlConnection connection, long[] ids, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select p.code, p.lifecycle = 'retired' as retired,
                   (select a.code from allocations a where a.plot_id = p.id and a.status in ('pending', 'active') order by a.start_date limit 1)
                   as allocation
            from plots p where p.id = any(@ids) order by p.code
            """, connection);
        cmd.Parameters.AddWithValue("ids", ids);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var row = new RowReader(reader);
        while (await row.ReadAsync(ct))
        {
            var code = row.Get<string>("code");
            if (row.Get<bool>("retired"))
                throw new PlanningError(ErrorCodes.InvalidTransition, $"Lô đất {code} đã được tách hoặc hợp trước đây; chỉ tách, hợp được lô đất hiện hành.",
                    new Dictionary<string, object?> { ["code"] = code, ["availability"] = "RETIRED" });
            if (row.Get<string?>("allocation") is { } allocation)
                throw new PlanningError(ErrorCodes.InvalidTransition,
                    $"Lô đất {code} đang được giao hoặc cho thuê ({allocation}): hãy kết thúc quyết định đó trước khi tách, hợp lô.",
                    new Dictionary<string, object?> { ["code"] = code, ["allocation"] = allocation });
        }
    }

    // The union of adjacent plots must be one valid polygon; plots that only touch at a corner, or not at all, are refused.
    private static async Task<byte[]> UnionAsync(NpgsqlConnection connection, long[] ids, List<string> codes, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            with u as (select ST_UnaryUnion(ST_Collect(boundary)) as g from plots where id = any(@ids))
            select ST_GeometryType(g) as type, ST_IsValid(g) as valid, ST_NumGeometries(g) as parts, ST_AsEWKB(g) as ewkb from u
            """, connection);
        cmd.Parameters.AddWithValue("ids", ids);
        var (type, valid, parts, ewkb) = (await RowReader.FirstOrNullAsync(cmd,
            r => (r.Get<string>("type"), r.Get<bool>("valid"), r.Get<int>("parts"), r.Get<byte[]>("ewkb")), ct))!.Value;
        if (type != "ST_Polygon" || !valid)
            throw new PlanningError(ErrorCodes.Topology,
                $"Các lô đất {string.Join(", ", codes)} không liền kề nhau thành một thửa: hợp lại được {parts} phần rời nhau.",
                new Dictionary<string, object?> { ["codes"] = codes, ["parts"] = parts });
        return ewkb;
    }

    private static async Task<string> SharedLandUseAsync(NpgsqlConnection connection, long[] ids, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select array_agg(distinct land_use_code) from plots where id = any(@ids)", connection);
        cmd.Parameters.AddWithValue("ids", ids);
        var landUses = (string[])(await cmd.ExecuteScalarAsync(ct))!;
        return landUses.Length == 1
            ? landUses[0]
            : throw new PlanningError(ErrorCodes.BadUserInput,
                $"Các lô đất có loại đất khác nhau ({string.Join(", ", landUses)}): hãy chọn loại đất cho lô mới (landUseCode).",
                new Dictionary<string, object?> { ["field"] = "landUseCode", ["landUseCodes"] = landUses });
    }

    private static async Task RetireAsync(NpgsqlConnection connection, long[] ids, string legalBasis, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("update plots set lifecycle = 'retired', legal_basis = @basis where id = any(@ids)", connection);
        cmd.Parameters.AddWithValue("ids", ids);
        cmd.Parameters.AddWithValue("basis", legalBasis);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    // A piece of a split: the parent's zone, dossier, land use, indicators and investment status.
    private static async Task<long> InsertLikeAsync(NpgsqlConnection connection, long parent, string code, byte[] boundary, string legalBasis,
        CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            insert into plots (code, zone_id, dossier_id, land_use_code, max_building_density, max_floors, far, min_setback_m, max_height_m,
                               for_investment, boundary, legal_basis)
            select @code, zone_id, dossier_id, land_use_code, max_building_density, max_floors, far, min_setback_m, max_height_m,
                   for_investment, @boundary::geometry, @basis
            from plots where id = @parent
            returning id
            """, connection);
        cmd.Parameters.AddWithValue("code", code);
        cmd.Parameters.AddWithValue("boundary", boundary);
        cmd.Parameters.AddWithValue("basis", legalBasis);
        cmd.Parameters.AddWithValue("parent", parent);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    // A merged plot keeps what its parents agree on (dossier, indicators); where they differ the value is left empty
    // for the planner to set; it is for investment only if all of them were.
    private static async Task<long> InsertMergedAsync(NpgsqlConnection connection, long[] parents, string code, byte[] boundary, string landUse,
        string legalBasis, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            insert into plots (code, zone_id, dossier_id, land_use_code, max_building_density, max_floors, far, min_setback_m, max_height_m,
                               for_investment, boundary, legal_basis)
            select @code, min(zone_id),
                   case when count(distinct dossier_id) = 1 and count(dossier_id) = count(*) then min(dossier_id) end, @landUse,
                   case when count(distinct max_building_density) = 1 and count(max_building_density) = count(*) then min(max_building_density) end,
                   case when count(distinct max_floors) = 1 and count(max_floors) = count(*) then min(max_floors) end,
                   case when count(distinct far) = 1 and count(far) = count(*) then min(far) end,
                   case when count(distinct min_setback_m) = 1 and count(min_setback_m) = count(*) then min(min_setback_m) end,
                   case when count(distinct max_height_m) = 1 and count(max_height_m) = count(*) then min(max_height_m) end,
                   bool_and(for_investment), @boundary::geometry, @basis
            from plots where id = any(@parents)
            returning id
            """, connection);
        cmd.Parameters.AddWithValue("code", code);
        cmd.Parameters.AddWithValue("landUse", landUse);
        cmd.Parameters.AddWithValue("boundary", boundary);
        cmd.Parameters.AddWithValue("basis", legalBasis);
        cmd.Parameters.AddWithValue("parents", parents);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static async Task LinkAsync(NpgsqlConnection connection, long[] parents, long child, string operation, string legalBasis,
        CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            insert into plot_lineage (parent_plot_id, child_plot_id, operation, legal_basis)
            select parent, @child, @operation, @basis from unnest(@parents) parent
            """, connection);
        cmd.Parameters.AddWithValue("parents", parents);
        cmd.Parameters.AddWithValue("child", child);
        cmd.Parameters.AddWithValue("operation", operation);
        cmd.Parameters.AddWithValue("basis", legalBasis);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
