using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Accounts;

/// <summary>Who may sign in, see users and manage them.</summary>
public static class AccountPolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Mutation.login", Policy.Public },
        { "Mutation.logout", Policy.SignedIn },
        { "Query.me", Policy.Public },
        { "Query.users", Policy.Admin },
        { "Mutation.saveUser", Policy.Admin },
    };

    /// <summary>User.permissions: the coordinates beyond the public ones whose policy passes one of these roles (either case).</summary>
    public static IReadOnlyList<string> PermissionsOf(IReadOnlyList<string> roles)
    {
        var lower = roles.Select(r => r.ToLowerInvariant()).ToList();
        return Api.PlanningSchema.Policies.SelectMany(p => p)
            .Where(p => !p.Policy.IsPublic && lower.Any(r => p.Policy.Roles.Contains(r) || p.Policy.OwnerRole == r))
            .Select(p => p.Coordinate).ToList();
    }

    /// <summary>Rows of users (Query.node): administrators only.</summary>
    public static bool CanSeeUsers(Account? account) => Policy.Admin.Allows(account);
}
