using System.Globalization;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.LandUse;

/// <summary>One polygon of the land-use current state (hiện trạng); its landUse is loaded by code.</summary>
public sealed record CurrentLandUseRow(
    long RowId, string LandUseCode, string? Source, DateOnly? SurveyedOn, double AreaM2, double PerimeterM, string? GeometryJson) : IRow
{
    // The layer has no code of its own: the row id identifies a polygon.
    public string Id => GlobalId.Encode("CurrentLandUse", RowId.ToString(CultureInfo.InvariantCulture));
    public double AreaHa => AreaM2 / 10_000;
}
