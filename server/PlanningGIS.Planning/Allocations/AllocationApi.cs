using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Plots;

namespace PlanningGIS.Planning.Allocations;

/// <summary>
/// Investors and land allocations/leases. Who holds which plot is public (occupancy lists of
/// industrial parks are); the terms are not: land price, rent and notes only for planners and the
/// investor itself, the investor's representative and e-mail only for staff and the investor itself.
/// The register (Query.allocations) is for staff; an investor sees only its own allocations in it.
/// </summary>
public static class AllocationApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<InvestorRow>("Investor")
        .BindType<AllocationRow>("Allocation")
        .ResolveAsync("Query.investors", InvestorQueries.AllAsync)
        .ResolveAsync("Query.allocations", AllocationQueries.PageAsync)
        .Resolve("Investor.representative", ctx => Contact(ctx).RepresentativeName)
        .Resolve("Investor.contactEmail", ctx => Contact(ctx).Email)
        .ResolveAsync("Investor.allocations", ctx => AllocationQueries.OfInvestorAsync(ctx, ctx.GetParent<InvestorRow>().RowId))
        .ResolveAsync("Allocation.plot", ctx => PlotQueries.LoadAsync(ctx, ctx.GetParent<AllocationRow>().PlotId))
        .ResolveAsync("Allocation.investor", ctx => InvestorQueries.LoadAsync(ctx, ctx.GetParent<AllocationRow>().InvestorId))
        .Resolve("Allocation.landPriceVnd", ctx => Terms(ctx).LandPrice)
        .Resolve("Allocation.annualRentVnd", ctx => Terms(ctx).AnnualRent)
        .Resolve("Allocation.termsNote", ctx => Terms(ctx).Note)
        .ResolveAsync("User.investor", ctx => ctx.GetParent<UserRow>().InvestorId is { } id
            ? InvestorQueries.LoadAsync(ctx, id)
            : Task.FromResult<InvestorRow?>(null))
        .ResolveAsync("Mutation.allocatePlot", AllocationMutations.AllocateAsync)
        .ResolveAsync("Mutation.endAllocation", AllocationMutations.EndAsync);

    /// <summary>Whether the signed-in account is the investor itself (an investor account acting for it).</summary>
    private static bool ActsFor(ResolveContext ctx, long investorId) =>
        ctx.Account() is { } account && account.IsIn(Roles.Investor) && account.InvestorId == investorId;

    private static InvestorRow Contact(ResolveContext ctx)
    {
        var investor = ctx.GetParent<InvestorRow>();
        if (ctx.IsStaff() || ActsFor(ctx, investor.RowId))
            return investor;
        throw Refused(ctx, $"Người đại diện và thư điện tử của nhà đầu tư {investor.Code} chỉ cán bộ Ban quản lý và chính nhà đầu tư được xem.");
    }

    private static AllocationTerms Terms(ResolveContext ctx)
    {
        var allocation = ctx.GetParent<AllocationRow>();
        if (ctx.IsPlanner() || ActsFor(ctx, allocation.InvestorId))
            return allocation.Terms;
        throw Refused(ctx, $"Giá đất, tiền thuê và ghi chú điều khoản của {allocation.Code} chỉ cán bộ quy hoạch và chính nhà đầu tư được xem.");
    }

    // Anonymous users may sign in (as the investor, perhaps); a signed-in account without the right may not.
    private static PlanningError Refused(ResolveContext ctx, string message) =>
        new(ctx.Account() is null ? ErrorCodes.Unauthenticated : ErrorCodes.Forbidden, message);
}
