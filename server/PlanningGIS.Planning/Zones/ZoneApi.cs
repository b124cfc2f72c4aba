using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Planning.Zones;

/// <summary>Zones: queries, boundary and attribute edits with history, revert. Planners edit; everyone reads.</summary>
public static class ZoneApi
{
    private static readonly string[] Polygonal = ["Polygon", "MultiPolygon"];

    private static readonly Versioned Versions = new("zones", "khu chức năng", ["name", "kind", "description", "dossier_id", "boundary"]);

    public static void Register(SchemaBuilder schema) => schema
        .BindType<ZoneRow>("Zone")
        .ResolveAsync("Query.zones", ZoneQueries.PageAsync)
        .ResolveAsync("Query.zone", ctx => ZoneQueries.ByCodeAsync(ctx, ctx.GetArgument<string>("code")!, ctx.GetArgument<DateTimeOffset?>("asOf")))
        .Resolve("Zone.geometry", ctx => GeometryOutput.InSrid(ctx.GetParent<ZoneRow>().GeometryJson, ctx.GetArgument<int>("srid")))
        .ResolveAsync("Zone.history", ctx => ZoneQueries.HistoryAsync(ctx, ctx.GetParent<ZoneRow>().RowId))
        .ResolveAsync("Mutation.createZone", CreateAsync)
        .ResolveAsync("Mutation.updateZoneBoundary", UpdateBoundaryAsync)
        .ResolveAsync("Mutation.updateZone", UpdateAsync)
        .ResolveAsync("Mutation.revertZone", RevertAsync);

    private static Task<ZoneRow> CreateAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, input.Get<string>("legalBasis"), async connection =>
        {
            var boundary = await GeometryInput.CheckAsync(ctx, connection, input.Get<GeoJsonText>("geometry")!.Json,
                input.Get<int?>("srid") ?? 4326, Polygonal);
            await using var cmd = new NpgsqlCommand("""
                insert into zones (code, name, kind, description, dossier_id, boundary, legal_basis)
                values (@code, @name, lower(@kind), @description, (select id from dossiers where code = @dossier), ST_Multi(@boundary), @basis)
                """, connection);
            cmd.Parameters.AddWithValue("code", input.Get<string>("code")!);
            cmd.Parameters.AddWithValue("name", input.Get<string>("name")!);
            cmd.Parameters.AddWithValue("kind", input.Get<string>("kind")!);
            cmd.Parameters.AddWithValue("description", (object?)input.Get<string>("description") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("dossier", (object?)input.Get<string>("dossierCode") ?? DBNull.Value);
            cmd.Parameters.AddWithValue("boundary", boundary);
            cmd.Parameters.AddWithValue("basis", input.Get<string>("legalBasis")!);
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            return (await ZoneQueries.ByCodeAsync(ctx, input.Get<string>("code")!, connection: connection))!;
        });
    }

    private static Task<ZoneRow> UpdateBoundaryAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, input.Get<string>("legalBasis"), async connection =>
        {
            var code = input.Get<string>("code")!;
            var id = await Mutation.LockVersionAsync(connection, "zones", code, input.Get<int>("expectedVersion"), "khu chức năng", ctx.CancellationToken);
            var boundary = await GeometryInput.CheckAsync(ctx, connection, input.Get<GeoJsonText>("geometry")!.Json,
                input.Get<int?>("srid") ?? 4326, Polygonal);
            await using var cmd = new NpgsqlCommand(
                "update zones set boundary = ST_Multi(@boundary), legal_basis = @basis where id = @id", connection);
            cmd.Parameters.AddWithValue("boundary", boundary);
            cmd.Parameters.AddWithValue("basis", input.Get<string>("legalBasis")!);
            cmd.Parameters.AddWithValue("id", id);
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            return (await ZoneQueries.ByCodeAsync(ctx, input.Get<string>("code")!, connection: connection))!;
        });
    }

    private static Task<ZoneRow> UpdateAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, input.Get<string>("legalBasis"), async connection =>
        {
            var id = await Mutation.LockVersionAsync(connection, "zones", input.Get<string>("code")!, input.Get<int>("expectedVersion"),
                "khu chức năng", ctx.CancellationToken);
            // Only the attributes given change; absent ones keep their value.
            await using var cmd = new NpgsqlCommand("""
                update zones set
                    name = case when @hasName then @name else name end,
                    kind = case when @hasKind then lower(@kind) else kind end,
                    description = case when @hasDescription then @description else description end,
                    dossier_id = case when @hasDossier then (select d.id from dossiers d where d.code = @dossier) else dossier_id end,
                    legal_basis = @basis
                where id = @id
                """, connection);
            foreach (var (field, parameter) in new[] { ("name", "name"), ("kind", "kind"), ("description", "description"), ("dossierCode", "dossier") })
            {
                cmd.Parameters.AddWithValue("has" + char.ToUpperInvariant(parameter[0]) + parameter[1..], input.Has(field));
                cmd.Parameters.AddWithValue(parameter, (object?)input.Get<string>(field) ?? DBNull.Value);
            }
            cmd.Parameters.AddWithValue("basis", input.Get<string>("legalBasis")!);
            cmd.Parameters.AddWithValue("id", id);
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            return (await ZoneQueries.ByCodeAsync(ctx, input.Get<string>("code")!, connection: connection))!;
        });
    }

    /// <summary>Makes an earlier version current again, as a new version (history is never rewritten).</summary>
    private static Task<ZoneRow> RevertAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, input.Get<string>("legalBasis"), async connection =>
        {
            await Mutation.RevertAsync(ctx, connection, Versions);
            return (await ZoneQueries.ByCodeAsync(ctx, input.Get<string>("code")!, connection: connection))!;
        });
    }
}
