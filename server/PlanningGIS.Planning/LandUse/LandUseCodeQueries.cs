using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.LandUse;

/// <summary>The land-use code list: all of it, or codes batched per request for the objects that carry one.</summary>
public static class LandUseCodeQueries
{
    private const string Columns = """
        c.code, c.name_vi, c.name_en, upper(c.land_group) as land_group, upper(c.category) as category, c.instrument, c.colour, c.note
        """;

    private static LandUseCodeRow Read(RowReader r) => new(
        r.Get<string>("code"), r.Get<string>("name_vi"), r.Get<string>("name_en"), r.Get<string>("land_group"), r.Get<string?>("category"),
        r.Get<string>("instrument"), r.Get<string>("colour"), r.Get<string?>("note"));

    public static async Task<IReadOnlyList<LandUseCodeRow>> AllAsync(ResolveContext ctx)
    {
        await using var cmd = ctx.Db().CreateCommand($"select {Columns} from land_use_codes c order by c.code");
        return await RowReader.ListAsync(cmd, Read, ctx.CancellationToken);
    }

    /// <summary>A code by its value, batched: a page of plots or parcels asking for their land use makes one query.</summary>
    public static Task<LandUseCodeRow?> LoadAsync(ResolveContext ctx, string? code) =>
        code is null
            ? Task.FromResult<LandUseCodeRow?>(null)
            : Loaders.ById(ctx, "land-use-codes", () => $"select {Columns} from land_use_codes c where c.code = any(@keys)", "code", Read, code);
}
