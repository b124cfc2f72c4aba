namespace PlanningGIS.Planning.Accounts;

/// <summary>A signed-in user as the API sees it.</summary>
public sealed record Account(long Id, string Username, string DisplayName, IReadOnlyList<string> Roles, long? InvestorId)
{
    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>Planners and inspectors: they see unpublished material and enforcement data.</summary>
    public bool IsStaff => IsIn(Accounts.Roles.Planner) || IsIn(Accounts.Roles.Inspector);
}
