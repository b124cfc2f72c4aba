using PlanningGIS.Host.Outages;
using PlanningGIS.Planning.Database;

namespace PlanningGIS.Host.Health;

public static class HealthApi
{
    /// <summary>The sentence of a 503 for a server binary replaced under the running cluster.</summary>
    public const string ServerBinaryReplacedMessage =
        "PostgreSQL đã được nâng cấp trong khi cơ sở dữ liệu đang chạy; phải khởi động lại cơ sở dữ liệu " +
        "(./planning-gis run làm việc này) thì mới ghi được dữ liệu.";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (DatabaseStatus status, HttpContext http, CancellationToken ct) =>
        {
            var health = await status.CheckAsync(ct);
            var replaced = health.ServerBinaryReplaced == true;
            var ok = health.Reachable && !replaced;
            // Without its standby the API still answers everything (reads go to the primary): degraded, not down.
            var degraded = health.Standby is { Reachable: false };
            var body = new
            {
                status = !ok ? "unavailable" : degraded ? "degraded" : "ok",
                code = ok ? null : DatabaseOutage.Code,
                message = ok ? null : replaced ? ServerBinaryReplacedMessage : DatabaseOutage.Message,
                database = new
                {
                    reachable = health.Reachable, postgis = health.PostgisVersion, serverBinaryReplaced = health.ServerBinaryReplaced,
                    error = health.Error,
                },
                standby = health.Standby is { } standby
                    ? new
                    {
                        reachable = standby.Reachable, server = standby.Server, replayLagBytes = standby.ReplayLagBytes,
                        replayPaused = standby.ReplayPaused, sessionsReadingFromPrimary = standby.SessionsAwaitingReplay, error = standby.Error,
                    }
                    : null,
                counts = health.Counts,
            };
            if (!ok)
                DatabaseOutageResponse.SetStatus(http.Response);
            return Results.Json(body, statusCode: ok ? 200 : 503);
        });
        return app;
    }
}
