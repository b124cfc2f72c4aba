using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Allocations;

/// <summary>
/// An investor as stored. Representative, contact e-mail and phone are read through guarded resolvers
/// (staff and the investor itself), so they are not named like the schema's fields.
/// </summary>
public sealed record InvestorRow(
    long RowId, string Code, string Name, string Country, string? TaxCode, bool Illustrative,
    string? RepresentativeName, string? Email, string? Phone) : IRow
{
    public string Id => GlobalId.Encode("Investor", Code);
}
