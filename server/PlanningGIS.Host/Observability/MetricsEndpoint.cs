using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PlanningGIS.Host.Auth;
using PlanningGIS.Planning.Accounts;

namespace PlanningGIS.Host.Observability;

/// <summary>Configuration section "Metrics".</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// Whether metrics are collected and /metrics is served. Collecting costs about 1.5% of the host's
    /// CPU under load (README, "Observability"); false removes that and /metrics answers 404. The
    /// slow-request log keeps counting SQL statements either way.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Whether a request from this machine (loopback) may read /metrics without signing in. Behind a
    /// reverse proxy on the same machine every request comes from loopback: set it to false there (then
    /// only an administrator's bearer token opens /metrics), or do not forward /metrics.
    /// </summary>
    public bool AllowLoopback { get; set; } = true;
}

/// <summary>
/// GET /metrics: the Prometheus text format of every metric <see cref="Telemetry"/> collects. Open to
/// loopback (<see cref="MetricsOptions.AllowLoopback"/>) and to a signed-in administrator; anyone else gets
/// 401 (not signed in) or 403 (signed in without the admin role), as JSON with a code and a message.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (!options.Enabled)
            return app;
        var allowLoopback = options.AllowLoopback;
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null,
            configureBranchedPipeline: branch => branch.Use(next => http => AllowedAsync(http, allowLoopback, next)), optionsName: null);
        return app;
    }

    private static async Task AllowedAsync(HttpContext http, bool allowLoopback, RequestDelegate next)
    {
        if (allowLoopback && IsLoopback(http.Connection.RemoteIpAddress))
        {
            await next(http);
            return;
        }
        if ((await http.AuthenticateAsync()).Failure is not null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await Results.Json(new { code = "UNAUTHENTICATED", message = TokenAuthenticationHandler.InvalidTokenMessage }, statusCode: 401).ExecuteAsync(http);
            return;
        }
        var account = TokenAuthenticationHandler.CallerOf(http).Account;
        if (account is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Json(new { code = "UNAUTHENTICATED", message = "Hãy đăng nhập bằng tài khoản quản trị để xem số liệu vận hành." }, statusCode: 401)
                .ExecuteAsync(http);
            return;
        }
        if (!account.IsIn(Roles.Admin))
        {
            await Results.Json(new { code = "FORBIDDEN", message = $"Tài khoản {account.Username} không được xem số liệu vận hành (cần vai trò: {Roles.Admin})." },
                statusCode: 403).ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
