using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Accounts;

namespace PlanningGIS.Planning.Api;

/// <summary>What resolvers need from a request: the database, the options, the signed-in account. Who may do what: FieldAuthorization.</summary>
public static class ApiContext
{
    /// <summary>Where reads go: a standby when one is configured and has what this session wrote (<see cref="ReadRouting"/>).</summary>
    public static NpgsqlDataSource Db(this ResolveContext ctx) => ReadRouting.ReadSource(ctx);

    /// <summary>Where writes go: the primary.</summary>
    public static NpgsqlDataSource PrimaryDb(this ResolveContext ctx) => ctx.Services!.GetRequiredService<NpgsqlDataSource>();

    public static PlanningOptions Options(this ResolveContext ctx) => ctx.Services!.GetRequiredService<IOptions<PlanningOptions>>().Value;

    /// <summary>The signed-in account (the request's <see cref="Caller"/>), or null for anonymous.</summary>
    public static Account? Account(this ResolveContext ctx) => ctx.Request.Get<Caller>()?.Account;

    /// <summary>The signed-in session's id (<see cref="AccountStore.SessionId"/>), or null.</summary>
    public static string? SessionId(this ResolveContext ctx) => ctx.Request.Get<Caller>()?.SessionId;

    /// <summary>The client's address, when the transport knows it.</summary>
    public static IPAddress? ClientAddress(this ResolveContext ctx) => ctx.Request.Get<Caller>()?.Address;

    /// <summary>The signed-in account of a field whose policy requires one (see FieldAuthorization).</summary>
    public static Account SignedIn(this ResolveContext ctx) =>
        ctx.Account() ?? throw new InvalidOperationException($"{ctx.ParentType.Name}.{ctx.FieldName} has no policy that requires signing in.");

    /// <summary>A nested input object argument (coerced by the engine into a dictionary).</summary>
    public static IReadOnlyDictionary<string, object?> Input(this ResolveContext ctx, string name = "input") =>
        ctx.GetArgument<IReadOnlyDictionary<string, object?>>(name) ?? new Dictionary<string, object?>();

    public static T? Get<T>(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    public static bool Has(this IReadOnlyDictionary<string, object?> input, string name) => input.ContainsKey(name);
}
