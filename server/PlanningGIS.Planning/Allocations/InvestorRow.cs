using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Allocations;

/// <summary>
/// An investor as stored. Representative and contact e-mail are read through guarded resolvers
/// (staff and the investor itself), so they are not named like the schema's fields.
/// </summary>
public sealed record InvestorRow(
    long RowId, string Code, string Name, string Country, string? TaxCode, bool Illustrative,
    string? RepresentativeName, string? Email) : IRow
{
    public string Id => GlobalId.Encode("Investor", Code);
}
