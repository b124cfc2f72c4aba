using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Conversions;

/// <summary>
/// Staff see every conversion; investors and visitors see the decided ones that stand (approved or
/// completed): planning information of public interest once approved, not before. What a geometry would
/// need (conversionNeeds) is a staff tool. The list,
/// Query.node, the statistics and the map's tiles all apply <see cref="Rows"/>. Planners request and decide.
/// </summary>
public static class ConversionPolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.conversions", Policy.Public },
        { "Query.conversionNeeds", Policy.Staff },
        { "Mutation.requestConversion", Policy.Planner },
        { "Mutation.decideConversion", Policy.Planner },
    };

    private static readonly string[] PublicStatuses = ["approved", "completed"];

    /// <summary>Whether the account may see conversions of this status (either case).</summary>
    public static bool CanSee(Account? account, string status) =>
        account?.IsStaff == true || PublicStatuses.Contains(status.ToLowerInvariant());

    /// <summary>The same rule as a condition on the alias c.</summary>
    public static string Rows(Account? account) =>
        account?.IsStaff == true ? "true" : $"c.status in ({string.Join(", ", PublicStatuses.Select(s => $"'{s}'"))})";
}
