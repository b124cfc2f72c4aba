using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PlanningGIS.Host.GraphQL;

/// <summary>The two response media types of GraphQL over HTTP.</summary>
public enum GraphQLResponseType
{
    /// <summary><c>application/json</c>: the legacy type; well-formed requests always get 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors get 4xx/5xx.</summary>
    GraphQLResponseJson,
}

/// <summary>Content negotiation for /graphql: which response type an Accept header asks for, and whether a body is JSON.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string ContentType(GraphQLResponseType type) => type == GraphQLResponseType.GraphQLResponseJson
        ? GraphQLResponseJson + "; charset=utf-8"
        : Json + "; charset=utf-8";

    /// <summary>
    /// The response type for an Accept header: the listed type with the highest quality (the first
    /// on a tie) that we can produce. No Accept header, <c>*/*</c> and <c>application/*</c> give
    /// application/json (what graphql-http's audit expects of servers that also serve legacy clients).
    /// Null when nothing acceptable is listed (406).
    /// </summary>
    public static GraphQLResponseType? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return GraphQLResponseType.Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var entries))
        {
            return null;
        }
        GraphQLResponseType? best = null;
        var bestQuality = 0.0;
        foreach (var entry in entries)
        {
            var quality = entry.Quality ?? 1.0;
            if (quality <= bestQuality)
            {
                continue;
            }
            var type = Classify(entry.MediaType);
            if (type is not null)
            {
                best = type;
                bestQuality = quality;
            }
        }
        return best;
    }

    /// <summary>The quality a header gives text/html (GraphiQL for browsers), 0 when not listed.</summary>
    public static double HtmlQuality(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var entries))
        {
            return 0;
        }
        var quality = 0.0;
        foreach (var entry in entries)
        {
            if (entry.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                quality = Math.Max(quality, entry.Quality ?? 1.0);
            }
        }
        return quality;
    }

    /// <summary>The quality of application/json or application/graphql-response+json named explicitly (no wildcards).</summary>
    public static double ExplicitJsonQuality(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var entries))
        {
            return 0;
        }
        var quality = 0.0;
        foreach (var entry in entries)
        {
            if (entry.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || entry.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                quality = Math.Max(quality, entry.Quality ?? 1.0);
            }
        }
        return quality;
    }

    /// <summary>
    /// A browser's GET: text/html is accepted and preferred over any JSON type named explicitly
    /// (a browser's <c>text/html,...,*/*;q=0.8</c> qualifies; <c>*/*</c> alone or an API client does not).
    /// </summary>
    public static bool PrefersHtml(StringValues accept)
    {
        var html = HtmlQuality(accept);
        return html > 0 && html > ExplicitJsonQuality(accept);
    }

    /// <summary>Whether a request Content-Type is JSON in UTF-8 (no charset means UTF-8).</summary>
    public static bool IsJsonBody(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var value))
        {
            return false;
        }
        if (!value.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var charset = value.Charset;
        return charset.Length == 0
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static GraphQLResponseType? Classify(StringSegment mediaType)
    {
        if (mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponseType.GraphQLResponseJson;
        }
        if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponseType.Json;
        }
        return null;
    }
}
