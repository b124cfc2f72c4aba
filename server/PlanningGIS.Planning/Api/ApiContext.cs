using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Accounts;

namespace PlanningGIS.Planning.Api;

/// <summary>What resolvers need from a request: the database, the signed-in account, role checks.</summary>
public static class ApiContext
{
    /// <summary>Key of the signed-in <see cref="Account"/> in <see cref="RequestContext.Items"/> (set by the HTTP layer).</summary>
    public const string AccountKey = "planninggis.account";

    /// <summary>Key of the signed-in session's id (<see cref="AccountStore.SessionId"/>) in the request's items (set by the HTTP layer).</summary>
    public const string SessionKey = "planninggis.session";

    /// <summary>Key of the client's <see cref="IPAddress"/> in the request's items (set by the HTTP layer).</summary>
    public const string ClientAddressKey = "planninggis.client-address";

    /// <summary>Where reads go: a standby when one is configured and has what this session wrote (<see cref="ReadRouting"/>).</summary>
    public static NpgsqlDataSource Db(this ResolveContext ctx) => ReadRouting.ReadSource(ctx);

    /// <summary>Where writes go: the primary.</summary>
    public static NpgsqlDataSource PrimaryDb(this ResolveContext ctx) => ctx.Services!.GetRequiredService<NpgsqlDataSource>();

    public static PlanningOptions Options(this ResolveContext ctx) => ctx.Services!.GetRequiredService<IOptions<PlanningOptions>>().Value;

    public static Account? Account(this ResolveContext ctx) =>
        ctx.Request.Items.TryGetValue(AccountKey, out var account) ? account as Account : null;

    public static string? SessionId(this ResolveContext ctx) =>
        ctx.Request.Items.TryGetValue(SessionKey, out var session) ? session as string : null;

    public static IPAddress? ClientAddress(this ResolveContext ctx) =>
        ctx.Request.Items.TryGetValue(ClientAddressKey, out var address) ? address as IPAddress : null;

    /// <summary>Planners and inspectors: they see unpublished material and enforcement data.</summary>
    public static bool IsStaff(this ResolveContext ctx) => ctx.Account()?.IsStaff == true;

    public static bool IsPlanner(this ResolveContext ctx) => ctx.Account()?.IsIn(Roles.Planner) == true;

    /// <summary>The signed-in account if it has one of the roles; UNAUTHENTICATED or FORBIDDEN otherwise.</summary>
    public static Account Require(this ResolveContext ctx, params string[] roles)
    {
        var account = ctx.Account()
            ?? throw new PlanningError(ErrorCodes.Unauthenticated, "Bạn cần đăng nhập để thực hiện thao tác này.");
        if (roles.Length > 0 && !roles.Any(account.IsIn))
            throw new PlanningError(ErrorCodes.Forbidden,
                $"Tài khoản {account.Username} không có quyền thực hiện thao tác này (cần vai trò: {string.Join(", ", roles)}).");
        return account;
    }

    /// <summary>A nested input object argument (coerced by the engine into a dictionary).</summary>
    public static IReadOnlyDictionary<string, object?> Input(this ResolveContext ctx, string name = "input") =>
        ctx.GetArgument<IReadOnlyDictionary<string, object?>>(name) ?? new Dictionary<string, object?>();

    public static T? Get<T>(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    public static bool Has(this IReadOnlyDictionary<string, object?> input, string name) => input.ContainsKey(name);
}
