using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.LandUse;

/// <summary>The land-use codes and the current land use are public.</summary>
public static class LandUsePolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.landUseCodes", Policy.Public },
        { "Query.currentLandUse", Policy.Public },
    };
}
