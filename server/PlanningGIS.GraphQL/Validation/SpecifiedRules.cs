namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// The list behind <see cref="DocumentValidator.SpecifiedRules"/>: one entry per spec rule, each
/// rule in its own file in this folder, in the order of the specification's section 5.
/// </summary>
internal static class SpecifiedRulesList
{
    public static readonly IReadOnlyList<ValidationRuleFactory> All =
    [
    ];
}
