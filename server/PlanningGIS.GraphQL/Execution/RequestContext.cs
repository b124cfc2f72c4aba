using System.Security.Claims;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>Per-request state handed to every resolver: the user, services and cancellation.</summary>
public sealed class RequestContext
{
    public ClaimsPrincipal? User { get; init; }

    public IServiceProvider? Services { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Free-form per-request values (e.g. a database connection shared by resolvers).</summary>
    public IDictionary<string, object?> Items => LazyInitializer.EnsureInitialized(ref _items);

    private Dictionary<string, object?>? _items;
}
