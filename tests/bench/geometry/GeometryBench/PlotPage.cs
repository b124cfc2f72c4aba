using System.Buffers;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Npgsql;

namespace PlanningGIS.Bench.Geometry;

/// <summary>
/// (a) A page of plots with their geometries, written as the JSON a GraphQL response carries:
/// today PostGIS writes each GeoJSON (ST_AsGeoJSON, 9 decimals) and the API passes the text through;
/// the alternative reads NTS geometries over Npgsql (WKB) and writes them with GeoJSON4STJ.
/// </summary>
public sealed class PlotPage(NpgsqlDataSource plain, NpgsqlDataSource nts, int size)
{
    private const string Page = "from plots p order by p.id limit $1";

    // Coordinates are rounded to 9 decimals on reading, as ST_AsGeoJSON(…, 9) does, so that both write the same numbers.
    public static readonly PrecisionModel NineDecimals = new(1e9);

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public async Task<string> PostGisGeoJsonAsync()
    {
        var output = new ArrayBufferWriter<byte>(64 * 1024);
        await using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartArray();
            await using var cmd = plain.CreateCommand($"select p.id, p.code, ST_AsGeoJSON(p.boundary, 9) {Page}");
            cmd.Parameters.Add(new() { Value = size });
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", reader.GetInt64(0));
                writer.WriteString("code", reader.GetString(1));
                writer.WritePropertyName("geometry");
                writer.WriteRawValue(reader.GetString(2), skipInputValidation: true);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return $"{output.WrittenCount / 1024.0:F1} KB of JSON";
    }

    public async Task<string> NtsGeoJson4StjAsync()
    {
        var output = new ArrayBufferWriter<byte>(64 * 1024);
        await using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartArray();
            await using var cmd = nts.CreateCommand($"select p.id, p.code, p.boundary {Page}");
            cmd.Parameters.Add(new() { Value = size });
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", reader.GetInt64(0));
                writer.WriteString("code", reader.GetString(1));
                writer.WritePropertyName("geometry");
                JsonSerializer.Serialize(writer, reader.GetFieldValue<NetTopologySuite.Geometries.Geometry>(2), GeoJson);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return $"{output.WrittenCount / 1024.0:F1} KB of JSON";
    }

    /// <summary>What each way sends from PostgreSQL: GeoJSON text against (E)WKB.</summary>
    public async Task<string> WireBytesAsync()
    {
        await using var cmd = plain.CreateCommand(
            $"select sum(octet_length(ST_AsGeoJSON(b, 9))), sum(octet_length(ST_AsEWKB(b))), sum(ST_NPoints(b)) from (select p.boundary b {Page}) s");
        cmd.Parameters.Add(new() { Value = size });
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetInt64(2)} vertices; from PostgreSQL: GeoJSON {reader.GetInt64(0) / 1024.0:F1} KB, EWKB {reader.GetInt64(1) / 1024.0:F1} KB";
    }

    /// <summary>Both ways must write the same geometries (compared as parsed JSON numbers).</summary>
    public async Task<string> CompareAsync()
    {
        await using var cmd = plain.CreateCommand($"select ST_AsGeoJSON(p.boundary, 9), p.id {Page}");
        cmd.Parameters.Add(new() { Value = size });
        await using var ntsCmd = nts.CreateCommand($"select p.boundary, p.id {Page}");
        ntsCmd.Parameters.Add(new() { Value = size });
        var texts = new List<string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) texts.Add(reader.GetString(0));
        var differences = 0;
        var maxDelta = 0.0;
        var i = 0;
        await using (var reader = await ntsCmd.ExecuteReaderAsync())
            while (await reader.ReadAsync())
            {
                var ours = JsonDocument.Parse(texts[i++]).RootElement.GetProperty("coordinates");
                var theirs = JsonDocument.Parse(JsonSerializer.Serialize(reader.GetFieldValue<NetTopologySuite.Geometries.Geometry>(0), GeoJson)).RootElement.GetProperty("coordinates");
                var (a, b) = (Numbers(ours).ToList(), Numbers(theirs).ToList());
                if (a.Count != b.Count) differences++;
                else maxDelta = Math.Max(maxDelta, a.Zip(b).Max(p => Math.Abs(p.First - p.Second)));
            }
        return $"{texts.Count} plots, {differences} with another vertex count, largest coordinate difference {maxDelta:E1}°";
    }

    private static IEnumerable<double> Numbers(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().SelectMany(Numbers) : [e.GetDouble()];
}
