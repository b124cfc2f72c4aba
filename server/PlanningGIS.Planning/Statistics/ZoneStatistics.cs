using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.Statistics;

/// <summary>The figures of one zone, or of the whole economic zone (<see cref="Zone"/> null). Read by the ZoneStatistics fields.</summary>
public sealed record ZoneStatistics(
    ZoneRow? Zone, double AreaM2, IReadOnlyList<LandUseArea> AreaByLandUse,
    int Plots, int PlotsForInvestment, int PlotsAvailable, int PlotsAllocated,
    double InvestableAreaM2, double AllocatedAreaM2,
    Clearance.ClearanceProgress Clearance, IReadOnlyList<ConversionSummary> Conversions)
{
    public double AreaHa => AreaM2 / 10_000;

    /// <summary>Tỷ lệ lấp đầy: the share of the investable area under an active allocation.</summary>
    public double OccupancyRate => InvestableAreaM2 > 0 ? AllocatedAreaM2 / InvestableAreaM2 : 0;
}

/// <summary>Current plots of one land-use code; landUse is loaded by code.</summary>
public sealed record LandUseArea(string LandUseCode, int Plots, double AreaM2)
{
    public double AreaHa => AreaM2 / 10_000;
}

/// <summary>Conversions of one status (upper-case, as the ConversionStatus enum).</summary>
public sealed record ConversionSummary(string Status, int Count, double AreaHa);
