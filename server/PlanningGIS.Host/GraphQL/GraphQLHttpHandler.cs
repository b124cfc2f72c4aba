using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PlanningGIS.GraphQL;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.Host.Auth;
using PlanningGIS.Host.Observability;
using PlanningGIS.Planning.Database;

namespace PlanningGIS.Host.GraphQL;

/// <summary>
/// GraphQL over HTTP at /graphql: POST (application/json) and GET (queries only), responses in
/// application/graphql-response+json or application/json as the Accept header asks, statuses by
/// <see cref="GraphQLStatusCodes"/>. A browser's GET gets GraphiQL. The engine does the rest: the
/// handler prepares the document with the service, looks at its operation (GET, anonymous access), and
/// runs it with the service's ExecuteAsync.
/// </summary>
public sealed class GraphQLHttpHandler(
    GraphQLService service, IOptions<GraphQLHttpOptions> options, GraphiQLAssets graphiql, IConfiguration configuration,
    SqlStatementCounter sqlStatements, DatabaseServers servers, ILogger<GraphQLHttpHandler> logger)
{
    public const string Path = "/graphql";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly GraphQLHttpOptions settings = options.Value;
    private readonly bool allowAnonymous = AnonymousAccess.Allowed(configuration);

    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(http, GraphQLResponseType.Json, GraphQLStatusCodes.MethodNotAllowed,
                $"Method {request.Method} is not allowed: use POST, or GET for queries.", "METHOD_NOT_ALLOWED");
            return;
        }
        var accept = request.Headers.Accept;
        if (isGet && settings.GraphiQL && GraphQLMediaTypes.PrefersHtml(accept))
        {
            await graphiql.ServePageAsync(http);
            return;
        }
        if (GraphQLMediaTypes.Negotiate(accept) is not { } responseType)
        {
            await WriteProblemAsync(http, GraphQLResponseType.Json, GraphQLStatusCodes.NotAcceptable,
                $"None of the accepted media types can be produced; accept {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.",
                "NOT_ACCEPTABLE");
            return;
        }

        // A bearer token that is unknown or expired is refused outright (no token means anonymous).
        var authentication = await http.AuthenticateAsync();
        if (authentication.Failure is not null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteProblemAsync(http, responseType, GraphQLStatusCodes.Unauthenticated, TokenAuthenticationHandler.InvalidTokenMessage, "UNAUTHENTICATED");
            return;
        }

        GraphQLHttpRequest? graphQLRequest;
        GraphQLRequestProblem? problem;
        if (isGet)
        {
            graphQLRequest = GraphQLRequestReader.FromQueryString(request.Query, out problem);
        }
        else
        {
            (graphQLRequest, problem) = await GraphQLRequestReader.FromBodyAsync(request, settings.MaxRequestBodyBytes, http.RequestAborted);
        }
        if (graphQLRequest is null)
        {
            await WriteProblemAsync(http, responseType, problem!.Status, problem.Message, ProblemCode(problem.Status));
            return;
        }
        // Parsed and validated once (the service caches documents by text); a mutation over GET is refused first,
        // even when the document is invalid.
        var prepared = service.Prepare(graphQLRequest.Query);
        var operation = prepared.Parsed is { } parsed ? Executor.GetOperation(parsed, graphQLRequest.OperationName).Operation : null;
        if (isGet && operation?.Operation == OperationType.Mutation)
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, responseType, GraphQLStatusCodes.MethodNotAllowed,
                "Mutations cannot be sent with GET; use POST.", "METHOD_NOT_ALLOWED");
            return;
        }
        if (prepared.Document is null)
        {
            var failed = ExecutionResult.FromErrors(prepared.Errors);
            await WriteAsync(http, GraphQLStatusCodes.ForResult(failed, responseType), responseType, failed);
            return;
        }
        var caller = TokenAuthenticationHandler.CallerOf(http);
        if (caller.Account is null && !allowAnonymous && !AnonymousAccess.IsSignInOnly(operation))
        {
            await WriteProblemAsync(http, responseType, GraphQLStatusCodes.Unauthenticated, AnonymousAccess.SignInFirst, "UNAUTHENTICATED");
            return;
        }

        var user = authentication.Succeeded ? authentication.Principal! : http.User;
        // Resolvers pass this token to every Npgsql command: at the time limit PostgreSQL cancels them.
        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeLimit.CancelAfter(settings.RequestTimeout);
        var context = new RequestContext { User = user, Services = http.RequestServices, CancellationToken = timeLimit.Token }.Set(caller);
        var statements = sqlStatements.Begin();

        ExecutionResult result;
        try
        {
            result = await ExecuteAsync(prepared, graphQLRequest, operation?.Operation == OperationType.Mutation, context);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // the client has gone
        }
        catch (OperationCanceledException) when (timeLimit.IsCancellationRequested)
        {
            result = ExecutionResult.FromError(TimeLimitError(settings.RequestTimeout));
        }
        catch (Exception e) when (!DatabaseOutage.Is(e))
        {
            logger.LogError(e, "The GraphQL engine failed on a request");
            result = ExecutionResult.FromError(new GraphQLError("Unexpected error.", ErrorCodes.InternalServerError));
        }
        // A resolver that lost the database fails the whole request as an outage (DatabaseOutageResponse: 503).
        if (result.Errors.FirstOrDefault(e => DatabaseOutage.Is(e.InnerException))?.InnerException is { } outage)
        {
            ExceptionDispatchInfo.Throw(outage);
        }
        LogUnexpected(result);
        if (GraphQLStatusCodes.RetryAfterSeconds(result) is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        await WriteAsync(http, GraphQLStatusCodes.ForResult(result, responseType), responseType, result);
        LogIfSlow(operation, Stopwatch.GetElapsedTime(started), SqlStatementCounter.Read(statements), result.Cost);
    }

    private void LogIfSlow(OperationDefinitionNode? operation, TimeSpan duration, int statements, long cost)
    {
        if (duration >= settings.SlowRequestThreshold)
        {
            logger.LogWarning("Slow GraphQL request: {Operation} {OperationName} took {DurationMs} ms, {SqlStatements} SQL statements, cost {Cost}",
                operation is null ? "?" : Printer.OperationName(operation.Operation), operation?.Name?.Value ?? "(anonymous)",
                Math.Round(duration.TotalMilliseconds, 1), statements, cost);
        }
    }

    // The client sees only "Unexpected error."; the operator needs the exception behind it.
    private void LogUnexpected(ExecutionResult result)
    {
        foreach (var error in result.Errors)
        {
            if (error.Code == ErrorCodes.InternalServerError && error.InnerException is { } cause)
            {
                logger.LogError(cause, "A resolver failed at {Path}", string.Join('.', error.Path ?? []));
            }
        }
    }

    /// <summary>
    /// Runs the operation; a query that lost its standby runs once more. Npgsql has then marked that server
    /// down (for Host Recheck Seconds), so the second run reads from the primary: the client sees no outage.
    /// </summary>
    private async Task<ExecutionResult> ExecuteAsync(PreparedDocument prepared, GraphQLHttpRequest request, bool mutation, RequestContext context)
    {
        Task<ExecutionResult> Run() => service.ExecuteAsync(prepared, request.OperationName, request.Variables, context);
        if (!servers.HasStandby || mutation)
        {
            return await Run();
        }
        try
        {
            var result = await Run();
            if (!result.Errors.Any(e => DatabaseOutage.Is(e.InnerException)))
            {
                return result;
            }
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
            // Thrown rather than reported: the same, run again below.
        }
        logger.LogWarning("A query lost its database server; it runs once more (a standby down: the primary answers)");
        return await Run();
    }

    private static GraphQLError TimeLimitError(TimeSpan limit) => new(
        string.Create(CultureInfo.InvariantCulture, $"Yêu cầu chạy quá {limit.TotalSeconds:0.###} giây nên đã bị dừng. Hãy thu hẹp truy vấn (ít trường hơn, first nhỏ hơn) rồi thử lại."),
        extensions: new Dictionary<string, object?> { ["code"] = TimeoutCode, ["limitMs"] = (long)limit.TotalMilliseconds });

    /// <summary>The code of a request stopped at <see cref="GraphQLHttpOptions.RequestTimeout"/>.</summary>
    public const string TimeoutCode = "TIMEOUT";

    private static string ProblemCode(int status) => status switch
    {
        GraphQLStatusCodes.PayloadTooLarge => "PAYLOAD_TOO_LARGE",
        GraphQLStatusCodes.UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
        _ => "BAD_REQUEST",
    };

    private static Task WriteProblemAsync(HttpContext http, GraphQLResponseType type, int status, string message, string code) =>
        WriteAsync(http, status, type, ExecutionResult.FromError(new GraphQLError(message, code)));

    /// <summary>Writes the result with a Utf8JsonWriter straight into the response's pipe.</summary>
    private static async Task WriteAsync(HttpContext http, int status, GraphQLResponseType type, ExecutionResult result)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = GraphQLMediaTypes.ContentType(type);
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        var body = response.BodyWriter;
        using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            result.WriteTo(writer);
        }
        if (body.CanGetUnflushedBytes)
        {
            response.ContentLength = body.UnflushedBytes;
        }
        await body.FlushAsync(http.RequestAborted);
    }
}
