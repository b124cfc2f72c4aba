using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Geometry;

/// <summary>
/// Checks a GeoJSON geometry from a user before it is stored: well formed, not empty and not larger
/// than Planning:MaxGeometryVertices (read in process, before any database work), of an allowed type,
/// valid (with the place where it is not), inside Lạng Sơn province. Returns it as EWKB in WGS84, which a
/// geometry column accepts as a parameter. PostGIS does the parsing, checking and transforming.
/// </summary>
public static class GeometryInput
{
    /// <summary>
    /// One statement parses, checks and converts the geometry. "materialized": PostgreSQL would
    /// otherwise inline both CTEs into every use of g and d, parsing the GeoJSON 7 times and checking
    /// it 4 times (a 50,000-vertex boundary took 1.5 s instead of 0.35 s). Public for the test of that.
    /// </summary>
    public const string CheckSql = """
        with input as materialized (select ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(@geojson), @srid), 4326) as g),
             detail as materialized (select g, ST_IsValidDetail(g) as d from input)
        select ST_GeometryType(g) as type, (d).valid, (d).reason, ST_X((d).location) as lon, ST_Y((d).location) as lat,
               in_lang_son(g) as in_province, ST_AsEWKB(g) as ewkb
        from detail
        """;

    /// <summary>The checked geometry as EWKB (SRID 4326).</summary>
    public static async Task<byte[]> CheckAsync(ResolveContext ctx, NpgsqlConnection connection, string geojson, int srid,
        IReadOnlyCollection<string> allowedTypes)
    {
        var ct = ctx.CancellationToken;
        var vertices = GeoJsonShape.CountVertices(geojson);
        if (vertices == 0)
            throw new PlanningError(ErrorCodes.InvalidGeometry, "Hình học rỗng: không có đỉnh nào. Hãy vẽ hoặc nhập ranh giới.",
                new Dictionary<string, object?> { ["reason"] = "empty", ["vertices"] = 0 });
        var maxVertices = ctx.Options().MaxGeometryVertices;
        if (vertices > maxVertices)
            throw new PlanningError(ErrorCodes.InvalidGeometry,
                $"Hình học có {vertices} đỉnh, vượt giới hạn {maxVertices} đỉnh cho một hình. " +
                "Hãy đơn giản hóa ranh giới (ví dụ Simplify trong QGIS, sai số vài xentimét) rồi gửi lại.",
                new Dictionary<string, object?> { ["reason"] = "too many vertices", ["vertices"] = vertices, ["maxVertices"] = maxVertices });
        Srid.Supported(srid);
        await using var cmd = new NpgsqlCommand(CheckSql, connection);
        cmd.Parameters.AddWithValue("geojson", geojson);
        cmd.Parameters.AddWithValue("srid", srid);
        NpgsqlDataReader reader;
        try
        {
            reader = await cmd.ExecuteReaderAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is "XX000" or "22023" or "22P02")
        {
            throw new PlanningError(ErrorCodes.InvalidGeometry,
                "Không đọc được hình học: dữ liệu không phải GeoJSON hợp lệ.", new Dictionary<string, object?> { ["reason"] = e.MessageText });
        }
        await using (reader)
        {
            var row = new RowReader(reader);
            await reader.ReadAsync(ct);
            var type = row.Get<string>("type")[3..];
            if (!allowedTypes.Contains(type))
                throw new PlanningError(ErrorCodes.InvalidGeometry,
                    $"Hình học phải là {string.Join(" hoặc ", allowedTypes)}, không phải {type}.",
                    new Dictionary<string, object?> { ["type"] = type, ["allowed"] = allowedTypes });
            if (!row.Get<bool>("valid"))
            {
                var reason = row.Get<string?>("reason") ?? "invalid";
                var location = row.IsNull("lon") ? null : new[] { row.Get<double>("lon"), row.Get<double>("lat") };
                throw new PlanningError(ErrorCodes.InvalidGeometry,
                    $"Hình học không hợp lệ ({Translate(reason)})" +
                    (location is null ? "." : $" tại kinh độ {location[0]:F6}, vĩ độ {location[1]:F6}."),
                    new Dictionary<string, object?> { ["reason"] = reason, ["location"] = location });
            }
            if (!row.Get<bool>("in_province"))
                throw new PlanningError(ErrorCodes.OutOfArea,
                    $"Hình học nằm ngoài tỉnh Lạng Sơn. Kiểm tra lại hệ tọa độ (đang dùng EPSG:{srid}).",
                    new Dictionary<string, object?> { ["srid"] = srid });
            return row.Get<byte[]>("ewkb");
        }
    }

    // GEOS reasons in the users' language; the English original stays in the error details.
    private static string Translate(string reason) => reason switch
    {
        "Self-intersection" => "đường biên tự cắt nhau",
        "Ring Self-intersection" => "vòng biên tự chạm vào chính nó",
        "Too few points in geometry component" => "quá ít đỉnh",
        "Interior is disconnected" => "phần trong bị tách rời",
        "Hole lies outside shell" => "lỗ nằm ngoài đường biên ngoài",
        "Nested shells" => "các vùng lồng nhau",
        "Duplicate Rings" => "vòng biên trùng lặp",
        "Invalid Coordinate" => "tọa độ không hợp lệ",
        _ => reason,
    };
}
