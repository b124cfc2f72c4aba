using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.Host.GraphQL;

/// <summary>The parameters of a GraphQL-over-HTTP request.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, IReadOnlyDictionary<string, object?>? Variables);

/// <summary>Why a request is not a well-formed GraphQL-over-HTTP request: an HTTP status and a message.</summary>
public sealed record GraphQLRequestProblem(int Status, string Message);

/// <summary>
/// Reads the request parameters from a JSON POST body or a GET query string. Every shape problem is
/// a <see cref="GraphQLRequestProblem"/> (400, or 413/415), never an exception.
/// </summary>
public static class GraphQLRequestReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public static GraphQLHttpRequest? FromQueryString(IQueryCollection query, out GraphQLRequestProblem? problem)
    {
        problem = null;
        var text = query["query"];
        if (text.Count == 0 || text[0] is null)
        {
            problem = new(GraphQLStatusCodes.MalformedRequest, "The query parameter is missing.");
            return null;
        }
        // An empty operationName means none (spec: "equivalent to omitting").
        var operationName = query["operationName"].ToString() is { Length: > 0 } name ? name : null;
        IReadOnlyDictionary<string, object?>? variables = null;
        if (query["variables"].ToString() is { Length: > 0 } variablesJson)
        {
            if (!TryParseObject(variablesJson, "variables", out variables, out problem))
            {
                return null;
            }
        }
        if (query["extensions"].ToString() is { Length: > 0 } extensionsJson && !TryParseObject(extensionsJson, "extensions", out _, out problem))
        {
            return null;
        }
        return new GraphQLHttpRequest(text[0]!, operationName, variables);
    }

    public static async Task<(GraphQLHttpRequest? Request, GraphQLRequestProblem? Problem)> FromBodyAsync(
        HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJsonBody(request.ContentType))
        {
            return (null, new(GraphQLStatusCodes.UnsupportedMediaType,
                string.IsNullOrEmpty(request.ContentType)
                    ? "The request has no Content-Type; send the GraphQL request as application/json."
                    : $"Unsupported Content-Type \"{request.ContentType}\"; send the GraphQL request as application/json (UTF-8)."));
        }
        if (request.ContentLength > maxBodyBytes)
        {
            return (null, TooLarge(maxBodyBytes));
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBodyBytes;
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, JsonOptions, cancellationToken);
        }
        catch (JsonException e)
        {
            return (null, new(GraphQLStatusCodes.MalformedRequest, $"The request body is not valid JSON: {e.Message}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBodyBytes));
        }
        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static (GraphQLHttpRequest?, GraphQLRequestProblem?) Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, Bad("The request body must be a JSON object with a \"query\" string (batches are not supported)."));
        }
        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        foreach (var property in body.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        return (null, Bad("The \"query\" parameter must be a string."));
                    }
                    query = value.GetString();
                    break;
                case "operationName":
                    if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        return (null, Bad("The \"operationName\" parameter must be a string or null."));
                    }
                    operationName = value.GetString() is { Length: > 0 } name ? name : null;
                    break;
                case "variables":
                    if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    {
                        return (null, Bad("The \"variables\" parameter must be an object (a map of variable names to values) or null."));
                    }
                    variables = value.ValueKind == JsonValueKind.Object ? (IReadOnlyDictionary<string, object?>?)InputValues.FromJson(value) : null;
                    break;
                case "extensions":
                    if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    {
                        return (null, Bad("The \"extensions\" parameter must be an object or null."));
                    }
                    break;
            }
        }
        if (query is null)
        {
            return (null, Bad("The \"query\" parameter is missing."));
        }
        return (new GraphQLHttpRequest(query, operationName, variables), null);
    }

    private static bool TryParseObject(string json, string parameter,
        out IReadOnlyDictionary<string, object?>? values, out GraphQLRequestProblem? problem)
    {
        values = null;
        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                problem = null;
                return true;
            }
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = Bad($"The \"{parameter}\" parameter must be a JSON object.");
                return false;
            }
            values = (IReadOnlyDictionary<string, object?>?)InputValues.FromJson(document.RootElement);
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            problem = Bad($"The \"{parameter}\" parameter is not valid JSON: {e.Message}");
            return false;
        }
    }

    private static GraphQLRequestProblem Bad(string message) => new(GraphQLStatusCodes.MalformedRequest, message);

    private static GraphQLRequestProblem TooLarge(long maxBodyBytes) =>
        new(GraphQLStatusCodes.PayloadTooLarge, $"The request body is larger than {maxBodyBytes / (1024 * 1024)} MB.");
}
