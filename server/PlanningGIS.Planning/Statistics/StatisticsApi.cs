using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.LandUse;
using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.Statistics;

/// <summary>Figures per zone and for the whole economic zone. Public: they hold no personal data and no allocation terms.</summary>
public static class StatisticsApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<ZoneStatistics>("ZoneStatistics")
        .BindType<LandUseArea>("LandUseArea")
        .BindType<ConversionSummary>("ConversionSummary")
        .ResolveAsync("Zone.statistics", ctx => StatisticsQueries.ForZoneAsync(ctx, ctx.GetParent<ZoneRow>()))
        .ResolveAsync("Query.statistics", StatisticsQueries.ForEconomicZoneAsync)
        .ResolveAsync("LandUseArea.landUse", ctx => LandUseCodeQueries.LoadAsync(ctx, ctx.GetParent<LandUseArea>().LandUseCode));
}
