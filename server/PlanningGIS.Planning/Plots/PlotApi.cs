using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Allocations;
using PlanningGIS.Planning.Dossiers;
using PlanningGIS.Planning.Geometry;
using PlanningGIS.Planning.LandUse;
using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.Plots;

/// <summary>
/// Plots: queries (asOf, availability, lineage), create/update/split/merge/revert with history.
/// Everyone reads plots and their availability; planners edit.
/// </summary>
public static class PlotApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<PlotRow>("Plot")
        .BindType<PlotIndicators>("PlotIndicators")
        .ResolveAsync("Query.plots", ctx => PlotQueries.PageAsync(ctx, Filter(ctx), ctx.GetArgument<DateTimeOffset?>("asOf")))
        .ResolveAsync("Query.plot", ctx => PlotQueries.ByCodeAsync(ctx, ctx.GetArgument<string>("code")!, ctx.GetArgument<DateTimeOffset?>("asOf")))
        .ResolveAsync("Zone.plots", ctx => PlotQueries.PageAsync(ctx, Filter(ctx), asOf: null, ctx.GetParent<ZoneRow>().RowId))
        .ResolveAsync("Plot.zone", ctx => ZoneQueries.LoadAsync(ctx, ctx.GetParent<PlotRow>().ZoneId))
        .ResolveAsync("Plot.landUse", ctx => LandUseCodeQueries.LoadAsync(ctx, ctx.GetParent<PlotRow>().LandUseCode))
        .ResolveAsync("Plot.dossier", ctx => ctx.GetParent<PlotRow>().DossierId is { } id
            ? DossierQueries.LoadAsync(ctx, id)
            : Task.FromResult<DossierRow?>(null))
        .ResolveAsync("Plot.currentAllocation", ctx => AllocationQueries.CurrentOfPlotAsync(ctx, ctx.GetParent<PlotRow>().RowId))
        .ResolveAsync("Plot.allocations", ctx => AllocationQueries.OfPlotAsync(ctx, ctx.GetParent<PlotRow>().RowId))
        .ResolveAsync("Plot.parents", ctx => PlotQueries.LineageAsync(ctx, ctx.GetParent<PlotRow>().RowId, parents: true))
        .ResolveAsync("Plot.children", ctx => PlotQueries.LineageAsync(ctx, ctx.GetParent<PlotRow>().RowId, parents: false))
        .Resolve("Plot.geometry", ctx => GeometryOutput.InSrid(ctx.GetParent<PlotRow>().GeometryJson, ctx.GetArgument<int>("srid")))
        .ResolveAsync("Plot.history", ctx => PlotQueries.HistoryAsync(ctx, ctx.GetParent<PlotRow>().RowId))
        .ResolveAsync("Mutation.createPlot", PlotEdits.CreateAsync)
        .ResolveAsync("Mutation.updatePlot", PlotEdits.UpdateAsync)
        .ResolveAsync("Mutation.revertPlot", PlotEdits.RevertAsync)
        .ResolveAsync("Mutation.retirePlot", PlotEdits.RetireAsync)
        .ResolveAsync("Mutation.splitPlot", PlotSplitMerge.SplitAsync)
        .ResolveAsync("Mutation.mergePlots", PlotSplitMerge.MergeAsync);

    private static IReadOnlyDictionary<string, object?>? Filter(ResolveContext ctx) => ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
}
