using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.Planning.PlanningAt;

/// <summary>What the plan says at a point.</summary>
public static class PlanningAtApi
{
    public static void Register(SchemaBuilder schema)
    {
    }
}
