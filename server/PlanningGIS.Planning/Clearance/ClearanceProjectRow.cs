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

    /// <summary>From columns 1-5 (projects, parcels, parcels handed over, area, area handed over); column 0 is the key.</summary>
    public static ClearanceProgress Read(System.Data.Common.DbDataReader reader) =>
        new(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDouble(4), reader.GetDouble(5));
}
