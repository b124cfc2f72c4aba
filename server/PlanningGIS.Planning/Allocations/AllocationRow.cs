using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Allocations;

/// <summary>The investor's own terms of an allocation: read through guarded resolvers only.</summary>
public sealed record AllocationTerms(decimal? LandPrice, decimal? AnnualRent, string? Note);

/// <summary>A land allocation or lease as stored. Properties are read by the schema's Allocation fields.</summary>
public sealed record AllocationRow(
    long RowId, string Code, long PlotId, long InvestorId, string Form, Decision? Decision,
    DateOnly StartDate, int? TermYears, DateOnly EndDate, string Status, Decision? EndDecision, AllocationTerms Terms) : IRow
{
    public string Id => GlobalId.Encode("Allocation", Code);
}
