using PlanningGIS.Planning.Accounts;

namespace PlanningGIS.Planning.Authorization;

/// <summary>
/// A named rule of who may call a mutation or read a field: the roles that always pass, and
/// optionally a role that passes for its own rows only (an investor and its allocations). Features
/// attach policies to schema coordinates in their *Policies.cs; <see cref="FieldAuthorization"/>
/// enforces them before the resolver runs.
/// </summary>
public sealed class Policy
{
    /// <summary>Not a role an account has: what a visitor without a token is, in <see cref="Roles"/>.</summary>
    public const string Anonymous = "anonymous";

    private readonly Func<Account, object?, bool>? _owns;

    private Policy(string name, string who, IReadOnlyList<string> roles, string? ownerRole = null, Func<Account, object?, bool>? owns = null)
    {
        Name = name;
        Who = who;
        Roles = roles;
        OwnerRole = ownerRole;
        _owns = owns;
    }

    public string Name { get; }

    /// <summary>Who passes, in Vietnamese, for the refusal: "cán bộ quy hoạch".</summary>
    public string Who { get; }

    /// <summary>The roles that always pass; <see cref="Anonymous"/> for visitors.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The role that passes for its own rows only, if any.</summary>
    public string? OwnerRole { get; }

    public bool IsPublic => Roles.Contains(Anonymous);

    public static readonly Policy Public = new("Public", "mọi người",
        [Anonymous, Accounts.Roles.Planner, Accounts.Roles.Inspector, Accounts.Roles.Investor, Accounts.Roles.Admin]);

    public static readonly Policy SignedIn = new("SignedIn", "người đã đăng nhập", Accounts.Roles.All);

    public static readonly Policy Planner = new("Planner", "cán bộ quy hoạch", [Accounts.Roles.Planner]);

    public static readonly Policy Inspector = new("Inspector", "thanh tra viên", [Accounts.Roles.Inspector]);

    /// <summary>Planners and inspectors: the board's staff.</summary>
    public static readonly Policy Staff = new("Staff", "cán bộ quy hoạch và thanh tra", [Accounts.Roles.Planner, Accounts.Roles.Inspector]);

    public static readonly Policy Admin = new("Admin", "quản trị hệ thống", [Accounts.Roles.Admin]);

    /// <summary>Staff, and investors (whose rows the feature's visibility predicate narrows to their own).</summary>
    public static readonly Policy StaffOrInvestor = new("StaffOrInvestor", "cán bộ Ban quản lý và nhà đầu tư",
        [Accounts.Roles.Planner, Accounts.Roles.Inspector, Accounts.Roles.Investor]);

    /// <summary>Staff, and the investor the parent row belongs to.</summary>
    public static Policy StaffOrOwningInvestor<TRow>(Func<TRow, long?> investorOf) => new("StaffOrOwningInvestor",
        "cán bộ Ban quản lý và chính nhà đầu tư", [Accounts.Roles.Planner, Accounts.Roles.Inspector], Accounts.Roles.Investor,
        (account, parent) => parent is TRow row && account.InvestorId is { } own && investorOf(row) == own);

    /// <summary>Planners, and the investor the parent row belongs to.</summary>
    public static Policy PlannerOrOwningInvestor<TRow>(Func<TRow, long?> investorOf) => new("PlannerOrOwningInvestor",
        "cán bộ quy hoạch và chính nhà đầu tư", [Accounts.Roles.Planner], Accounts.Roles.Investor,
        (account, parent) => parent is TRow row && account.InvestorId is { } own && investorOf(row) == own);

    /// <summary>Whether the account (null: a visitor) passes, for this parent row.</summary>
    public bool Allows(Account? account, object? parent = null) => account is null
        ? IsPublic
        : account.Roles.Any(r => Roles.Contains(r)) || (OwnerRole is { } role && account.IsIn(role) && _owns!(account, parent));

    /// <summary>UNAUTHENTICATED for a visitor (signing in may help), FORBIDDEN for an account without the right.</summary>
    public PlanningError Refusal(Account? account, string coordinate, string? message = null)
    {
        var details = new Dictionary<string, object?> { ["policy"] = Name, ["roles"] = Roles.Append(OwnerRole).OfType<string>().ToArray() };
        var mutation = coordinate.StartsWith("Mutation.", StringComparison.Ordinal);
        if (account is null)
            return new PlanningError(ErrorCodes.Unauthenticated, message ?? (mutation
                ? "Bạn cần đăng nhập để thực hiện thao tác này."
                : $"Bạn cần đăng nhập: {coordinate} chỉ dành cho {Who}."), details);
        return new PlanningError(ErrorCodes.Forbidden, message ?? (mutation
            ? $"Tài khoản {account.Username} không có quyền thực hiện thao tác này (chỉ {Who})."
            : $"Tài khoản {account.Username} không được xem {coordinate}: chỉ {Who} được xem."), details);
    }

    public override string ToString() => Name;
}
