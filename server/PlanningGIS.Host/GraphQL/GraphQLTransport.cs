namespace PlanningGIS.Host.GraphQL;

/// <summary>
/// Registration of GraphQL over HTTP: <c>AddGraphQLTransport</c> and <c>MapGraphQL</c>. The
/// GraphQLService itself (schema, resolvers, limits) comes from AddPlanning.
/// </summary>
public static class GraphQLTransport
{
    public static IServiceCollection AddGraphQLTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLHttpOptions>().Bind(configuration.GetSection(GraphQLHttpOptions.Section));
        services.AddSingleton<GraphiQLAssets>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
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
