using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.Planning.Allocations;

/// <summary>Investors and land allocations/leases; allocation terms only for planners and the investor.</summary>
public static class AllocationApi
{
    public static void Register(SchemaBuilder schema) => schema
        .Resolve<object?>("User.investor", _ => throw new PlanningError("NOT_IMPLEMENTED", "User.investor chưa được xây dựng."));
}
