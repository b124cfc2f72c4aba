using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PlanningGIS.GraphQL;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Host.GraphQL;
using PlanningGIS.Planning.Database;

namespace PlanningGIS.Host.Outages;

/// <summary>
/// While PostgreSQL is down every endpoint answers alike: 503 <c>SERVICE_UNAVAILABLE</c> with
/// Retry-After and a Vietnamese sentence. It is the outermost handler, so the sign-in check, the
/// tiles, the downloads and GraphQL (which rethrows a resolver's outage) all end here.
/// </summary>
public static class DatabaseOutageResponse
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IApplicationBuilder UseDatabaseOutageResponse(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseOutageResponse));
        return app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception e) when (DatabaseOutage.Is(e) && !http.Response.HasStarted)
            {
                logger.LogWarning("{Method} {Path}: the database is unavailable ({Reason})", http.Request.Method, http.Request.Path, e.Message);
                await WriteAsync(http);
            }
        });
    }

    /// <summary>Sets the status and Retry-After of an outage answer (also for /healthz, which writes its own body).</summary>
    public static void SetStatus(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
    }

    // GraphQL clients read {errors:[{message, extensions:{code}}]}; the other endpoints answer {code, message}.
    private static async Task WriteAsync(HttpContext http)
    {
        var response = http.Response;
        response.Clear();
        SetStatus(response);
        await using var writer = new Utf8JsonWriter(response.Body, WriterOptions);
        if (http.Request.Path.StartsWithSegments(GraphQLHttpHandler.Path))
        {
            var type = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept) ?? GraphQLResponseType.Json;
            response.ContentType = GraphQLMediaTypes.ContentType(type);
            ExecutionResult.FromError(new GraphQLError(DatabaseOutage.Message, DatabaseOutage.Code)).WriteTo(writer);
        }
        else
        {
            response.ContentType = "application/json; charset=utf-8";
            writer.WriteStartObject();
            writer.WriteString("code", DatabaseOutage.Code);
            writer.WriteString("message", DatabaseOutage.Message);
            writer.WriteEndObject();
        }
    }
}
