using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Clearance;

/// <summary>A site-clearance (GPMB) project as stored; read by the schema's ClearanceProject fields.</summary>
public sealed record ClearanceProjectRow(
    long RowId, string Code, string Name, long? ZoneId, long? DossierId, DateOnly? StartedOn, DateOnly? TargetHandoverOn,
    string? Note, double AreaM2, double PerimeterM, string? GeometryJson) : IRow
{
    public string Id => GlobalId.Encode("ClearanceProject", Code);
    public double AreaHa => AreaM2 / 10_000;
}

/// <summary>
/// How far clearance is, for one project or summed over a zone's projects: parcels and area handed over.
/// The rule is the SQL function clearance_progress; <see cref="Projects"/> 0 means there is nothing to clear.
/// </summary>
public sealed record ClearanceProgress(int Projects, int Parcels, int ParcelsHandedOver, double AreaM2, double AreaHandedOverM2)
{
    public static readonly ClearanceProgress None = new(0, 0, 0, 0, 0);

    public double Rate => AreaM2 > 0 ? AreaHandedOverM2 / AreaM2 : 0;

    /// <summary>From the columns projects, parcels, parcels_handed_over, area_m2 and area_handed_over_m2.</summary>
    public static ClearanceProgress Read(RowReader r) => new(r.Get<int>("projects"), r.Get<int>("parcels"),
        r.Get<int>("parcels_handed_over"), r.Get<double>("area_m2"), r.Get<double>("area_handed_over_m2"));
}
