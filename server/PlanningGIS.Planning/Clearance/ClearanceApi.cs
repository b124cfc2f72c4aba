using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.Planning.Clearance;

/// <summary>Site-clearance (GPMB) projects, parcels (household data: planners only) and statutory steps.</summary>
public static class ClearanceApi
{
    public static void Register(SchemaBuilder schema)
    {
    }
}
