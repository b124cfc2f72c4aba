using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;
using Npgsql;
using PlanningGIS.Planning.Geometry;

namespace PlanningGIS.Bench.Geometry;

/// <summary>
/// (b) Checking an edited boundary before it is stored. Today: GeoJsonShape (in process, located
/// Vietnamese errors, vertex limit) then one statement in PostGIS (ST_GeomFromGeoJSON, ST_IsValidDetail,
/// in_lang_son, ST_AsEWKB: GeometryInput.CheckSql). The alternative: GeoJSON4STJ parses into NTS,
/// IsValidOp checks, the Lạng Sơn envelope is tested in process; the geometry would then go to
/// PostgreSQL as a parameter through Npgsql.NetTopologySuite (as the EWKB goes today, not timed).
/// </summary>
public sealed class BoundaryCheck(NpgsqlDataSource plain)
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    // in_lang_son(g): g @ ST_MakeEnvelope(106.0, 21.2, 107.5, 22.6).
    private static readonly Envelope LangSon = new(106.0, 107.5, 21.2, 22.6);

    /// <summary>A MultiPolygon dossier boundary: a circle of <paramref name="vertices"/> around Đồng Đăng (radius 0.02°), 9 decimals; or a bow tie.</summary>
    public static string Boundary(int vertices, bool selfIntersecting = false)
    {
        var text = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[[[");
        for (var i = 0; i < vertices; i++)
        {
            var a = 2 * Math.PI * (i % (vertices - 1)) / (vertices - 1);
            // The bow tie is a figure of eight: it crosses itself at the centre.
            var (x, y) = (106.698 + 0.02 * Math.Cos(a), 21.951 + 0.02 * (selfIntersecting ? Math.Sin(2 * a) : Math.Sin(a)));
            text.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"[{x:F9},{y:F9}]");
        }
        return text.Append("]]]}").ToString();
    }

    public async Task<string> PostGisAsync(string geojson)
    {
        var vertices = GeoJsonShape.CountVertices(geojson);
        await using var cmd = plain.CreateCommand(GeometryInput.CheckSql);
        cmd.Parameters.AddWithValue("geojson", geojson);
        cmd.Parameters.AddWithValue("srid", 4326);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        var valid = reader.GetBoolean(reader.GetOrdinal("valid"));
        return $"{vertices} vertices, {(valid ? "valid" : $"invalid: {reader.GetString(reader.GetOrdinal("reason"))}")}, " +
            $"in Lạng Sơn {reader.GetBoolean(reader.GetOrdinal("in_province"))}, EWKB {reader.GetFieldValue<byte[]>(reader.GetOrdinal("ewkb")).Length} B";
    }

    public Task<string> NtsAsync(string geojson, bool withShapeCheck)
    {
        var vertices = withShapeCheck ? GeoJsonShape.CountVertices(geojson) : 0;
        var geometry = JsonSerializer.Deserialize<NetTopologySuite.Geometries.Geometry>(geojson, GeoJson)!;
        var validity = new IsValidOp(geometry);
        var valid = validity.IsValid;
        var reason = valid ? "" : $": {validity.ValidationError.Message}";
        var inLangSon = LangSon.Contains(geometry.EnvelopeInternal);
        return Task.FromResult($"{(withShapeCheck ? vertices : geometry.NumPoints)} vertices, {(valid ? "valid" : "invalid" + reason)}, in Lạng Sơn {inLangSon}");
    }
}
