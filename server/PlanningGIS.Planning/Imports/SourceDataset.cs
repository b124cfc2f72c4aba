using System.Text.RegularExpressions;
using PlanningGIS.Planning.Exchange;

namespace PlanningGIS.Planning.Imports;

/// <summary>
/// What GDAL says about an uploaded dataset before it is read: its driver (fixed by the file's type,
/// so a mislabelled file is refused rather than guessed), its layers with their geometry types and
/// counts, and the EPSG code of its CRS when the file carries one GDAL can identify.
/// </summary>
public sealed partial record SourceDataset(string Driver, IReadOnlyList<SourceLayer> Layers, int? FileSrid, bool HasUnidentifiedCrs)
{
    /// <summary>The GDAL driver a file type must open with.</summary>
    public static string DriverFor(string kind) => kind switch
    {
        ".gpkg" => "GPKG",
        ".shp" => "ESRI Shapefile",
        ".dxf" => "DXF",
        ".dwg" => "CAD",
        ".kml" or ".kmz" => "LIBKML",
        ".geojson" or ".json" => "GeoJSON",
        ".fgb" => "FlatGeobuf",
        ".csv" => "CSV",
        ".xlsx" => "XLSX",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static readonly Dictionary<string, string> TypeNames = new()
    {
        ["GPKG"] = "GeoPackage", ["ESRI Shapefile"] = "Shapefile", ["DXF"] = "DXF", ["CAD"] = "DWG", ["LIBKML"] = "KML",
        ["GeoJSON"] = "GeoJSON", ["FlatGeobuf"] = "FlatGeobuf", ["CSV"] = "CSV", ["XLSX"] = "XLSX",
    };

    public static async Task<SourceDataset> ReadAsync(string path, string kind, IReadOnlyList<string> openOptions, CancellationToken ct)
    {
        var driver = DriverFor(kind);
        var arguments = new List<string> { "-ro", "-so", "-al" };
        foreach (var option in openOptions)
            arguments.AddRange(["-oo", option]);
        arguments.Add(path);
        var info = await Gdal.RunAsync("ogrinfo", arguments, ct);
        if (!info.Succeeded || info.Output.Contains("FAILURE:", StringComparison.Ordinal))
            throw ImportFile.Refused(
                $"Không đọc được tệp như một tệp {TypeNames[driver]}: tệp bị hỏng, không đầy đủ hoặc không đúng loại.",
                FirstLine(info.Errors) ?? "GDAL could not open the file");
        // GDAL 3.6 cannot be told which driver to use (-if came in 3.7): the one that opened the file must be the expected one.
        var opened = OpenedBy().Match(info.Output).Groups[1].Value;
        if (opened != driver && !(driver == "LIBKML" && opened == "KML"))
            throw ImportFile.Refused(
                $"Tệp có đuôi {kind} nhưng nội dung không phải {TypeNames[driver]}" +
                (TypeNames.TryGetValue(opened, out var actual) ? $" (GDAL đọc được nó như {actual})." : "."),
                $"opened by {opened}, expected {driver}");
        var layers = ParseLayers(info.Output);
        if (layers.Count == 0 || layers.All(l => l.FeatureCount == 0))
            throw ImportFile.Refused("Tệp không có đối tượng nào để nhập.", "no features");
        if (layers.Sum(l => Math.Max(0, l.FeatureCount)) is var total and > ImportFile.MaxFeatures)
            throw TooMany(total);

        var srs = await Gdal.RunAsync("gdalsrsinfo", ["-e", "-o", "epsg", kind == ".shp" ? ImportFile.FirstShapefile(path) : path], ct);
        var match = EpsgCode().Match(srs.Output);
        int? srid = match.Success && int.Parse(match.Groups[1].Value) > 0 ? int.Parse(match.Groups[1].Value) : null;
        var hasCrs = layers.Any(l => l.HasCrs);
        return new SourceDataset(driver, layers, srid, hasCrs && srid is null);
    }

    public static PlanningError TooMany(long count) => ImportFile.Refused(
        $"Tệp có {Vietnamese(count)} đối tượng, vượt giới hạn {Vietnamese(ImportFile.MaxFeatures)} đối tượng cho một lần nhập. " +
        "Hãy chia tệp thành nhiều phần.", "too many features");

    // 250.000: Vietnamese groups thousands with dots.
    private static string Vietnamese(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

    private static List<SourceLayer> ParseLayers(string output)
    {
        var layers = new List<SourceLayer>();
        string? name = null, geometry = null;
        long count = 0;
        bool crs = false;
        var lines = output.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("Layer name: ", StringComparison.Ordinal))
            {
                if (name is not null)
                    layers.Add(new SourceLayer(name, geometry ?? "Unknown", count, crs));
                (name, geometry, count, crs) = (line["Layer name: ".Length..], null, 0, false);
            }
            else if (line.StartsWith("Geometry: ", StringComparison.Ordinal))
                geometry = line["Geometry: ".Length..];
            else if (line.StartsWith("Feature Count: ", StringComparison.Ordinal))
                count = long.Parse(line["Feature Count: ".Length..]);
            else if (line.StartsWith("Layer SRS WKT:", StringComparison.Ordinal))
                crs = i + 1 < lines.Length && !lines[i + 1].StartsWith("(unknown)", StringComparison.Ordinal);
        }
        if (name is not null)
            layers.Add(new SourceLayer(name, geometry ?? "Unknown", count, crs));
        return layers;
    }

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    [GeneratedRegex("using driver `([^']+)' successful")]
    private static partial Regex OpenedBy();

    [GeneratedRegex(@"EPSG:(-?\d+)")]
    private static partial Regex EpsgCode();
}

/// <summary>A layer as ogrinfo lists it: "3D Polygon", "Multi Surface" and "Measured" say what is dropped or stroked.</summary>
public sealed record SourceLayer(string Name, string GeometryType, long FeatureCount, bool HasCrs)
{
    public bool HasZ => GeometryType.StartsWith("3D", StringComparison.Ordinal);
    public bool HasM => GeometryType.Contains("Measured", StringComparison.Ordinal);
    public bool HasCurves => GeometryType.Contains("Curve", StringComparison.Ordinal) || GeometryType.Contains("Surface", StringComparison.Ordinal);
}
