using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Plots;

/// <summary>Plots, their availability and indicators are public; planners edit them.</summary>
public static class PlotPolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.plots", Policy.Public },
        { "Query.plot", Policy.Public },
        { "Mutation.createPlot", Policy.Planner },
        { "Mutation.updatePlot", Policy.Planner },
        { "Mutation.splitPlot", Policy.Planner },
        { "Mutation.mergePlots", Policy.Planner },
        { "Mutation.revertPlot", Policy.Planner },
        { "Mutation.retirePlot", Policy.Planner },
    };
}
