using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Accounts;

public sealed record UserRow(long RowId, string Username, string DisplayName, IReadOnlyList<string> Roles, long? InvestorId, bool Disabled) : IRow
{
    public string Id => GlobalId.Encode("User", Username);

    public static UserRow From(Account account) =>
        new(account.Id, account.Username, account.DisplayName, account.Roles.Select(r => r.ToUpperInvariant()).ToList(), account.InvestorId, false);
}

public sealed record LoginResult(string Token, DateTimeOffset ExpiresAt, UserRow User);
