using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.PlanningAt;

/// <summary>
/// What the plan says at a point: the first question of every investor and inspector. Public,
/// except openViolationsNearby (planners and inspectors): for anyone else that field alone is
/// FORBIDDEN and the rest of the answer still arrives.
/// </summary>
public static class PlanningAtApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<PlanningAtPoint>("PlanningAtPoint")
        .BindType<Vn2000Point>("Vn2000Point")
        .ResolveAsync("Query.planningAt", PlanningAtQuery.AtAsync)
        .Resolve("PlanningAtPoint.openViolationsNearby", ctx => ctx.IsStaff()
            ? ctx.GetParent<PlanningAtPoint>().Violations
            : throw new PlanningError(ErrorCodes.Forbidden,
                "Chỉ cán bộ quy hoạch và thanh tra mới xem được các vi phạm quanh điểm này.",
                new Dictionary<string, object?> { ["roles"] = new[] { Accounts.Roles.Planner, Accounts.Roles.Inspector } }));
}
