using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace PlanningGIS.Host.Tests.Exchange;

/// <summary>
/// The same two plots written by GDAL (ogr2ogr) into every format a planner brings, then imported: each
/// file gives the same codes, land use, floors and areas (to 1 cm², i.e. the geometry to well under
/// 1 mm), with its CRS read from the file where the format carries one. (KML calls "name" "Name", and a
/// Shapefile cuts field names at 10 characters: "land_use_c" must still map to the land use.)
/// </summary>
public sealed class ImportFormatTests(HostFixture host) : IClassFixture<HostFixture>
{
    // EPSG:9215, east of Đồng Bành where the sample has nothing; 40 × 25 m and 30 × 25 m.
    private const string Source = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::9215"}},"features":[
        {"type":"Feature","properties":{"code":"FMT-1","land_use_code":"SKK","max_floors":3,"name":"Lô đất nhập thử một"},
         "geometry":{"type":"Polygon","coordinates":[[[429010.125,2395510.5],[429050.125,2395510.5],[429050.125,2395535.5],[429010.125,2395535.5],[429010.125,2395510.5]]]}},
        {"type":"Feature","properties":{"code":"FMT-2","land_use_code":"TMD","max_floors":5,"name":"Lô đất nhập thử hai"},
         "geometry":{"type":"Polygon","coordinates":[[[429050.125,2395510.5],[429080.125,2395510.5],[429080.125,2395535.5],[429050.125,2395535.5],[429050.125,2395510.5]]]}}]}
        """;

    public static TheoryData<string, string, string[], int?> Formats => new()
    {
        // file name, GDAL driver, extra ogr2ogr arguments, the EPSG code the file itself declares
        { "lo.gpkg", "GPKG", [], 9215 },
        { "lo.shp.zip", "ESRI Shapefile", ["-lco", "ENCODING=UTF-8"], 9215 },
        { "lo.fgb", "FlatGeobuf", [], 9215 },
        { "lo.geojson", "GeoJSON", ["-t_srs", "EPSG:4326"], 4326 },
        { "lo.kml", "LIBKML", ["-t_srs", "EPSG:4326"], 4326 },
        { "lo.csv", "CSV", ["-lco", "GEOMETRY=AS_WKT"], null },
        // GDAL's XLSX driver writes no geometry: a WKT column, as an Excel user would keep it.
        { "lo.xlsx", "XLSX", ["-dialect", "SQLite", "-sql", "SELECT code, land_use_code, max_floors, name, ST_AsText(geometry) AS wkt FROM source"], null },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_file_written_by_GDAL_is_read_back_with_its_codes_attributes_and_areas(string name, string driver, string[] options,
        int? declared)
    {
        await new ImportClient(host).TestZoneAsync();
        var content = await WriteAsync(name, driver, options);

        var (status, preview) = await new ImportClient(host).UploadAsync(name, content, "plots");

        Assert.True(status == HttpStatusCode.Created, preview.ToString());
        Assert.Equal(0, preview.GetProperty("errors").GetInt32());
        Assert.Equal(2, preview.GetProperty("counts").GetProperty("create").GetInt32());
        var crs = preview.GetProperty("crs");
        Assert.Equal(declared is null ? "detected" : "file", crs.GetProperty("source").GetString());
        if (declared is not null)
            Assert.Equal(declared, crs.GetProperty("srid").GetInt32());
        var (_, features) = await new ImportClient(host).GetAsync(preview.GetProperty("id").GetString()!, "/features");
        var byCode = features.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .ToDictionary(p => p.GetProperty("code").GetString()!);
        Assert.Equal(1000, byCode["FMT-1"].GetProperty("areaM2").GetDouble(), 0.01);
        Assert.Equal(750, byCode["FMT-2"].GetProperty("areaM2").GetDouble(), 0.01);
        await using var cmd = host.Database.CreateCommand(
            "select mapped ->> 'land_use_code', mapped ->> 'max_floors', coalesce(attributes ->> 'name', attributes ->> 'Name') from staging.import_features where import_id = @id and code = 'FMT-2'");
        cmd.Parameters.AddWithValue("id", Guid.Parse(preview.GetProperty("id").GetString()!));
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("TMD", reader.GetString(0));
        Assert.Equal("5", reader.GetString(1));
        Assert.Equal("Lô đất nhập thử hai", reader.GetString(2));
    }

    /// <summary>The source written by ogr2ogr into the format; a Shapefile's parts zipped together.</summary>
    private static async Task<byte[]> WriteAsync(string name, string driver, string[] options)
    {
        var folder = Directory.CreateTempSubdirectory("planninggis-format-").FullName;
        try
        {
            var source = Path.Combine(folder, "source.geojson");
            await File.WriteAllTextAsync(source, Source);
            var target = Path.Combine(folder, name.EndsWith(".shp.zip") ? "lo.shp" : name);
            var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardError = true };
            foreach (var argument in new[] { "-f", driver, target, source }.Concat(options))
                start.ArgumentList.Add(argument);
            using (var process = Process.Start(start)!)
            {
                var errors = await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                Assert.True(process.ExitCode == 0, errors);
            }
            if (!name.EndsWith(".shp.zip"))
                return await File.ReadAllBytesAsync(target);
            using var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var part in Directory.GetFiles(folder, "lo.*"))
                    archive.CreateEntryFromFile(part, Path.GetFileName(part));
            return zip.ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
