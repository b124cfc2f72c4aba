using System.Text.Json;
using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL;

/// <summary>A line/column position (1-based) as reported in a GraphQL error.</summary>
public readonly record struct ErrorLocation(int Line, int Column);

/// <summary>
/// The one error type of the engine: syntax, validation, coercion and field errors. It is an
/// exception so that it can be thrown by the parser, scalars and resolvers alike; the executor
/// re-creates it with locations and path when it reaches the response.
/// </summary>
public class GraphQLError : Exception
{
    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>Convenience for resolvers: an error with an <c>extensions.code</c>.</summary>
    public GraphQLError(string message, string code) : this(message, extensions: CodeOnly(code))
    {
    }

    public IReadOnlyList<ErrorLocation>? Locations { get; }

    /// <summary>Response keys (string) and list indices (int) from the root to the failing field.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var c) ? c as string : null;

    /// <summary>An error located at the given AST nodes (nodes without a source are ignored).</summary>
    public static GraphQLError At(string message, AstNode? node, string? code = null) =>
        new(message, LocationsOf(node), extensions: code is null ? null : CodeOnly(code)) { Nodes = node is null ? null : [node] };

    public static GraphQLError At(string message, IReadOnlyList<AstNode> nodes, string? code = null) =>
        new(message, LocationsOf(nodes), extensions: code is null ? null : CodeOnly(code)) { Nodes = nodes };

    /// <summary>
    /// The nodes the error was located at (graphql-js's <c>nodes</c>); a schema build uses them to
    /// name the SDL file of each location.
    /// </summary>
    internal IReadOnlyList<AstNode>? Nodes { get; private init; }

    /// <summary>A copy of this error with locations and path filled in (the executor calls this).</summary>
    public GraphQLError WithLocation(IReadOnlyList<ErrorLocation>? locations, IReadOnlyList<object>? path) =>
        new(Message, Locations ?? locations, Path ?? path, Extensions, InnerException) { Nodes = Nodes };

    /// <summary>A copy of this error whose extensions carry <paramref name="code"/> unless a code is already set.</summary>
    public GraphQLError WithDefaultCode(string code)
    {
        if (Code is not null)
        {
            return this;
        }
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (Extensions is not null)
        {
            foreach (var (k, v) in Extensions)
            {
                extensions[k] = v;
            }
        }
        return new GraphQLError(Message, Locations, Path, extensions, InnerException) { Nodes = Nodes };
    }

    public static IReadOnlyList<ErrorLocation>? LocationsOf(AstNode? node) =>
        node?.Location.LineColumn is { } location ? [location] : null;

    public static IReadOnlyList<ErrorLocation>? LocationsOf(IReadOnlyList<AstNode> nodes)
    {
        List<ErrorLocation>? list = null;
        foreach (var node in nodes)
        {
            if (node.Location.LineColumn is { } location)
            {
                (list ??= new List<ErrorLocation>(nodes.Count)).Add(location);
            }
        }
        return list;
    }

    /// <summary>Writes the error as in the GraphQL response format: message, locations, path, extensions.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Locations is { Count: > 0 })
        {
            writer.WriteStartArray("locations");
            foreach (var loc in Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", loc.Line);
                writer.WriteNumber("column", loc.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (Path is not null)
        {
            writer.WriteStartArray("path");
            foreach (var segment in Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue((string)segment);
                }
            }
            writer.WriteEndArray();
        }
        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            Execution.JsonResultWriter.WriteValue(writer, Extensions);
        }
        writer.WriteEndObject();
    }

    private static Dictionary<string, object?> CodeOnly(string code) => new() { ["code"] = code };
}

/// <summary>The values of <c>extensions.code</c> the engine itself produces.</summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
