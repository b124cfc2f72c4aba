using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.PlanningAt;

/// <summary>
/// What the plan says at a point: the first question of every investor and inspector. Who sees
/// what: <see cref="PlanningAtPolicies"/>.
/// </summary>
public static class PlanningAtApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<PlanningAtPoint>("PlanningAtPoint")
        .BindType<Vn2000Point>("Vn2000Point")
        .ResolveAsync("Query.planningAt", PlanningAtQuery.AtAsync)
        .Resolve("PlanningAtPoint.openViolationsNearby", ctx => ctx.GetParent<PlanningAtPoint>().Violations);
}
