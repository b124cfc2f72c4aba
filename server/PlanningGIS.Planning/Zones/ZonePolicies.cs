using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Zones;

/// <summary>Zones and their boundaries are public; planners edit them.</summary>
public static class ZonePolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.zones", Policy.Public },
        { "Query.zone", Policy.Public },
        { "Mutation.createZone", Policy.Planner },
        { "Mutation.updateZoneBoundary", Policy.Planner },
        { "Mutation.updateZone", Policy.Planner },
        { "Mutation.revertZone", Policy.Planner },
    };
}
