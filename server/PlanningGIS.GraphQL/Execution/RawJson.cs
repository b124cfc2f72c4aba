namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// A serialized scalar value that is already JSON (e.g. GeoJSON written by PostGIS): written to the
/// response as it is, without parsing or re-encoding. The producer guarantees it is valid JSON.
/// </summary>
public sealed record RawJson(string Json);
