using PlanningGIS.GraphQL;
using PlanningGIS.GraphQL.Execution;

namespace PlanningGIS.Host.GraphQL;

/// <summary>
/// The HTTP status of a /graphql response, as the GraphQL-over-HTTP spec (draft) and graphql-http's
/// audit expect:
/// <list type="table">
/// <item>well-formed request, result with a data entry (even null data, even field errors): 200;</item>
/// <item>well-formed request, request error without data (parse, validation, unknown operation,
/// variable coercion, limits): 200 with application/json (legacy clients must not see 4xx),
/// 400 with application/graphql-response+json (500 if the engine itself failed);</item>
/// <item>not a well-formed request (bad JSON, missing or non-string query, non-object variables...): 400;</item>
/// <item>a sign-in refused after too many failures (TOO_MANY_REQUESTS, no data): 429 with Retry-After,
/// whatever the response type (a denial of the request, like 401);</item>
/// <item>an unknown or expired bearer token: 401; a mutation over GET: 405 (Allow: POST);
/// another method: 405 (Allow: GET, POST); no acceptable response type: 406;
/// body too large: 413; body not application/json in UTF-8: 415.</item>
/// <item>the database unreachable, for any request: 503 SERVICE_UNAVAILABLE (Outages/DatabaseOutageResponse).</item>
/// </list>
/// </summary>
public static class GraphQLStatusCodes
{
    public const int MalformedRequest = StatusCodes.Status400BadRequest;
    public const int Unauthenticated = StatusCodes.Status401Unauthorized;
    public const int MethodNotAllowed = StatusCodes.Status405MethodNotAllowed;
    public const int NotAcceptable = StatusCodes.Status406NotAcceptable;
    public const int PayloadTooLarge = StatusCodes.Status413PayloadTooLarge;
    public const int UnsupportedMediaType = StatusCodes.Status415UnsupportedMediaType;
    public const int TooManyRequests = StatusCodes.Status429TooManyRequests;

    /// <summary>The status for the engine's result of a well-formed request.</summary>
    public static int ForResult(ExecutionResult result, GraphQLResponseType responseType)
    {
        if (RetryAfterSeconds(result) is not null)
        {
            return TooManyRequests;
        }
        if (result.HasData || responseType == GraphQLResponseType.Json)
        {
            return StatusCodes.Status200OK;
        }
        foreach (var error in result.Errors)
        {
            if (error.Code == ErrorCodes.InternalServerError)
            {
                return StatusCodes.Status500InternalServerError;
            }
        }
        return StatusCodes.Status400BadRequest;
    }

    /// <summary>The wait of a throttled sign-in (details.retryAfterSeconds of TOO_MANY_REQUESTS) when nothing else was answered.</summary>
    public static int? RetryAfterSeconds(ExecutionResult result)
    {
        if (result.Data is not null)
        {
            return null;
        }
        foreach (var error in result.Errors)
        {
            if (error.Code == Planning.ErrorCodes.TooManyRequests
                && error.Extensions!.TryGetValue("details", out var details)
                && details is IReadOnlyDictionary<string, object?> values && values.TryGetValue("retryAfterSeconds", out var seconds))
            {
                return Convert.ToInt32(seconds, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return null;
    }
}
