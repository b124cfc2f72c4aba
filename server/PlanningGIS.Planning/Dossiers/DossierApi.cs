using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;
using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.Dossiers;

/// <summary>
/// Dossiers: queries (asOf), documents, create/update/publish/revert. Planners edit; unpublished
/// dossiers and their documents exist only for planners and inspectors.
/// </summary>
public static class DossierApi
{
    private static readonly string[] Polygonal = ["Polygon", "MultiPolygon"];

    // Publication is not reverted: publishing and withdrawing are decisions of their own (publishDossier).
    private static readonly Versioned Versions = new("dossiers", "đồ án",
        ["name", "kind", "scale", "status", "decision_number", "decision_date", "approving_body", "adjusts_id", "summary", "boundary"]);

    public static void Register(SchemaBuilder schema) => schema
        .BindType<DossierRow>("Dossier")
        .BindType<DocumentRow>("Document")
        .ResolveAsync("Query.dossiers", DossierQueries.PageAsync)
        .ResolveAsync("Query.dossier", ctx => DossierQueries.ByCodeAsync(ctx, ctx.GetArgument<string>("code")!, ctx.GetArgument<DateTimeOffset?>("asOf")))
        .ResolveAsync("Dossier.adjusts", ctx => ctx.GetParent<DossierRow>().AdjustsId is { } id
            ? DossierQueries.LoadAsync(ctx, id)
            : Task.FromResult<DossierRow?>(null))
        .ResolveAsync("Dossier.adjustedBy", ctx => DossierQueries.AdjustedByAsync(ctx, ctx.GetParent<DossierRow>().RowId))
        .ResolveAsync("Dossier.zones", ctx => DossierQueries.ZonesAsync(ctx, ctx.GetParent<DossierRow>().RowId))
        .ResolveAsync("Dossier.documents", ctx => DossierQueries.DocumentsAsync(ctx, ctx.GetParent<DossierRow>()))
        .Resolve("Dossier.geometry", ctx => GeometryOutput.InSrid(ctx.GetParent<DossierRow>().GeometryJson, ctx.GetArgument<int>("srid")))
        .ResolveAsync("Dossier.history", ctx => DossierQueries.HistoryAsync(ctx, ctx.GetParent<DossierRow>().RowId))
        .ResolveAsync("Zone.dossier", ctx => ctx.GetParent<ZoneRow>().DossierId is { } id
            ? DossierQueries.LoadAsync(ctx, id)
            : Task.FromResult<DossierRow?>(null))
        .ResolveAsync("Mutation.createDossier", CreateAsync)
        .ResolveAsync("Mutation.updateDossier", UpdateAsync)
        .ResolveAsync("Mutation.publishDossier", PublishAsync)
        .ResolveAsync("Mutation.addDossierDocument", DossierDocuments.AddAsync)
        .ResolveAsync("Mutation.revertDossier", RevertAsync);

    /// <summary>A new dossier; its legal basis is its own decision, if it has one yet.</summary>
    private static Task<DossierRow> CreateAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, Blank(input.Get<string>("decisionNumber")), connection => DossierRules.Translating(async () =>
        {
            var code = Required(input, "code", "Mã đồ án");
            var adjusts = await DossierRules.AdjustedIdAsync(connection, input.Get<string>("adjustsCode"), ctx.CancellationToken);
            var boundary = await GeometryInput.CheckAsync(ctx, connection, input.Get<GeoJsonText>("geometry")!.Json,
                input.Get<int?>("srid") ?? 4326, Polygonal);
            await using var cmd = new NpgsqlCommand("""
                insert into dossiers (code, name, kind, scale, status, decision_number, decision_date, approving_body, adjusts_id, summary, boundary)
                values (@code, @name, lower(@kind), @scale, lower(@status), @number, @date, @body, @adjusts, @summary, ST_Multi(@boundary))
                returning id
                """, connection);
            cmd.Parameters.AddWithValue("code", code);
            cmd.Parameters.AddWithValue("name", Required(input, "name", "Tên đồ án"));
            cmd.Parameters.AddWithValue("kind", input.Get<string>("kind")!);
            cmd.Parameters.AddWithValue("scale", (object?)Blank(input.Get<string>("scale")) ?? DBNull.Value);
            cmd.Parameters.AddWithValue("status", input.Get<string>("status")!);
            cmd.Parameters.AddWithValue("number", (object?)Blank(input.Get<string>("decisionNumber")) ?? DBNull.Value);
            cmd.Parameters.AddWithValue("date", (object?)input.Get<DateOnly?>("decisionDate") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("body", (object?)Blank(input.Get<string>("approvingBody")) ?? DBNull.Value);
            cmd.Parameters.AddWithValue("adjusts", (object?)adjusts ?? DBNull.Value);
            cmd.Parameters.AddWithValue("summary", (object?)Blank(input.Get<string>("summary")) ?? DBNull.Value);
            cmd.Parameters.AddWithValue("boundary", boundary);
            var id = (long)(await cmd.ExecuteScalarAsync(ctx.CancellationToken))!;
            await DossierRules.CheckAsync(connection, id, ctx.CancellationToken);
            return (await DossierQueries.ByCodeAsync(ctx, code, connection: connection))!;
        }));
    }

    /// <summary>Attributes and/or boundary: only the fields given change; a field given as null is cleared.</summary>
    private static Task<DossierRow> UpdateAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var code = input.Get<string>("code")!;
        return Mutation.RunAsync(ctx, input.Get<string>("legalBasis"), connection => DossierRules.Translating(async () =>
        {
            var id = await Mutation.LockVersionAsync(connection, "dossiers", code, input.Get<int>("expectedVersion"), "đồ án", ctx.CancellationToken);
            var adjusts = await DossierRules.AdjustedIdAsync(connection, input.Get<string>("adjustsCode"), ctx.CancellationToken);
            byte[]? boundary = input.Get<GeoJsonText>("geometry") is { } geometry
                ? await GeometryInput.CheckAsync(ctx, connection, geometry.Json, input.Get<int?>("srid") ?? 4326, Polygonal)
                : null;
            await using var cmd = new NpgsqlCommand("""
                update dossiers set
                    name = coalesce(@name, name),
                    kind = coalesce(lower(@kind), kind),
                    status = coalesce(lower(@status), status),
                    scale = case when @hasScale then @scale else scale end,
                    decision_number = case when @hasNumber then @number else decision_number end,
                    decision_date = case when @hasDate then @date else decision_date end,
                    approving_body = case when @hasBody then @body else approving_body end,
                    adjusts_id = case when @hasAdjusts then @adjusts else adjusts_id end,
                    summary = case when @hasSummary then @summary else summary end,
                    boundary = coalesce(ST_Multi(@boundary), boundary),
                    legal_basis = @basis
                where id = @id
                """, connection);
            // name, kind and status cannot be cleared: null there means "unchanged".
            cmd.Parameters.AddWithValue("name", (object?)Blank(input.Get<string>("name")) ?? DBNull.Value);
            cmd.Parameters.AddWithValue("kind", (object?)input.Get<string>("kind") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("status", (object?)input.Get<string>("status") ?? DBNull.Value);
            foreach (var (field, parameter) in new[]
                     {
                         ("scale", "Scale"), ("decisionNumber", "Number"), ("approvingBody", "Body"), ("summary", "Summary"),
                     })
            {
                cmd.Parameters.AddWithValue("has" + parameter, input.Has(field));
                cmd.Parameters.AddWithValue(parameter.ToLowerInvariant(), (object?)Blank(input.Get<string>(field)) ?? DBNull.Value);
            }
            cmd.Parameters.AddWithValue("hasDate", input.Has("decisionDate"));
            cmd.Parameters.AddWithValue("date", NpgsqlTypes.NpgsqlDbType.Date, (object?)input.Get<DateOnly?>("decisionDate") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("hasAdjusts", input.Has("adjustsCode"));
            cmd.Parameters.AddWithValue("adjusts", NpgsqlTypes.NpgsqlDbType.Bigint, (object?)adjusts ?? DBNull.Value);
            cmd.Parameters.AddWithValue("boundary", NpgsqlTypes.NpgsqlDbType.Bytea, (object?)boundary ?? DBNull.Value);
            cmd.Parameters.AddWithValue("basis", input.Get<string>("legalBasis")!);
            cmd.Parameters.AddWithValue("id", id);
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            await DossierRules.CheckAsync(connection, id, ctx.CancellationToken);
            return (await DossierQueries.ByCodeAsync(ctx, code, connection: connection))!;
        }));
    }

    /// <summary>Publishing (or withdrawing) is a change of its own: a new version, guarded by expectedVersion.</summary>
    private static Task<DossierRow> PublishAsync(ResolveContext ctx)
    {
        var code = ctx.GetArgument<string>("code")!;
        return Mutation.RunAsync(ctx, null, async connection =>
        {
            var id = await Mutation.LockVersionAsync(connection, "dossiers", code, ctx.GetArgument<int>("expectedVersion"), "đồ án", ctx.CancellationToken);
            await using var cmd = new NpgsqlCommand("update dossiers set published = @published where id = @id", connection);
            cmd.Parameters.AddWithValue("published", ctx.GetArgument<bool>("published"));
            cmd.Parameters.AddWithValue("id", id);
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            return (await DossierQueries.ByCodeAsync(ctx, code, connection: connection))!;
        });
    }

    /// <summary>
    /// Makes an earlier version's content current again, as a new version (history is never rewritten).
    /// Publication is not part of the content: it stays as it is (publishDossier changes it).
    /// </summary>
    private static Task<DossierRow> RevertAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var code = input.Get<string>("code")!;
        return Mutation.RunAsync(ctx, input.Get<string>("legalBasis"), connection => DossierRules.Translating(async () =>
        {
            var id = await Mutation.RevertAsync(ctx, connection, Versions);
            await DossierRules.CheckAsync(connection, id, ctx.CancellationToken);
            return (await DossierQueries.ByCodeAsync(ctx, code, connection: connection))!;
        }));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Required(IReadOnlyDictionary<string, object?> input, string field, string label) =>
        Blank(input.Get<string>(field)) ?? throw new PlanningError(ErrorCodes.BadUserInput, $"{label} không được để trống.",
            new Dictionary<string, object?> { ["field"] = field });
}
