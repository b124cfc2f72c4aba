using PlanningGIS.GraphQL;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Host.GraphQL;

/// <summary>
/// Registration of GraphQL over HTTP: <c>AddGraphQLTransport</c> and <c>MapGraphQL</c>, and of the engine
/// it runs: a GraphQLService over the planning schema, with the limits of the "GraphQL" section.
/// </summary>
public static class GraphQLTransport
{
    public static IServiceCollection AddGraphQLTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new GraphQLService(PlanningSchema.Build(), LimitsFrom(sp.GetRequiredService<IConfiguration>())));
        services.AddOptions<GraphQLHttpOptions>().Bind(configuration.GetSection(GraphQLHttpOptions.Section));
        services.AddSingleton<GraphiQLAssets>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>
    /// Limits from the "GraphQL" section (GraphQL__MaxDepth, GraphQL__EnableIntrospection, ...). A geometry
    /// costs <see cref="PlanningSchemaCosts.Geometry"/> unless GraphQL__TypeCosts__GeoJSON says otherwise.
    /// </summary>
    public static GraphQLLimits LimitsFrom(IConfiguration configuration)
    {
        var limits = configuration.GetSection(GraphQLHttpOptions.Section).Get<GraphQLLimits>() ?? GraphQLLimits.Default;
        var costs = new Dictionary<string, int>(limits.TypeCosts);
        costs.TryAdd(PlanningSchemaCosts.GeometryType, PlanningSchemaCosts.Geometry);
        return limits with { TypeCosts = costs };
    }

    /// <summary>/graphql (every method: the handler answers 405 itself) and GraphiQL's files under /graphiql.</summary>
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder app)
    {
        var handler = app.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        var graphiql = app.ServiceProvider.GetRequiredService<GraphiQLAssets>();
        app.Map(GraphQLHttpHandler.Path, handler.HandleAsync);
        app.MapGet(GraphiQLAssets.AssetPath + "/{**path}", (HttpContext http) =>
            graphiql.ServeFileAsync(http, (string?)http.Request.RouteValues["path"] ?? ""));
        return app;
    }
}
