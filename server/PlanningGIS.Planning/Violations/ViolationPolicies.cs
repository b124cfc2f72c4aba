using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Violations;

/// <summary>
/// Violations are enforcement data: planners and inspectors read them (lists, Query.node, planningAt,
/// tiles, photos); only inspectors flag them and move them through their statuses; planners follow every step and
/// may comment (commentOnViolation) as inspectors do.
/// </summary>
public static class ViolationPolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.violations", Policy.Staff },
        { "Mutation.flagViolation", Policy.Inspector },
        { "Mutation.updateViolationStatus", Policy.Inspector },
        { "Mutation.commentOnViolation", Policy.Staff },
    };

    /// <summary>Whether the account sees violations (and their photos) at all.</summary>
    public static bool CanSee(Account? account) => Policy.Staff.Allows(account);
}
