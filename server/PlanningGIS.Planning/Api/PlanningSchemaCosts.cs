namespace PlanningGIS.Planning.Api;

/// <summary>What the planning schema's types cost in the engine's cost model (GraphQLLimits.TypeCosts), for the host that configures the engine.</summary>
public static class PlanningSchemaCosts
{
    /// <summary>The scalar every geometry field has.</summary>
    public const string GeometryType = "GeoJSON";

    /// <summary>
    /// A geometry field's cost: its GeoJSON is tens to thousands of coordinates, where another field is one
    /// value. With it, 99 aliases of a 500-plot page with geometries (cost 49,698 before, under the limit) are refused;
    /// the web map's plot finder (500 plots with geometry and a dozen fields, ≈ 10,500) is not.
    /// </summary>
    public const int Geometry = 10;
}
