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

    /// <summary>
    /// A typed per-request value, one per type (the signed-in account, say): the transport sets it,
    /// resolvers read it without a cast or a string key.
    /// </summary>
    public T? Get<T>() where T : class =>
        _features is not null && _features.TryGetValue(typeof(T), out var value) ? (T)value : null;

    public RequestContext Set<T>(T? value) where T : class
    {
        _features ??= new Dictionary<Type, object>();
        if (value is null)
        {
            _features.Remove(typeof(T));
        }
        else
        {
            _features[typeof(T)] = value;
        }
        return this;
    }

    private Dictionary<Type, object>? _features;
}
