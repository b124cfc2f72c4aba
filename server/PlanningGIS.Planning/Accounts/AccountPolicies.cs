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

    /// <summary>Rows of users (Query.node): administrators only.</summary>
    public static bool CanSeeUsers(Account? account) => Policy.Admin.Allows(account);
}
