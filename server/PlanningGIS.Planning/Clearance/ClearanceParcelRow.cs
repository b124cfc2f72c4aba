using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Clearance;

/// <summary>The household of an affected parcel: personal data, read only for planners.</summary>
public sealed record Household(string? Name, string? IdNumber, string? Address);

/// <summary>
/// A parcel affected by site clearance. The household and compensation are only read from the
/// database for planners (null otherwise); the schema's fields refuse them to everyone else.
/// </summary>
public sealed record ClearanceParcelRow(
    long RowId, long ProjectId, string ProjectCode, string ParcelCode, string? LandUseCode,
    Household? PersonalHousehold, decimal? PersonalCompensationVnd, double AreaM2, double PerimeterM, string? GeometryJson) : IRow
{
    public string Id => GlobalId.Encode("ClearanceParcel", ProjectCode + "/" + ParcelCode);
    public double AreaHa => AreaM2 / 10_000;
}
