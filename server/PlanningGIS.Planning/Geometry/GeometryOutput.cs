using System.Text.Json.Nodes;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Geometry;

/// <summary>
/// The `geometry(srid:)` field: PostGIS writes GeoJSON in WGS84; for VN-2000 / TM-3 Lạng Sơn the
/// coordinates are transformed in process with ProjNet (<see cref="Vn2000"/>), to millimetres.
/// </summary>
public static class GeometryOutput
{
    /// <summary>
    /// The SQL that writes a stored (WGS84) geometry as GeoJSON: 9 decimals of a degree (≈ 0.1 mm), so a
    /// geometry read and sent back lies within 0.06 mm of what is stored. 7 decimals (≈ 1 cm) pushed
    /// shared edges into the neighbours by more than the overlap tolerance.
    /// </summary>
    public static string GeoJsonSql(string column) => $"ST_AsGeoJSON({column}, 9)";

    public static GeoJsonText? InSrid(string? wgs84GeoJson, int srid) => (wgs84GeoJson, Srid.Supported(srid)) switch
    {
        (null, _) => null,
        (_, Srid.Wgs84) => new GeoJsonText(wgs84GeoJson),
        _ => new GeoJsonText(ToVn2000(wgs84GeoJson)),
    };

    private static string ToVn2000(string geojson)
    {
        var geometry = JsonNode.Parse(geojson)!.AsObject();
        geometry["coordinates"] = Transform(geometry["coordinates"]!);
        geometry["crs"] = new JsonObject { ["type"] = "name", ["properties"] = new JsonObject { ["name"] = "urn:ogc:def:crs:EPSG::9215" } };
        return geometry.ToJsonString();
    }

    // Coordinates nest to any depth; a position is an array whose first item is a number.
    private static JsonNode Transform(JsonNode node)
    {
        var array = node.AsArray();
        if (array.Count > 0 && array[0] is JsonValue)
        {
            var (e, n) = Vn2000.FromWgs84(array[0]!.GetValue<double>(), array[1]!.GetValue<double>());
            return new JsonArray(Math.Round(e, 3), Math.Round(n, 3));
        }
        return new JsonArray(array.Select(child => (JsonNode?)Transform(child!)).ToArray());
    }
}
