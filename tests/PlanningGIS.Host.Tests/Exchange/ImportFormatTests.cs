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

    [Fact]
    public async Task A_zip_of_several_Shapefiles_is_read_as_layers_with_only_the_polygon_layers_on_by_default()
    {
        await new ImportClient(host).TestZoneAsync();
        var folder = Directory.CreateTempSubdirectory("planninggis-shapefiles-").FullName;
        byte[] content;
        try
        {
            var source = Path.Combine(folder, "source.geojson");
            await File.WriteAllTextAsync(source, Source.Replace("FMT-", "SHP-"));
            await OgrAsync("-f", "ESRI Shapefile", Path.Combine(folder, "lo_dat.shp"), source, "-lco", "ENCODING=UTF-8");
            // The same survey's road centre line and boundary marks, as separate Shapefiles.
            await OgrAsync("-f", "ESRI Shapefile", Path.Combine(folder, "duong.shp"), source, "-lco", "ENCODING=UTF-8",
                "-dialect", "SQLite", "-sql", "SELECT code, MakeLine(ST_StartPoint(ST_ExteriorRing(geometry)), ST_PointN(ST_ExteriorRing(geometry), 3)) AS geometry FROM source");
            await OgrAsync("-f", "ESRI Shapefile", Path.Combine(folder, "moc.shp"), source, "-lco", "ENCODING=UTF-8",
                "-dialect", "SQLite", "-sql", "SELECT code, ST_PointOnSurface(geometry) AS geometry FROM source");
            using var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var part in Directory.GetFiles(folder).Where(f => !f.EndsWith(".geojson")))
                    archive.CreateEntryFromFile(part, "khao-sat/" + Path.GetFileName(part));
            content = zip.ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        var planner = new ImportClient(host);

        var (status, preview) = await planner.UploadAsync("khao-sat.zip", content, "plots");

        Assert.True(status == HttpStatusCode.Created, preview.ToString());
        Assert.Equal(["duong", "lo_dat", "moc"], preview.GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        var layerMap = preview.GetProperty("layerMap");
        Assert.True(layerMap.GetProperty("lo_dat").GetBoolean());
        Assert.False(layerMap.GetProperty("duong").GetBoolean());
        Assert.False(layerMap.GetProperty("moc").GetBoolean());
        Assert.Equal("file", preview.GetProperty("crs").GetProperty("source").GetString());
        Assert.Equal((2, 4, 0), (preview.GetProperty("counts").GetProperty("create").GetInt32(),
            preview.GetProperty("counts").GetProperty("skip").GetInt32(), preview.GetProperty("errors").GetInt32()));

        var (committed, result) = await planner.CommitAsync(preview.GetProperty("id").GetString()!, "Quyết định 30/QĐ-BQL");

        Assert.True(committed == HttpStatusCode.OK, result.ToString());
        await using var cmd = host.Database.CreateCommand("select count(*) from plots where code like 'SHP-%'");
        Assert.Equal(2L, await cmd.ExecuteScalarAsync());
    }

    private static async Task OgrAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, errors);
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
