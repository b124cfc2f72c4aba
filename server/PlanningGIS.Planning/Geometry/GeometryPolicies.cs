using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Geometry;

/// <summary>The geometry rules (snapping tolerance, vertex limit) are public: the editor and importers need them.</summary>
public static class GeometryPolicies
{
    public static readonly FieldPolicies Fields = new()
    {
        { "Query.geometryRules", Policy.Public },
    };
}
