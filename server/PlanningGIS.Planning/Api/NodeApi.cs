using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Allocations;
using PlanningGIS.Planning.Clearance;
using PlanningGIS.Planning.Conversions;
using PlanningGIS.Planning.Dossiers;
using PlanningGIS.Planning.Plots;
using PlanningGIS.Planning.Violations;
using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.Api;

/// <summary>
/// Query.node(id): any object by its global id ("Type:code", see <see cref="GlobalId"/>), through the
/// same loaders and visibility rules as the feature's own fields. What the account may not see is null.
/// </summary>
public static class NodeApi
{
    private static readonly Dictionary<string, string> Tables = new()
    {
        ["Dossier"] = "dossiers", ["Zone"] = "zones", ["Plot"] = "plots", ["Investor"] = "investors",
        ["Allocation"] = "allocations", ["ClearanceProject"] = "clearance_projects", ["Conversion"] = "conversions",
        ["Violation"] = "violations", ["User"] = "users",
    };

    public static void Register(SchemaBuilder schema) => schema.ResolveAsync("Query.node", ResolveAsync);

    private static async Task<object?> ResolveAsync(ResolveContext ctx)
    {
        if (GlobalId.Decode(ctx.GetArgument<string>("id")!) is not var (type, code) || !Tables.TryGetValue(type, out var table))
            return null;
        await using var connection = await ctx.Db().OpenConnectionAsync(ctx.CancellationToken);
        await using var cmd = new NpgsqlCommand(
            $"select id from {table} where {(type == "User" ? "username" : "code")} = @code", connection);
        cmd.Parameters.AddWithValue("code", code);
        if (await cmd.ExecuteScalarAsync(ctx.CancellationToken) is not long id)
            return null;
        var account = ctx.Account();
        // Each type's own row rule (its feature's *Policies.cs), as its lists apply it.
        return type switch
        {
            "Dossier" => await DossierQueries.LoadAsync(ctx, id),
            "Zone" => await ZoneQueries.LoadAsync(ctx, id),
            "Plot" => await PlotQueries.LoadAsync(ctx, id),
            "Investor" => await InvestorQueries.LoadAsync(ctx, id),
            "ClearanceProject" => await ClearanceQueries.LoadAsync(ctx, id),
            "Allocation" =>
                await AllocationQueries.ByCodeAsync(ctx, connection, code) is var a && AllocationPolicies.CanSeeInRegister(account, a) ? a : null,
            "Conversion" =>
                await ConversionQueries.ByCodeAsync(ctx, connection, code) is var c && ConversionPolicies.CanSee(account, c.Status) ? c : null,
            "Violation" when ViolationPolicies.CanSee(account) => await ViolationQueries.ByCodeAsync(ctx, connection, code),
            "User" => await AccountApi.ByIdAsync(ctx, id),
            _ => null,
        };
    }
}
