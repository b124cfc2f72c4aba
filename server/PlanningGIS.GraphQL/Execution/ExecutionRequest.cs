using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>Everything the executor needs for one operation.</summary>
public sealed class ExecutionRequest
{
    public required Schema Schema { get; init; }

    /// <summary>A parsed and validated document.</summary>
    public required DocumentNode Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values in the plain .NET model (see <see cref="Utilities.InputValues"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public object? RootValue { get; init; }

    public RequestContext Context { get; init; } = new();

    /// <summary>Depth/field/cost limits and the introspection switch; null means no limits.</summary>
    public GraphQLLimits? Limits { get; init; }

    /// <summary>Where operations above the heavy cost wait for a turn (with <see cref="Limits"/>); null: none wait.</summary>
    public HeavyRequestGate? HeavyRequests { get; init; }
}
