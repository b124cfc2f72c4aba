using System.Text.Json;

namespace PlanningGIS.Planning.Geometry;

/// <summary>
/// The shape of a GeoJSON geometry, read without building it: that its coordinates nest as its type
/// says, as finite numbers, and how many vertices it has. One pass over the text, so a malformed or
/// huge geometry is refused with a located INVALID_GEOMETRY before PostGIS parses, checks or indexes it.
/// </summary>
public static class GeoJsonShape
{
    // How deep positions lie under "coordinates": 0 means "coordinates" is one position.
    private static readonly Dictionary<string, int> PositionDepth = new()
    {
        ["Point"] = 0, ["MultiPoint"] = 1, ["LineString"] = 1, ["MultiLineString"] = 2, ["Polygon"] = 2, ["MultiPolygon"] = 3,
    };

    /// <summary>The number of vertices (positions, closing ones included), or INVALID_GEOMETRY saying where the shape is wrong.</summary>
    public static int CountVertices(string geojson)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(geojson);
        }
        catch (JsonException e)
        {
            throw Wrong("dữ liệu không phải JSON hợp lệ", "$", e.Message);
        }
        using (document)
            return Geometry(document.RootElement, "$");
    }

    private static int Geometry(JsonElement geometry, string path)
    {
        if (geometry.ValueKind != JsonValueKind.Object)
            throw Wrong("hình học phải là một đối tượng GeoJSON", path, "not an object");
        if (!geometry.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            throw Wrong("thiếu trường \"type\"", path, "no type");
        var name = type.GetString()!;
        if (name == "GeometryCollection")
        {
            if (!geometry.TryGetProperty("geometries", out var members) || members.ValueKind != JsonValueKind.Array)
                throw Wrong("GeometryCollection phải có mảng \"geometries\"", path, "no geometries");
            return members.EnumerateArray().Select((member, i) => Geometry(member, $"{path}.geometries[{i}]")).Sum();
        }
        if (!PositionDepth.TryGetValue(name, out var depth))
            throw Wrong($"\"{name}\" không phải kiểu hình học GeoJSON", $"{path}.type", "unknown type");
        if (!geometry.TryGetProperty("coordinates", out var coordinates))
            throw Wrong("thiếu trường \"coordinates\"", path, "no coordinates");
        return Positions(coordinates, depth, name is "Polygon" or "MultiPolygon", $"{path}.coordinates");
    }

    private static int Positions(JsonElement node, int depth, bool polygonal, string path)
    {
        if (node.ValueKind != JsonValueKind.Array)
            throw Wrong(depth == 0 ? "tọa độ phải là mảng [kinh độ, vĩ độ]" : "tọa độ phải là mảng lồng nhau đúng kiểu hình học", path, "not an array");
        if (depth > 0)
        {
            var count = node.EnumerateArray().Select((child, i) => Positions(child, depth - 1, polygonal, $"{path}[{i}]")).Sum();
            // A ring (GeoJSON RFC 7946 §3.1.6): GEOS fails inside PostGIS on an unclosed one, so say it here.
            if (polygonal && depth == 1 && (count < 4 || !SamePosition(node[0], node[count - 1])))
                throw Wrong("vòng biên phải khép kín (đỉnh cuối trùng đỉnh đầu) và có ít nhất 4 đỉnh", path, "ring not closed");
            return count;
        }
        var length = node.GetArrayLength();
        if (length is < 2 or > 4 || node.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number || !n.TryGetDouble(out var v) || !double.IsFinite(v)))
            throw Wrong("mỗi đỉnh phải là 2 hoặc 3 số hữu hạn [kinh độ, vĩ độ]", path, "not a position");
        return 1;
    }

    private static bool SamePosition(JsonElement a, JsonElement b) =>
        a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => p.First.GetDouble() == p.Second.GetDouble());

    private static PlanningError Wrong(string problem, string path, string reason) => new(ErrorCodes.InvalidGeometry,
        $"Không đọc được hình học: {problem} (tại {path}).", new Dictionary<string, object?> { ["reason"] = reason, ["path"] = path });
}
