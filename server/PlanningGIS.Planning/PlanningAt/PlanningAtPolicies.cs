using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.PlanningAt;

/// <summary>What the plan says at a point is public, except the violations near it (enforcement data, see ViolationPolicies).</summary>
public static class PlanningAtPolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.planningAt", Policy.Public },
        // The rest of the answer still arrives.
        { "PlanningAtPoint.openViolationsNearby", Policy.Staff, "Chỉ cán bộ quy hoạch và thanh tra mới xem được các vi phạm quanh điểm này." },
    };
}
