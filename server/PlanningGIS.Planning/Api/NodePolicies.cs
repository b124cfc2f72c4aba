using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Api;

/// <summary>Query.node is open to all; each type's own visibility rule decides what it returns (see NodeApi).</summary>
public static class NodePolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.node", Policy.Public },
    };
}
