using PlanningGIS.Planning.Dossiers;
using PlanningGIS.Planning.LandUse;
using PlanningGIS.Planning.Plots;
using PlanningGIS.Planning.Violations;
using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.PlanningAt;

/// <summary>VN-2000 / TM-3 Lạng Sơn coordinates of the point, metres.</summary>
public sealed record Vn2000Point(double Easting, double Northing);

/// <summary>
/// What the plan says at a point, every part read in the one round trip of <see cref="PlanningAtQuery"/>.
/// <see cref="Violations"/> is null when not read (not selected, or the account is not staff).
/// </summary>
public sealed record PlanningAtPoint(
    double Lon, double Lat, Vn2000Point Vn2000, ZoneRow? Zone, PlotRow? Plot, IReadOnlyList<DossierRow> Dossiers,
    CurrentLandUseRow? CurrentLandUse, IReadOnlyList<ViolationRow>? Violations);
