using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Plots;

/// <summary>What the detailed plan allows on a lot.</summary>
public sealed record PlotIndicators(double? MaxBuildingDensity, int? MaxFloors, double? Far, double? MinSetbackM, double? MaxHeightM);

/// <summary>
/// A plot as stored (one version of it). Properties are read by the schema's Plot fields.
/// <see cref="Availability"/> and <see cref="PerimeterM"/> are computed only when the client selects them.
/// </summary>
public sealed record PlotRow(
    long RowId, string Code, long ZoneId, string LandUseCode, long? DossierId, PlotIndicators Indicators, bool ForInvestment,
    bool Retired, string Availability, double AreaM2, double PerimeterM, string? GeometryJson,
    int Version, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo, string? ChangedBy, string? LegalBasis) : IRow
{
    public string Id => GlobalId.Encode("Plot", Code);
    public double AreaHa => AreaM2 / 10_000;
    public bool Available => Availability == "AVAILABLE";
}
