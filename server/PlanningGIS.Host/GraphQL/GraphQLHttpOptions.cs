using PlanningGIS.GraphQL;

namespace PlanningGIS.Host.GraphQL;

/// <summary>
/// The transport's part of the configuration section "GraphQL". The engine's limits in the same
/// section (GraphQL:MaxDepth, GraphQL:MaxCost, GraphQL:EnableIntrospection, ...) are read where the
/// GraphQLService is registered (AddPlanning); <see cref="Introspection"/> overrides its introspection switch.
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

    /// <summary>GraphQL:Introspection=false switches __schema and __type off; unset keeps the service's limits.</summary>
    public bool? Introspection { get; set; }

    /// <summary>The limits requests run with: the service's, with the configured introspection switch.</summary>
    public GraphQLLimits EffectiveLimits(GraphQLLimits serviceLimits) =>
        Introspection is { } enabled && enabled != serviceLimits.EnableIntrospection
            ? serviceLimits with { EnableIntrospection = enabled }
            : serviceLimits;
}
