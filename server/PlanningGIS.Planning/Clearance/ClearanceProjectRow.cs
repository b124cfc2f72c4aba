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

/// <summary>How far a project is: parcels and area handed over (step "site_handover" recorded for them or the project).</summary>
public sealed record ClearanceProgress(int Parcels, int ParcelsHandedOver, double AreaM2, double AreaHandedOverM2)
{
    public double Rate => AreaM2 > 0 ? AreaHandedOverM2 / AreaM2 : 0;
}
