using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Allocations;

/// <summary>
/// Who holds which plot is public (occupancy lists of industrial parks are); the terms are not: land
/// price, rent and notes for planners and the investor itself, the investor's representative and
/// e-mail for staff and the investor itself. The register of allocations is for staff; an investor
/// sees its own rows in it.
/// </summary>
public static class AllocationPolicies
{
    public static readonly Policy Terms = Policy.PlannerOrOwningInvestor<AllocationRow>(a => a.InvestorId);

    public static readonly Policy Contact = Policy.StaffOrOwningInvestor<InvestorRow>(i => i.RowId);

    public static readonly FieldPolicies Fields = new()
    {
        { "Query.investors", Policy.Public },
        { "Query.allocations", Policy.StaffOrInvestor },
        { "Investor.representative", Contact, "Người đại diện và thư điện tử của nhà đầu tư chỉ cán bộ Ban quản lý và chính nhà đầu tư được xem." },
        { "Investor.contactEmail", Contact, "Người đại diện và thư điện tử của nhà đầu tư chỉ cán bộ Ban quản lý và chính nhà đầu tư được xem." },
        { "Investor.contactPhone", Contact, "Người đại diện, thư điện tử và điện thoại của nhà đầu tư chỉ cán bộ Ban quản lý và chính nhà đầu tư được xem." },
        { "Allocation.landPriceVnd", Terms, "Giá đất, tiền thuê và ghi chú điều khoản chỉ cán bộ quy hoạch và chính nhà đầu tư được xem." },
        { "Allocation.annualRentVnd", Terms, "Giá đất, tiền thuê và ghi chú điều khoản chỉ cán bộ quy hoạch và chính nhà đầu tư được xem." },
        { "Allocation.termsNote", Terms, "Giá đất, tiền thuê và ghi chú điều khoản chỉ cán bộ quy hoạch và chính nhà đầu tư được xem." },
        { "Mutation.allocatePlot", Policy.Planner },
        { "Mutation.endAllocation", Policy.Planner },
        { "Mutation.saveInvestor", Policy.Planner },
    };

    /// <summary>
    /// The rows of the register (Query.allocations, Query.node) an account sees, as a condition on the
    /// alias a: all for staff, its own for an investor account, none otherwise.
    /// </summary>
    public static string RegisterRows(Account? account) =>
        account?.IsStaff == true ? "true"
        : account is { InvestorId: { } investor } && account.IsIn(Roles.Investor) ? $"a.investor_id = {investor}"
        : "false";

    public static bool CanSeeInRegister(Account? account, AllocationRow allocation) =>
        account?.IsStaff == true || (account is { InvestorId: { } investor } && account.IsIn(Roles.Investor) && allocation.InvestorId == investor);
}
