using Npgsql;
using PlanningGIS.GraphQL.Execution;

namespace PlanningGIS.Planning.Api;

/// <summary>
/// A versioned table (a current row per object, its earlier versions in <c>{Table}_history</c>, kept by
/// the history trigger) and the columns a revert copies back: what a version says of the object, not
/// its identity (id, code) or bookkeeping (version, validity, author).
/// </summary>
public sealed record Versioned(string Table, string What, IReadOnlyList<string> RevertedColumns);

public static partial class Mutation
{
    /// <summary>
    /// revertDossier, revertZone and revertPlot (RevertInput): locks the object at the version the client
    /// read, then makes <c>toVersion</c> current again as a new version with the input's legal basis
    /// (history is never rewritten). <paramref name="check"/> refuses objects that may not be edited, before
    /// anything changes. NOT_FOUND, with the code and version, for a version the object never had.
    /// Returns the row id.
    /// </summary>
    public static async Task<long> RevertAsync(ResolveContext ctx, NpgsqlConnection connection, Versioned versioned,
        Func<long, string, Task>? check = null)
    {
        var input = ctx.Input();
        var (code, toVersion) = (input.Get<string>("code")!, input.Get<int>("toVersion"));
        var id = await LockVersionAsync(connection, versioned.Table, code, input.Get<int>("expectedVersion"), versioned.What, ctx.CancellationToken);
        if (check is not null)
            await check(id, code);
        await using var cmd = new NpgsqlCommand($"""
            update {versioned.Table} t set {string.Join(", ", versioned.RevertedColumns.Select(c => $"{c} = h.{c}"))}, legal_basis = @basis
            from {versioned.Table}_history h where h.id = t.id and t.id = @id and h.version = @version
            """, connection);
        cmd.Parameters.AddWithValue("basis", input.Get<string>("legalBasis")!);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("version", toVersion);
        if (await cmd.ExecuteNonQueryAsync(ctx.CancellationToken) == 0)
            throw new PlanningError(ErrorCodes.NotFound, $"{char.ToUpperInvariant(versioned.What[0])}{versioned.What[1..]} {code} không có phiên bản {toVersion} trước đây.",
                new Dictionary<string, object?> { ["code"] = code, ["toVersion"] = toVersion });
        return id;
    }
}
