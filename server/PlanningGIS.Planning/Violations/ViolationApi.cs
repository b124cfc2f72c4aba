using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.Planning.Violations;

/// <summary>Land-use violations: inspectors flag and update; staff read.</summary>
public static class ViolationApi
{
    public static void Register(SchemaBuilder schema)
    {
    }
}
