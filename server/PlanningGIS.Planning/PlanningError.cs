using PlanningGIS.GraphQL;

namespace PlanningGIS.Planning;

/// <summary>The stable machine codes of the API's errors (GraphQL <c>extensions.code</c>).</summary>
public static class ErrorCodes
{
    public const string InvalidGeometry = "INVALID_GEOMETRY";
    public const string OutOfArea = "OUT_OF_AREA";
    public const string Topology = "TOPOLOGY";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string Conflict = "CONFLICT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>Sign-in refused after too many failures; HTTP 429, details.retryAfterSeconds.</summary>
    public const string TooManyRequests = "TOO_MANY_REQUESTS";

    /// <summary>An uploaded file that cannot be read as what it claims (corrupt, empty, wrong type, a zip bomb).</summary>
    public const string BadFile = "BAD_FILE";

    /// <summary>An import's commit refused because features have problems (the preview lists them).</summary>
    public const string ImportHasProblems = "IMPORT_HAS_PROBLEMS";
}

/// <summary>
/// A rejection the user can act on: a stable code (<c>extensions.code</c>), a sentence in Vietnamese
/// for the person, and details (<c>extensions.details</c>, e.g. where a geometry self-intersects) for
/// the client to show on the map.
/// </summary>
public sealed class PlanningError(string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    : GraphQLError(message, extensions: ExtensionsOf(code, details))
{
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();

    private static Dictionary<string, object?> ExtensionsOf(string code, IReadOnlyDictionary<string, object?>? details) =>
        details is null or { Count: 0 } ? new() { ["code"] = code } : new() { ["code"] = code, ["details"] = details };
}
