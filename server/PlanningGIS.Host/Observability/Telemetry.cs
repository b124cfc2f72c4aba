using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PlanningGIS.GraphQL;

namespace PlanningGIS.Host.Observability;

/// <summary>
/// OpenTelemetry for the host. Metrics (ASP.NET Core, Kestrel, Npgsql, the .NET runtime) are collected
/// and served at /metrics (<see cref="MetricsEndpoint"/>) unless Metrics:Enabled is false, in process:
/// nothing is sent anywhere.
/// Traces (ASP.NET Core requests, Npgsql commands, the engine's parse, validate and execute spans) exist
/// only when an OTLP collector is configured with OTEL_EXPORTER_OTLP_ENDPOINT (and, if it is not gRPC,
/// OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf): without one no span is created, so tracing costs nothing.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "PlanningGIS";

    /// <summary>The standard OpenTelemetry setting, read by the OTLP exporter itself (environment or appsettings).</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    // Npgsql's own ActivitySource and Meter: what Npgsql.OpenTelemetry's AddNpgsql() subscribes to, without the package.
    private const string Npgsql = "Npgsql";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SqlStatementCounter>();
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.Section));
        var exportOtlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);
        var metricsEnabled = configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>()?.Enabled ?? true;
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(ServiceName));
        if (metricsEnabled)
        {
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(Npgsql, "System.Runtime").AddPrometheusExporter();
                if (exportOtlp)
                    metrics.AddOtlpExporter();
            });
        }
        if (exportOtlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource(Npgsql, GraphQLTelemetry.SourceName)
                .AddOtlpExporter());
        }
        return services;
    }
}
