using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanningGIS.Planning.SampleData;

/// <summary>One record of a source file as staged in PostGIS: its 1-based position, its properties and its geometry.</summary>
public sealed record SourceRecord(int Index, string PropertiesJson, string? GeometryJson);

/// <summary>Reads GeoJSON FeatureCollections, JSON arrays and CSV files into <see cref="SourceRecord"/>s.</summary>
public static class SourceFile
{
    public const int Wgs84 = 4326;

    /// <summary>Reads a GeoJSON FeatureCollection and the SRID its top-level "crs" member declares (RFC 7946 default: WGS84).</summary>
    public static (IReadOnlyList<SourceRecord> Records, int Srid) ReadGeoJson(string path)
    {
        var root = ParseJson(path) as JsonObject;
        if (root?["type"]?.GetValue<string>() != "FeatureCollection" || root["features"] is not JsonArray features)
            throw new SampleDataException($"{path}: not a GeoJSON FeatureCollection.");
        var srid = DeclaredSrid(path, root["crs"]);
        var records = new List<SourceRecord>(features.Count);
        for (var i = 0; i < features.Count; i++)
        {
            if (features[i] is not JsonObject feature || feature["type"]?.GetValue<string>() != "Feature")
                throw new SampleDataException($"{path}: feature #{i + 1} is not a GeoJSON Feature.");
            var properties = feature["properties"] as JsonObject ?? [];
            records.Add(new SourceRecord(i + 1, properties.ToJsonString(), feature["geometry"]?.ToJsonString()));
        }
        return (records, srid);
    }

    public static IReadOnlyList<SourceRecord> ReadJsonArray(string path)
    {
        if (ParseJson(path) is not JsonArray items)
            throw new SampleDataException($"{path}: expected a JSON array of records.");
        return items.Select((item, i) => item is JsonObject o
                ? new SourceRecord(i + 1, o.ToJsonString(), null)
                : throw new SampleDataException($"{path}: record #{i + 1} is not a JSON object."))
            .ToList();
    }

    /// <summary>Reads an RFC 4180 CSV file with a header row; empty cells become null.</summary>
    public static IReadOnlyList<SourceRecord> ReadCsv(string path)
    {
        var rows = ParseCsv(File.ReadAllText(path, Encoding.UTF8));
        if (rows.Count == 0)
            throw new SampleDataException($"{path}: the file is empty; expected a header row.");
        var header = rows[0];
        var records = new List<SourceRecord>();
        for (var r = 1; r < rows.Count; r++)
        {
            if (rows[r].Count == 1 && rows[r][0] == "")
                continue;
            if (rows[r].Count != header.Count)
                throw new SampleDataException($"{path}: line {r + 1} has {rows[r].Count} cells, the header has {header.Count}.");
            var o = new JsonObject();
            for (var c = 0; c < header.Count; c++)
                o[header[c]] = rows[r][c] == "" ? null : rows[r][c];
            records.Add(new SourceRecord(r, o.ToJsonString(), null));
        }
        return records;
    }

    private static JsonNode? ParseJson(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (JsonException e)
        {
            throw new SampleDataException($"{path}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }

    private static int DeclaredSrid(string path, JsonNode? crs)
    {
        if (crs is null)
            return Wgs84;
        var name = crs["properties"]?["name"]?.GetValue<string>() ?? "";
        return name switch
        {
            "urn:ogc:def:crs:OGC:1.3:CRS84" or "urn:ogc:def:crs:OGC::CRS84" or "EPSG:4326" or "urn:ogc:def:crs:EPSG::4326" => Wgs84,
            "urn:ogc:def:crs:EPSG::9215" or "EPSG:9215" => 9215,
            _ => throw new SampleDataException(
                $"{path}: unsupported coordinate system \"{name}\". Use WGS84 (EPSG:4326) or VN-2000 / TM-3 Lạng Sơn (EPSG:9215)."),
        };
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (ch == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else cell.Append(ch);
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
