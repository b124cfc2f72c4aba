using PlanningGIS.GraphQL;

namespace PlanningGIS.Host.GraphQL;

/// <summary>
/// The transport's part of the configuration section "GraphQL". The engine's limits in the same
/// section (GraphQL:MaxDepth, GraphQL:MaxCost, GraphQL:EnableIntrospection, ...) are the
/// <see cref="GraphQLLimits"/> the GraphQLService is registered with (<see cref="GraphQLTransport"/>);
/// no key is read by both.
/// </summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body accepted (413 above it): room for a 20 MB document, ~26.7 MB as base64 in JSON.</summary>
    public long MaxRequestBodyBytes { get; set; } = 28 * 1024 * 1024;

    /// <summary>
    /// How long one request may run (GraphQL:RequestTimeout, e.g. "00:00:10"). Past it, the SQL the
    /// request started is cancelled and the client gets a TIMEOUT error.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>GraphiQL for a browser's GET /graphql.</summary>
    public bool GraphiQL { get; set; } = true;

    /// <summary>
    /// A request that takes at least this long (GraphQL:SlowRequestThreshold, e.g. "00:00:00.500") is
    /// logged as a warning with its operation's name, duration, SQL statement count and cost.
    /// </summary>
    public TimeSpan SlowRequestThreshold { get; set; } = TimeSpan.FromMilliseconds(500);
}
