using Microsoft.AspNetCore.Authentication;

namespace PlanningGIS.Host.Auth;

public static class AuthServices
{
    public static IServiceCollection AddTokenAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(TokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        return services;
    }

    /// <summary>
    /// A bearer token that is unknown, expired or ended gets 401 (not the anonymous view), as on
    /// /graphql: a client whose session ended learns it, instead of silently seeing less.
    /// </summary>
    public static TBuilder RefuseInvalidTokens<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if ((await http.AuthenticateAsync()).Failure is null)
                return await next(context);
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Results.Json(new { code = "UNAUTHENTICATED", message = TokenAuthenticationHandler.InvalidTokenMessage }, statusCode: 401);
        });
}
