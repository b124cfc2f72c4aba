namespace PlanningGIS.Planning.LandUse;

/// <summary>A land-use code (mã loại đất) as stored; read by the schema's LandUseCode fields.</summary>
public sealed record LandUseCodeRow(
    string Code, string NameVi, string NameEn, string Group, string? Category, string Instrument, string Colour, string? Note);
