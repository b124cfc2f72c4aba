using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.Planning.Plots;

/// <summary>Plots: queries (asOf, availability), create/update/split/merge/revert with lineage.</summary>
public static class PlotApi
{
    public static void Register(SchemaBuilder schema) => schema
        .Resolve<object?>("Zone.plots", _ => throw new PlanningError("NOT_IMPLEMENTED", "Zone.plots chưa được xây dựng."));
}
