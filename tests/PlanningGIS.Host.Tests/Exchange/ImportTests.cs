using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PlanningGIS.Host.Tests.Exchange;

/// <summary>
/// Importing files over HTTP, from upload to commit: the CRS of a file that carries none, mapping,
/// checks with located problems, all-or-nothing commits with history, audit and source, and the
/// refusals of bad files. The new plots go into a zone the tests import first, east of Đồng Bành
/// (E 429,000–429,600, N 2,395,000–2,395,600 on EPSG:9215), where the sample has nothing.
/// </summary>
public sealed class ImportTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ImportClient planner = new(host);

    // As a surveyor writes it: X is the northing (≈ 2.4 million), Y the easting; one boundary per plot code.
    private static string SurveyorTable(int floors) => $"""
        Mã lô,Điểm,X (m),Y (m),Loại đất,Tầng cao
        IMP-T1,1,2395010.000,429010.000,SKK,{floors}
        IMP-T1,2,2395010.000,429110.000,SKK,{floors}
        IMP-T1,3,2395110.000,429110.000,SKK,{floors}
        IMP-T1,4,2395110.000,429010.000,SKK,{floors}
        IMP-T2,1,2395010.000,429110.000,TMD,{floors}
        IMP-T2,2,2395010.000,429210.000,TMD,{floors}
        IMP-T2,3,2395110.000,429210.000,TMD,{floors}
        IMP-T2,4,2395110.000,429110.000,TMD,{floors}
        """;

    [Fact]
    public async Task A_surveyors_coordinate_table_becomes_plots_once_the_detected_crs_is_confirmed()
    {
        await planner.TestZoneAsync();
        var table = SurveyorTable(3);

        var (status, preview) = await planner.UploadAsync("bang-toa-do.csv", table, "plots");

        Assert.Equal(HttpStatusCode.Created, status);
        var id = preview.GetProperty("id").GetString()!;
        var crs = preview.GetProperty("crs");
        Assert.Equal(9215, crs.GetProperty("srid").GetInt32());
        Assert.Equal("detected", crs.GetProperty("source").GetString());
        Assert.False(crs.GetProperty("confirmed").GetBoolean());
        Assert.Equal(9215, crs.GetProperty("candidates")[0].GetProperty("srid").GetInt32());
        // The best candidate's box for the map holds the table's points (E 429,010–429,210, N 2,395,010–2,395,110).
        var box = crs.GetProperty("candidates")[0].GetProperty("bbox").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        var (west, south) = PlanningGIS.Planning.Geometry.Vn2000.ToWgs84Point(429010, 2395010);
        var (east, north) = PlanningGIS.Planning.Geometry.Vn2000.ToWgs84Point(429210, 2395110);
        Assert.Equal([west, south, east, north], box, (a, b) => Math.Abs(a - b) < 1e-5);
        Assert.Equal("Mã lô", preview.GetProperty("fieldMap").GetProperty("code").GetString());
        Assert.Equal("Loại đất", preview.GetProperty("fieldMap").GetProperty("land_use_code").GetString());
        Assert.Equal(2, preview.GetProperty("counts").GetProperty("create").GetInt32());
        Assert.Equal(0, preview.GetProperty("errors").GetInt32());
        Assert.Contains(Problems(preview), p => p.Problem == "CRS_UNCONFIRMED");

        var (refused, refusal) = await planner.CommitAsync(id, "Quyết định 15/QĐ-BQL");
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal("srid", refusal.GetProperty("details").GetProperty("field").GetString());
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from plots where code like 'IMP-T%'"));

        await planner.ChangeAsync(id, new { srid = 9215 });
        var (committed, result) = await planner.CommitAsync(id, "Quyết định 15/QĐ-BQL");

        Assert.True(committed == HttpStatusCode.OK, result.ToString());
        Assert.Equal("committed", result.GetProperty("status").GetString());
        Assert.Equal(2, result.GetProperty("written").GetInt32());
        await using var rows = host.Database.CreateCommand("""
            select p.code, z.code, p.land_use_code, p.max_floors, p.area_m2, p.legal_basis, p.changed_by, p.version
            from plots p join zones z on z.id = p.zone_id where p.code like 'IMP-T%' order by p.code
            """);
        await using var reader = await rows.ExecuteReaderAsync();
        foreach (var (code, landUse) in new[] { ("IMP-T1", "SKK"), ("IMP-T2", "TMD") })
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal(code, reader.GetString(0));
            Assert.Equal("IMP-KHU-A", reader.GetString(1));
            Assert.Equal(landUse, reader.GetString(2));
            Assert.Equal(3, reader.GetInt32(3));
            Assert.Equal(10_000, reader.GetDouble(4), 0.01);
            Assert.Equal("Quyết định 15/QĐ-BQL", reader.GetString(5));
            Assert.Equal("planner.test", reader.GetString(6));
            Assert.Equal(1, reader.GetInt32(7));
        }
        Assert.Equal(2L, await ScalarAsync<long>(
            "select count(*) from audit_log where table_name = 'plots' and action = 'INSERT' and legal_basis = 'Quyết định 15/QĐ-BQL' and actor = 'planner.test'"));
        Assert.Equal(2L, await ScalarAsync<long>($"""
            select count(*) from import_sources s join imports i on i.id = s.import_id join plots p on p.id = s.row_id and p.version = s.version
            where s.table_name = 'plots' and i.id = '{id}' and i.file_name = 'bang-toa-do.csv'
              and i.sha256 = '{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(table)))}'
            """));
    }

    [Fact]
    public async Task A_file_imported_again_updates_the_plots_it_names_and_shows_what_changes()
    {
        await planner.TestZoneAsync();
        await planner.ImportAsync("lo-u.csv", UpdateTable(3), "plots", "Quyết định 16/QĐ-BQL");

        var (_, preview) = await planner.UploadAsync("lo-u.csv", UpdateTable(5), "plots", new Dictionary<string, string> { ["srid"] = "9215" });

        Assert.Equal(1, preview.GetProperty("counts").GetProperty("update").GetInt32());
        Assert.Equal(0, preview.GetProperty("counts").GetProperty("create").GetInt32());
        var id = preview.GetProperty("id").GetString()!;
        var (_, features) = await planner.GetAsync(id, "/features");
        var feature = features.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal("update", feature.GetProperty("status").GetString());
        var floors = feature.GetProperty("changes").GetProperty("max_floors");
        Assert.Equal(3, floors.GetProperty("old").GetInt32());
        Assert.Equal("5", floors.GetProperty("new").GetString());

        var (committed, result) = await planner.CommitAsync(id, "Quyết định 17/QĐ-BQL");

        Assert.True(committed == HttpStatusCode.OK, result.ToString());
        Assert.Equal(5, await ScalarAsync<int>("select max_floors from plots where code = 'IMP-U1'"));
        Assert.Equal(2, await ScalarAsync<int>("select version from plots where code = 'IMP-U1'"));
        Assert.Equal(3, await ScalarAsync<int>("select h.max_floors from plots_history h join plots p on p.id = h.id where p.code = 'IMP-U1' and h.version = 1"));
    }

    private static string UpdateTable(int floors) => $"""
        ma_lo;diem;x;y;loai_dat;tang_cao
        IMP-U1;1;2395200,000;429010,000;SKK;{floors}
        IMP-U1;2;2395200,000;429060,000;SKK;{floors}
        IMP-U1;3;2395250,000;429060,000;SKK;{floors}
        IMP-U1;4;2395250,000;429010,000;SKK;{floors}
        """;

    [Fact]
    public async Task Problems_are_listed_with_their_feature_and_place_and_a_commit_writes_nothing()
    {
        await planner.TestZoneAsync();
        var existing = await ScalarAsync<string>("select ST_AsGeoJSON(boundary) from plots where lifecycle = 'current' order by code limit 1");
        var file = $$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"code":"IMP-P1","land_use_code":"SKK"},"geometry":{{existing}}},
              {"type":"Feature","properties":{"code":"IMP-P2","land_use_code":"XYZ"},"geometry":{{Square4326(429400, 2395400, 40)}}},
              {"type":"Feature","properties":{"code":"IMP-P3","land_use_code":"SKK"},"geometry":{{BowTie4326(429460, 2395460)}}},
              {"type":"Feature","properties":{"code":"IMP-P4","land_use_code":"SKK"},"geometry":{{Square4326(429400, 2395500, 30)}}},
              {"type":"Feature","properties":{"code":"IMP-P4","land_use_code":"SKK"},"geometry":{{Square4326(429450, 2395500, 30)}}},
              {"type":"Feature","properties":{"code":"IMP-P5","land_use_code":"SKK"},"geometry":{"type":"Point","coordinates":[106.57,21.65]} }
            ]}
            """;
        var plotsBefore = await ScalarAsync<long>("select count(*) from plots");
        var auditBefore = await ScalarAsync<long>("select count(*) from audit_log");

        var (status, preview) = await planner.UploadAsync("loi.geojson", file, "plots");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("file", preview.GetProperty("crs").GetProperty("source").GetString());
        var problems = Problems(preview).ToList();
        Assert.Contains(problems, p => p is { Problem: "OVERLAP_EXISTING", Feature: 1, Location: not null });
        Assert.Contains(problems, p => p is { Problem: "UNKNOWN_LAND_USE", Feature: 2, Field: "land_use_code" } && p.Message.Contains("XYZ"));
        Assert.Contains(problems, p => p is { Problem: "INVALID_GEOMETRY", Feature: 3, Location: not null });
        Assert.Contains(problems, p => p is { Problem: "DUPLICATE_CODE", Feature: 4 });
        Assert.Contains(problems, p => p is { Problem: "DUPLICATE_CODE", Feature: 5 });
        Assert.Contains(problems, p => p is { Problem: "NOT_POLYGON", Feature: 6 });
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));

        var (refused, refusal) = await planner.CommitAsync(preview.GetProperty("id").GetString()!, "Quyết định 18/QĐ-BQL");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Equal("IMPORT_HAS_PROBLEMS", refusal.GetProperty("code").GetString());
        Assert.Equal(plotsBefore, await ScalarAsync<long>("select count(*) from plots"));
        Assert.Equal(auditBefore, await ScalarAsync<long>("select count(*) from audit_log"));
    }

    [Fact]
    public async Task A_drawings_closed_polylines_become_plots_named_by_the_texts_inside_them()
    {
        await planner.TestZoneAsync();
        var (status, preview) = await planner.UploadAsync("ban-ve.dxf", R12Drawing(), "plots");

        Assert.True(status == HttpStatusCode.Created, preview.ToString());
        Assert.Equal("DXF", preview.GetProperty("file").GetProperty("format").GetString());
        var layers = preview.GetProperty("layerMap");
        Assert.True(layers.GetProperty("QH_RANH_LO").GetBoolean());
        Assert.False(layers.GetProperty("GIAO_THONG").GetBoolean());
        Assert.Equal(9215, preview.GetProperty("crs").GetProperty("srid").GetInt32());
        Assert.Equal(1, preview.GetProperty("counts").GetProperty("create").GetInt32());
        Assert.Equal(0, preview.GetProperty("errors").GetInt32());
        var id = preview.GetProperty("id").GetString()!;
        await planner.ChangeAsync(id, new { srid = 9215 });

        var (committed, result) = await planner.CommitAsync(id, "Quyết định 19/QĐ-BQL");

        Assert.True(committed == HttpStatusCode.OK, result.ToString());
        Assert.Equal("SKK", await ScalarAsync<string>("select land_use_code from plots where code = 'IMP-D1'"));
        Assert.Equal(2_500, await ScalarAsync<double>("select area_m2 from plots where code = 'IMP-D1'"), 0.01);
    }

    // DXF R12: a closed POLYLINE on the plot layer, its code and land use as TEXT on a label layer, a road line.
    private static string R12Drawing()
    {
        var text = new StringBuilder("0\nSECTION\n2\nENTITIES\n0\nPOLYLINE\n8\nQH_RANH_LO\n66\n1\n70\n1\n");
        foreach (var (x, y) in new[] { (429300, 2395300), (429350, 2395300), (429350, 2395350), (429300, 2395350) })
            text.Append($"0\nVERTEX\n8\nQH_RANH_LO\n10\n{x}\n20\n{y}\n");
        text.Append("0\nSEQEND\n");
        text.Append("0\nTEXT\n8\nQH_KYHIEU\n10\n429320\n20\n2395330\n40\n2.5\n1\nIMP-D1\n");
        text.Append("0\nTEXT\n8\nQH_KYHIEU\n10\n429320\n20\n2395320\n40\n2.5\n1\nSKK\n");
        text.Append("0\nLINE\n8\nGIAO_THONG\n10\n429290\n20\n2395290\n11\n429400\n21\n2395290\n");
        return text.Append("0\nENDSEC\n0\nEOF\n").ToString();
    }

    [Fact]
    public async Task A_dossiers_surveyed_boundary_replaces_the_sketched_one_as_a_new_version_keeping_its_other_fields()
    {
        // Only a code and a boundary: the decision, name and status stay as they are.
        var file = """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::9215"}},"features":[
            {"type":"Feature","properties":{"ma_ho_so":"DCCB-2017-01"},
             "geometry":{"type":"Polygon","coordinates":[[[442450,2427790],[442750,2427790],[442750,2427955],[442450,2427955],[442450,2427790]]]}}]}
            """;
        var decision = await ScalarAsync<string>("select decision_number from dossiers where code = 'DCCB-2017-01'");

        var result = await planner.ImportAsync("ranh-gioi-do-an.geojson", file, "dossiers", "Quyết định 23/QĐ-BQL");

        Assert.Equal(1, result.GetProperty("written").GetInt32());
        Assert.Equal(2, await ScalarAsync<int>("select version from dossiers where code = 'DCCB-2017-01'"));
        Assert.Equal(300 * 165, await ScalarAsync<double>("select area_m2 from dossiers where code = 'DCCB-2017-01'"), 0.05);
        Assert.Equal(decision, await ScalarAsync<string>("select decision_number from dossiers where code = 'DCCB-2017-01'"));
        Assert.Equal(1L, await ScalarAsync<long>(
            "select count(*) from dossiers_history h join dossiers d on d.id = h.id where d.code = 'DCCB-2017-01' and h.version = 1"));
    }

    [Fact]
    public async Task A_new_dossier_needs_its_name_kind_status_and_a_readable_decision_date()
    {
        var file = """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::9215"}},"features":[
            {"type":"Feature","properties":{"code":"IMP-HS-1","status":"approved","decision_date":"31/02/2024"},
             "geometry":{"type":"Polygon","coordinates":[[[429000,2395000],[429100,2395000],[429100,2395100],[429000,2395000]]]}}]}
            """;

        var (_, preview) = await planner.UploadAsync("ho-so.geojson", file, "dossiers");

        var problems = Problems(preview).ToList();
        Assert.Contains(problems, p => p is { Problem: "FIELD_MISSING", Field: "name" });
        Assert.Contains(problems, p => p is { Problem: "FIELD_MISSING", Field: "kind" });
        Assert.Contains(problems, p => p is { Problem: "FIELD_MISSING", Field: "decision_number" });
        Assert.Contains(problems, p => p is { Problem: "BAD_DATE", Field: "decision_date" });
    }

    [Fact]
    public async Task A_rice_land_survey_adds_current_land_use_rows_with_their_source()
    {
        var file = $$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"loai_dat":"LUC","nguon":"Điều tra 2026","ngay_dieu_tra":"15/03/2026"},"geometry":{{Square4326(429700, 2395400, 50)}}},
              {"type":"Feature","properties":{"loai_dat":"rsx","nguon":"Điều tra 2026","ngay_dieu_tra":"2026-03-16"},"geometry":{{Square4326(429800, 2395400, 50)}}}
            ]}
            """;
        var before = await ScalarAsync<long>("select count(*) from land_use_current");

        var result = await planner.ImportAsync("hien-trang.geojson", file, "land_use_current", "Kết quả điều tra 2026");

        Assert.Equal(2, result.GetProperty("written").GetInt32());
        Assert.Equal(before + 2, await ScalarAsync<long>("select count(*) from land_use_current"));
        Assert.Equal(1L, await ScalarAsync<long>(
            "select count(*) from land_use_current where land_use_code = 'RSX' and source = 'Điều tra 2026' and surveyed_on = '2026-03-16'"));
        Assert.Equal(2L, await ScalarAsync<long>($"""
            select count(*) from import_sources s join land_use_current l on l.id = s.row_id
            where s.table_name = 'land_use_current' and s.import_id = '{result.GetProperty("id").GetString()}'
            """));
    }

    [Fact]
    public async Task A_file_whose_coordinates_fall_in_no_crs_in_Lang_Son_cannot_be_committed()
    {
        // Hà Nội, in WGS84: outside the province under its own CRS and under every VN-2000 candidate.
        var file = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"HN-1","land_use_code":"SKK"},
             "geometry":{"type":"Polygon","coordinates":[[[105.85,21.03],[105.851,21.03],[105.851,21.031],[105.85,21.031],[105.85,21.03]]]}}]}
            """;

        var (_, preview) = await planner.UploadAsync("ha-noi.geojson", file, "plots");

        Assert.Contains(Problems(preview), p => p is { Problem: "NO_CRS", Feature: null, Severity: "error" });
        Assert.Contains(preview.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("EPSG:4326"));
        var (refused, _) = await planner.CommitAsync(preview.GetProperty("id").GetString()!, "Quyết định 20/QĐ-BQL");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
    }

    [Fact]
    public async Task A_sliver_is_flagged_as_a_tiny_feature()
    {
        await planner.TestZoneAsync();
        var file = """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::9215"}},"features":[
            {"type":"Feature","properties":{"code":"IMP-S1","land_use_code":"SKK"},
             "geometry":{"type":"Polygon","coordinates":[[[429500,2395500],[429500.5,2395500],[429500.5,2395500.5],[429500,2395500.5],[429500,2395500]]]}},
            {"type":"Feature","properties":{"code":"IMP-S2","land_use_code":"SKK"},
             "geometry":{"type":"Polygon","coordinates":[[[429510,2395500],[429520,2395500],[429520,2395510],[429510,2395510],[429510,2395500]]]}}]}
            """;

        var (_, preview) = await planner.UploadAsync("net-thua.geojson", file, "plots");

        var tiny = Assert.Single(Problems(preview), p => p.Problem == "TINY_FEATURE");
        Assert.Equal((1, "warning"), (tiny.Feature, tiny.Severity));
        Assert.Contains("0.25", tiny.Message);
    }

    [Fact]
    public async Task Z_values_are_dropped_and_the_preview_says_so()
    {
        var file = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"IMP-Z1","land_use_code":"SKK"},
             "geometry":{"type":"Polygon","coordinates":[[[106.5665,21.6520,310.5],[106.5667,21.6520,311],[106.5667,21.6522,312],[106.5665,21.6520,310.5]]]}}]}
            """;

        var (_, preview) = await planner.UploadAsync("co-cao-do.geojson", file, "plots");

        Assert.Contains(preview.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("cao độ Z"));
    }

    [Fact]
    public async Task A_discarded_import_is_kept_as_discarded_and_cannot_be_committed()
    {
        var (_, preview) = await planner.UploadAsync("bo.csv", SurveyorTable(2), "plots");
        var id = preview.GetProperty("id").GetString()!;

        var (discarded, _) = await planner.DiscardAsync(id);

        Assert.Equal(HttpStatusCode.NoContent, discarded);
        var (_, after) = await planner.GetAsync(id);
        Assert.Equal("discarded", after.GetProperty("status").GetString());
        Assert.Equal(0L, await ScalarAsync<long>($"select count(*) from staging.import_features where import_id = '{id}'"));
        var (refused, refusal) = await planner.CommitAsync(id, "Quyết định 21/QĐ-BQL");
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal("INVALID_TRANSITION", refusal.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("inspector", HttpStatusCode.Forbidden)]
    [InlineData("investor", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Only_planners_import(string? role, HttpStatusCode expected)
    {
        var (_, staged) = await planner.UploadAsync("bang.csv", SurveyorTable(2), "plots");
        var other = new ImportClient(host, role);

        var (uploaded, _) = await other.UploadAsync("bang.csv", SurveyorTable(2), "plots");
        var (read, _) = await other.GetAsync(staged.GetProperty("id").GetString()!);
        var (committed, _) = await other.CommitAsync(staged.GetProperty("id").GetString()!, "Quyết định 22/QĐ-BQL");

        Assert.Equal(expected, uploaded);
        Assert.Equal(expected, read);
        Assert.Equal(expected, committed);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty.geojson", "empty" },
        { "not-a-geopackage.gpkg", "text" },
        { "truncated.shp.zip", "truncated zip" },
        { "too-many.zip", "many entries" },
        { "no-dbf.shp.zip", "shapefile without dbf" },
        { "unknown.doc", "unknown type" },
        { "diem-nho.csv", "too many features" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_in_Vietnamese_and_leaves_nothing_staged(string name, string kind)
    {
        var content = kind switch
        {
            "empty" => [],
            "text" => Encoding.UTF8.GetBytes("đây không phải GeoPackage"),
            "truncated zip" => Zip(("lo.shp", new byte[5000]), ("lo.dbf", new byte[5000]), ("lo.shx", new byte[100]))[..200],
            "many entries" => Zip(Enumerable.Range(0, 2_001).Select(i => ($"f{i}.txt", new byte[1])).ToArray()),
            "shapefile without dbf" => Zip(("lo.shp", new byte[100]), ("lo.shx", new byte[100])),
            // One point more than an import takes, as a million tiny features would be: refused before staging.
            "too many features" => Encoding.UTF8.GetBytes("WKT,code\n" + string.Concat(
                Enumerable.Range(0, PlanningGIS.Planning.Imports.ImportFile.MaxFeatures + 1).Select(i => $"POINT (106.5 21.6),P{i}\n"))),
            _ => Encoding.UTF8.GetBytes("{}"),
        };
        var before = await ScalarAsync<long>("select count(*) from imports");

        var (status, refusal) = await planner.UploadAsync(name, content, "plots");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_FILE", refusal.GetProperty("code").GetString());
        Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", refusal.GetProperty("message").GetString()!);
        Assert.Equal(before, await ScalarAsync<long>("select count(*) from imports"));
    }

    [Fact]
    public async Task An_unknown_target_is_refused_by_name()
    {
        var (status, refusal) = await planner.UploadAsync("bang.csv", SurveyorTable(2), "roads");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("target", refusal.GetProperty("details").GetProperty("field").GetString());
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        return memory.ToArray();
    }

    private static string Square4326(double easting, double northing, double size) => Polygon4326(
        [(easting, northing), (easting + size, northing), (easting + size, northing + size), (easting, northing + size), (easting, northing)]);

    private static string BowTie4326(double easting, double northing) => Polygon4326(
        [(easting, northing), (easting + 30, northing + 30), (easting + 30, northing), (easting, northing + 30), (easting, northing)]);

    private static string Polygon4326((double E, double N)[] points)
    {
        var ring = points.Select(p => PlanningGIS.Planning.Geometry.Vn2000.ToWgs84Point(p.E, p.N)).Select(p => $"[{p.Lon:R},{p.Lat:R}]");
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + string.Join(",", ring) + "]]}";
    }

    private sealed record ProblemRow(int? Feature, string? Field, string Problem, string Severity, string Message, double[]? Location);

    private static IEnumerable<ProblemRow> Problems(JsonElement preview) =>
        preview.GetProperty("problems").EnumerateArray().Select(p => new ProblemRow(
            p.TryGetProperty("feature", out var f) ? f.GetInt32() : null,
            p.TryGetProperty("field", out var field) ? field.GetString() : null,
            p.GetProperty("problem").GetString()!, p.GetProperty("severity").GetString()!, p.GetProperty("message").GetString()!,
            p.TryGetProperty("location", out var l) ? l.EnumerateArray().Select(c => c.GetDouble()).ToArray() : null));

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
