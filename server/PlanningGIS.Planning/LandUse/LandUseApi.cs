using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.Planning.LandUse;

/// <summary>Land-use codes and the current-state layer (hiện trạng).</summary>
public static class LandUseApi
{
    public static void Register(SchemaBuilder schema)
    {
    }
}
