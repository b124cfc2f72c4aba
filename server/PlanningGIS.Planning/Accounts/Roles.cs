namespace PlanningGIS.Planning.Accounts;

/// <summary>The roles of the board's users; the API enforces them.</summary>
public static class Roles
{
    /// <summary>Planning staff: edit dossiers, zones, plots, allocations, clearance and conversions.</summary>
    public const string Planner = "planner";

    /// <summary>Inspectors: read what planners read except household personal data; flag violations.</summary>
    public const string Inspector = "inspector";

    /// <summary>Investors: the public plan and plot availability, and their own allocations.</summary>
    public const string Investor = "investor";

    /// <summary>Administrators: manage users and roles.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Planner, Inspector, Investor, Admin];
}
