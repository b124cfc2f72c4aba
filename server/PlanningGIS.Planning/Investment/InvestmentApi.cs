using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.LandUse;
using PlanningGIS.Planning.Plots;
using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.Investment;

/// <summary>
/// What an investor asks next to the plan: the indicative land rent, the infrastructure of the zone and
/// whom to contact. All public (<see cref="InvestmentPolicies"/>).
/// </summary>
public static class InvestmentApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<LandRentGuideRow>("LandRentGuide")
        .BindType<InfrastructureStatusRow>("InfrastructureStatus")
        .BindType<BoardContact>("BoardContact")
        .ResolveAsync("LandRentGuide.landUse", ctx => ctx.GetParent<LandRentGuideRow>().LandUseCode is { } code
            ? LandUseCodeQueries.LoadAsync(ctx, code) : Task.FromResult<LandUseCodeRow?>(null))
        .ResolveAsync("Zone.infrastructure", ctx => InvestmentQueries.InfrastructureAsync(ctx, ctx.GetParent<ZoneRow>().RowId))
        .ResolveAsync("Zone.rentGuide", ctx => InvestmentQueries.RentGuideOfZoneAsync(ctx, ctx.GetParent<ZoneRow>().RowId))
        .ResolveAsync("Plot.rentGuide", ctx => InvestmentQueries.RentGuideOfPlotAsync(ctx, ctx.GetParent<PlotRow>().ZoneId, ctx.GetParent<PlotRow>().LandUseCode))
        .Resolve("Query.boardContact", ctx =>
            ctx.Services!.GetRequiredService<IConfiguration>().GetSection("Planning:Contact").Get<BoardContact>() ?? new BoardContact());
}
