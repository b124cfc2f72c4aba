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
}
