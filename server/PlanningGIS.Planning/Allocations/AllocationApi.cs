using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Plots;

namespace PlanningGIS.Planning.Allocations;

/// <summary>Investors and land allocations/leases. Who sees what: <see cref="AllocationPolicies"/>.</summary>
public static class AllocationApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<InvestorRow>("Investor")
        .BindType<AllocationRow>("Allocation")
        .ResolveAsync("Query.investors", InvestorQueries.AllAsync)
        .ResolveAsync("Query.allocations", AllocationQueries.PageAsync)
        .Resolve("Investor.representative", ctx => ctx.GetParent<InvestorRow>().RepresentativeName)
        .Resolve("Investor.contactEmail", ctx => ctx.GetParent<InvestorRow>().Email)
        .Resolve("Investor.contactPhone", ctx => ctx.GetParent<InvestorRow>().Phone)
        .ResolveAsync("Investor.allocations", ctx => AllocationQueries.OfInvestorAsync(ctx, ctx.GetParent<InvestorRow>().RowId))
        .ResolveAsync("Allocation.plot", ctx => PlotQueries.LoadAsync(ctx, ctx.GetParent<AllocationRow>().PlotId))
        .ResolveAsync("Allocation.investor", ctx => InvestorQueries.LoadAsync(ctx, ctx.GetParent<AllocationRow>().InvestorId))
        .Resolve("Allocation.landPriceVnd", ctx => ctx.GetParent<AllocationRow>().Terms.LandPrice)
        .Resolve("Allocation.annualRentVnd", ctx => ctx.GetParent<AllocationRow>().Terms.AnnualRent)
        .Resolve("Allocation.termsNote", ctx => ctx.GetParent<AllocationRow>().Terms.Note)
        .ResolveAsync("User.investor", ctx => ctx.GetParent<UserRow>().InvestorId is { } id
            ? InvestorQueries.LoadAsync(ctx, id)
            : Task.FromResult<InvestorRow?>(null))
        .ResolveAsync("Mutation.allocatePlot", AllocationMutations.AllocateAsync)
        .ResolveAsync("Mutation.endAllocation", AllocationMutations.EndAsync)
        .ResolveAsync("Mutation.saveInvestor", InvestorMutations.SaveAsync);
}
