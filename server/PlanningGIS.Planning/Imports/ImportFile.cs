using System.IO.Compression;
using System.Security.Cryptography;

namespace PlanningGIS.Planning.Imports;

/// <summary>
/// An uploaded file in a working folder of its own: saved with its SHA-256, unpacked when it is a
/// zip (within limits that stop zip bombs and paths that leave the folder), and the one dataset
/// GDAL should open found in it. Every refusal is BAD_FILE with a sentence saying what is wrong.
/// </summary>
public sealed class ImportFile : IDisposable
{
    public const long MaxUploadBytes = 512L * 1024 * 1024;
    public const long MaxExpandedBytes = 1L * 1024 * 1024 * 1024;
    public const int MaxZipEntries = 2_000;
    /// <summary>Features in one import: a survey or a zone's plots is thousands; a million tiny features is a mistake or an attack.</summary>
    public const int MaxFeatures = 250_000;

    // What GDAL opens, by extension; the first found in a zip wins in this order.
    private static readonly string[] DatasetExtensions =
        [".gpkg", ".shp", ".dxf", ".dwg", ".kml", ".kmz", ".geojson", ".json", ".fgb", ".csv", ".xlsx"];

    private ImportFile(string folder, string fileName, string sha256, long size, string dataset)
    {
        Folder = folder;
        FileName = fileName;
        Sha256 = sha256;
        SizeBytes = size;
        Dataset = dataset;
    }

    public string Folder { get; }
    public string FileName { get; }
    public string Sha256 { get; }
    public long SizeBytes { get; }

    /// <summary>The file GDAL opens (inside the folder).</summary>
    public string Dataset { get; }

    /// <summary>The dataset's extension, lower case with the dot (".shp").</summary>
    /// <summary>The dataset's type; a folder holds several Shapefiles from one zip, each a layer.</summary>
    public string Kind => Directory.Exists(Dataset) ? ".shp" : Path.GetExtension(Dataset).ToLowerInvariant();

    /// <summary>The Shapefile whose .prj/.cpg/.dbf speak for the dataset: itself, or a folder's first.</summary>
    public static string FirstShapefile(string dataset) => Directory.Exists(dataset)
        ? Directory.EnumerateFiles(dataset).Where(f => f.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).First()
        : dataset;

    public static async Task<ImportFile> ReceiveAsync(Stream content, string fileName, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (name.Length == 0)
            throw Refused("Tệp tải lên không có tên.", "no file name");
        var folder = Directory.CreateTempSubdirectory("planninggis-import-").FullName;
        try
        {
            var saved = Path.Combine(folder, "upload" + Path.GetExtension(name).ToLowerInvariant());
            string sha256;
            long size;
            await using (var file = File.Create(saved))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                size = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > MaxUploadBytes)
                        throw Refused($"Tệp lớn hơn giới hạn {MaxUploadBytes / 1024 / 1024} MB. Hãy chia nhỏ dữ liệu.", "too large");
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            if (size == 0)
                throw Refused("Tệp rỗng (0 byte).", "empty");
            // KMZ and XLSX are zips too, read as they are by GDAL.
            var dataset = IsZip(saved) && !name.EndsWith(".kmz", StringComparison.OrdinalIgnoreCase)
                          && !name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                ? Unzip(saved, Path.Combine(folder, "unzipped"))
                : saved;
            if (!Directory.Exists(dataset) && !DatasetExtensions.Contains(Path.GetExtension(dataset).ToLowerInvariant()))
                throw Refused($"Không nhận dạng được loại tệp \"{name}\". Hãy gửi DXF, DWG, Shapefile (nén zip), GeoPackage, " +
                              "KML/KMZ, GeoJSON, FlatGeobuf, CSV hoặc XLSX.", "unknown type");
            return new ImportFile(folder, name, sha256, size, dataset);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    private static bool IsZip(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        return file.Read(magic) == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    /// <summary>
    /// Extracts entry by entry, counting what is really written (an entry's declared size can lie), and
    /// returns the dataset inside. A Shapefile needs its .dbf and .shx next to the .shp.
    /// </summary>
    private static string Unzip(string zipPath, string target)
    {
        Directory.CreateDirectory(target);
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException e)
        {
            throw Refused("Tệp zip bị hỏng hoặc không đầy đủ; không mở được.", e.Message);
        }
        using (archive)
        {
            var entries = archive.Entries.Where(e => !string.IsNullOrEmpty(e.Name)).ToList();
            if (entries.Count == 0)
                throw Refused("Tệp zip không chứa tệp nào.", "empty zip");
            if (entries.Count > MaxZipEntries)
                throw Refused($"Tệp zip chứa {entries.Count} tệp, vượt giới hạn {MaxZipEntries}.", "too many entries");
            long written = 0;
            var buffer = new byte[81920];
            foreach (var entry in entries)
            {
                var path = Path.GetFullPath(Path.Combine(target, entry.FullName));
                if (!path.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw Refused($"Tệp zip có đường dẫn không hợp lệ ({entry.FullName}).", "path outside the folder");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                try
                {
                    using var input = entry.Open();
                    using var output = File.Create(path);
                    int read;
                    while ((read = input.Read(buffer)) > 0)
                    {
                        written += read;
                        if (written > MaxExpandedBytes)
                            throw Refused($"Tệp zip khi giải nén lớn hơn {MaxExpandedBytes / 1024 / 1024 / 1024} GB (có thể là \"zip bomb\").",
                                "expanded size over the limit");
                        output.Write(buffer, 0, read);
                    }
                }
                catch (InvalidDataException e)
                {
                    throw Refused($"Tệp zip bị hỏng ở mục {entry.FullName}; không giải nén được.", e.Message);
                }
            }
            var found = DatasetExtensions
                .Select(extension => entries.FirstOrDefault(e => e.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(e => e is not null)
                ?? throw Refused("Trong tệp zip không có dữ liệu đọc được (Shapefile .shp, GeoPackage, DXF, KML, GeoJSON, CSV, XLSX...).",
                    "no dataset in the zip");
            var dataset = Path.GetFullPath(Path.Combine(target, found.FullName));
            if (!dataset.EndsWith(".shp", StringComparison.OrdinalIgnoreCase))
                return dataset;
            // A surveyor's zip often holds several Shapefiles (parcels, roads, labels): GDAL reads their folder
            // as one dataset with a layer each, and the user maps each layer as for a drawing's CAD layers.
            var folder = Path.GetDirectoryName(dataset)!;
            var shapefiles = Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var shapefile in shapefiles)
                foreach (var part in new[] { ".dbf", ".shx" })
                    if (!File.Exists(Path.ChangeExtension(shapefile, part)) && !File.Exists(Path.ChangeExtension(shapefile, part.ToUpperInvariant())))
                        throw Refused($"Shapefile thiếu tệp {part} đi kèm {Path.GetFileName(shapefile)}. Hãy nén đủ .shp, .shx, .dbf (và .prj, .cpg).",
                            "shapefile part missing");
            return shapefiles.Count > 1 ? folder : dataset;
        }
    }

    public static PlanningError Refused(string message, string reason) =>
        new(ErrorCodes.BadFile, message, new Dictionary<string, object?> { ["reason"] = reason });

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
