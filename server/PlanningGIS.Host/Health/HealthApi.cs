using PlanningGIS.Planning.Database;

namespace PlanningGIS.Host.Health;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (DatabaseStatus status, CancellationToken ct) =>
        {
            var health = await status.CheckAsync(ct);
            var body = new
            {
                status = health.Reachable ? "ok" : "unavailable",
                database = new { reachable = health.Reachable, postgis = health.PostgisVersion, error = health.Error },
                counts = health.Counts,
            };
            return Results.Json(body, statusCode: health.Reachable ? 200 : 503);
        });
        return app;
    }
}
