using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Geometry;

public sealed record GeometryRules(double SnapToleranceMetres, int MaxVertices);

/// <summary>geometryRules: the server's snapping tolerance and vertex limit, public, for the web map's editor.</summary>
public static class GeometryApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<GeometryRules>("GeometryRules")
        .Resolve("Query.geometryRules", ctx => new GeometryRules(ctx.Options().SnapToleranceMetres, ctx.Options().MaxGeometryVertices));
}
