using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Statistics;

/// <summary>Statistics are public; each figure counts only the rows the account may see (see ConversionPolicies).</summary>
public static class StatisticsPolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.statistics", Policy.Public },
    };
}
