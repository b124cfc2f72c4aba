using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Zones;

/// <summary>A zone as stored (one version of it). Properties are read by the schema's Zone fields.</summary>
public sealed record ZoneRow(
    long RowId, string Code, string Name, string Kind, string? Description, long? DossierId,
    double AreaM2, double PerimeterM, string? GeometryJson,
    int Version, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo, string? ChangedBy, string? LegalBasis) : IRow
{
    public string Id => GlobalId.Encode("Zone", Code);
    public double AreaHa => AreaM2 / 10_000;
}
