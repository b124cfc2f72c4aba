using System.Text;
using System.Text.Json.Nodes;
using Npgsql;
using PlanningGIS.Planning.Imports.Encoding;

namespace PlanningGIS.Planning.Imports;

/// <summary>How a dataset's text is read: what GDAL is told, and what we convert ourselves.</summary>
public sealed record EncodingPlan(string Name, string Dataset, IReadOnlyList<string> OpenOptions, IReadOnlyDictionary<string, string> Config,
    VietnameseEncoding? Recode, List<string> Notes);

/// <summary>
/// Vietnamese text in the board's files comes in UTF-8, CP1258, TCVN3 (ABC) or VNI. GDAL 3.6 drops the
/// last character of every string it decodes through CP1258 or TCVN3 (interop.md), so GDAL never
/// decodes a legacy encoding here: a Shapefile's DBF is read as ISO-8859-1 (every byte kept) and its
/// strings converted after staging; a DXF or CSV is converted to UTF-8 as a whole file first.
/// Formats that are UTF-8 by definition (GeoPackage, GeoJSON, KML, FlatGeobuf, XLSX) are read as they are.
/// </summary>
public static class ImportEncoding
{
    private const int SampleBytes = 4 * 1024 * 1024;

    public static async Task<EncodingPlan> PrepareAsync(ImportFile file, CancellationToken ct)
    {
        switch (file.Kind)
        {
            case ".shp":
                return await ShapefileAsync(file.Dataset, ImportFile.FirstShapefile(file.Dataset), ct);
            case ".dxf" or ".csv":
                return await WholeFileAsync(file, ct);
            default:
                return new EncodingPlan("utf8", file.Dataset, [], new Dictionary<string, string>(), null, []);
        }
    }

    /// <summary>A folder of Shapefiles from one zip is taken to share the first one's encoding (one surveyor, one tool).</summary>
    private static async Task<EncodingPlan> ShapefileAsync(string dataset, string shp, CancellationToken ct)
    {
        var cpg = SideFile(shp, ".cpg");
        var declared = cpg is null ? "" : (await File.ReadAllTextAsync(cpg, ct)).Trim().ToUpperInvariant();
        if (declared is "UTF-8" or "UTF8" or "65001")
            return new EncodingPlan("utf8", dataset, ["ENCODING=UTF-8"], new Dictionary<string, string>(), null, []);
        var dbf = SideFile(shp, ".dbf")!;
        var detected = VietnameseText.Detect(DbfRecords(dbf)).Encoding;
        var notes = new List<string> { Described(detected, cpg is null ? "tệp .cpg không có" : $"tệp .cpg ghi \"{declared}\"") };
        // ISO-8859-1 maps every byte to one character, so the legacy bytes survive staging intact.
        return detected is VietnameseEncoding.Utf8 or VietnameseEncoding.Ascii
            ? new EncodingPlan(Name(detected), dataset, ["ENCODING=UTF-8"], new Dictionary<string, string>(), null, notes)
            : new EncodingPlan(Name(detected), dataset, ["ENCODING=ISO-8859-1"], new Dictionary<string, string>(), detected, notes);
    }

    /// <summary>A DXF before 2007 and a CSV carry their code page in their bytes: a legacy one is rewritten as UTF-8.</summary>
    private static async Task<EncodingPlan> WholeFileAsync(ImportFile file, CancellationToken ct)
    {
        var sample = new byte[(int)Math.Min(SampleBytes, new FileInfo(file.Dataset).Length)];
        await using (var input = File.OpenRead(file.Dataset))
            await input.ReadExactlyAsync(sample, ct);
        var config = new Dictionary<string, string>();
        if (file.Kind == ".dxf")
            config["DXF_ENCODING"] = "UTF-8";
        var detected = VietnameseText.Detect(sample).Encoding;
        if (detected is VietnameseEncoding.Utf8 or VietnameseEncoding.Ascii)
            return new EncodingPlan(Name(detected), file.Dataset, [], config, null, []);
        var converted = Path.Combine(file.Folder, "utf8" + file.Kind);
        // Line by line: no legacy character spans a line break, and a large drawing is never held whole.
        using (var reader = new StreamReader(file.Dataset, System.Text.Encoding.Latin1))
        await using (var writer = new StreamWriter(converted, false, new UTF8Encoding(false)))
            while (await reader.ReadLineAsync(ct) is { } line)
                await writer.WriteLineAsync(VietnameseText.Decode(System.Text.Encoding.Latin1.GetBytes(line), detected));
        return new EncodingPlan(Name(detected), converted, [], config, null, [Described(detected, "tệp không ghi bảng mã")]);
    }

    /// <summary>
    /// Converts the staged strings (field names and values, read as ISO-8859-1) from the legacy
    /// encoding, in batches, so a 100,000-row table is never held whole.
    /// </summary>
    public static async Task RecodeAsync(NpgsqlDataSource db, Guid importId, VietnameseEncoding encoding, CancellationToken ct)
    {
        const int batch = 5000;
        for (var after = 0; ; )
        {
            var numbers = new List<int>();
            var attributes = new List<string>();
            await using (var read = db.CreateCommand("""
                select feature_no, attributes::text from staging.import_features
                where import_id = @id and feature_no > @after order by feature_no limit @batch
                """))
            {
                read.Parameters.AddWithValue("id", importId);
                read.Parameters.AddWithValue("after", after);
                read.Parameters.AddWithValue("batch", batch);
                await using var reader = await read.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    numbers.Add(reader.GetInt32(0));
                    attributes.Add(Recoded(JsonNode.Parse(reader.GetString(1))!.AsObject(), encoding).ToJsonString());
                }
            }
            if (numbers.Count == 0)
                return;
            await using (var write = db.CreateCommand("""
                update staging.import_features f set attributes = v.attributes::jsonb
                from unnest(@numbers, @attributes) v(feature_no, attributes)
                where f.import_id = @id and f.feature_no = v.feature_no
                """))
            {
                write.Parameters.AddWithValue("id", importId);
                write.Parameters.AddWithValue("numbers", numbers.ToArray());
                write.Parameters.AddWithValue("attributes", attributes.ToArray());
                await write.ExecuteNonQueryAsync(ct);
            }
            after = numbers[^1];
        }
    }

    private static JsonObject Recoded(JsonObject attributes, VietnameseEncoding encoding)
    {
        var result = new JsonObject();
        foreach (var (name, value) in attributes)
            result[Decoded(name, encoding)] = value is JsonValue v && v.TryGetValue<string>(out var text)
                ? JsonValue.Create(Decoded(text, encoding))
                : value?.DeepClone();
        return result;
    }

    private static string Decoded(string latin1, VietnameseEncoding encoding) =>
        VietnameseText.Decode(System.Text.Encoding.Latin1.GetBytes(latin1), encoding);

    /// <summary>The bytes of a DBF's records (after its header), where the text fields are.</summary>
    private static byte[] DbfRecords(string dbf)
    {
        using var file = File.OpenRead(dbf);
        var header = new byte[32];
        if (file.Read(header) < 32)
            return [];
        file.Position = BitConverter.ToUInt16(header, 8);
        var records = new byte[(int)Math.Min(SampleBytes, Math.Max(0, file.Length - file.Position))];
        file.ReadExactly(records);
        return records;
    }

    private static string? SideFile(string path, string extension) =>
        new[] { extension, extension.ToUpperInvariant() }.Select(e => Path.ChangeExtension(path, e)).FirstOrDefault(File.Exists);

    private static string Name(VietnameseEncoding encoding) => encoding switch
    {
        VietnameseEncoding.Cp1258 => "cp1258",
        VietnameseEncoding.Tcvn3 => "tcvn3",
        VietnameseEncoding.Vni => "vni",
        VietnameseEncoding.Ascii => "ascii",
        _ => "utf8",
    };

    private static string Described(VietnameseEncoding encoding, string why) => encoding switch
    {
        VietnameseEncoding.Cp1258 => $"Bảng mã nhận dạng: Windows-1258 ({why}); đã chuyển sang Unicode (NFC).",
        VietnameseEncoding.Tcvn3 => $"Bảng mã nhận dạng: TCVN3 (ABC) ({why}); đã chuyển sang Unicode. " +
                                    "TCVN3 không có chữ hoa có dấu: chữ gõ bằng phông chữ hoa (.VnTimeH) có thể đã thành chữ thường.",
        VietnameseEncoding.Vni => $"Bảng mã nhận dạng: VNI ({why}); đã chuyển sang Unicode.",
        _ => $"Bảng mã: UTF-8 ({why}).",
    };
}
