using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.Planning.Statistics;

/// <summary>Figures per zone and for the whole economic zone.</summary>
public static class StatisticsApi
{
    public static void Register(SchemaBuilder schema) => schema
        .Resolve<object?>("Zone.statistics", _ => throw new PlanningError("NOT_IMPLEMENTED", "Zone.statistics chưa được xây dựng."));
}
