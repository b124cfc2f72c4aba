using System.Net;
using System.Text.Json;

namespace PlanningGIS.Host.Tests.Exchange;

/// <summary>
/// A surveyor's cadastral parcels of a site-clearance project, with their households, imported into
/// the sample project GPMB-KPTQ-GD2 (E 445,300–445,800, N 2,427,500–2,428,000 on EPSG:9215, its
/// parcels T01–T16 leaving a 5 m strip free along the west side).
/// </summary>
public sealed class ImportParcelTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Project = "GPMB-KPTQ-GD2";
    private readonly ImportClient planner = new(host);

    [Fact]
    public async Task New_parcels_are_created_and_named_parcels_updated_with_their_households_audited_and_sourced()
    {
        var t01 = await ResurveyedBoundaryAsync($"{Project}-T01");
        var file = Parcels(
            Parcel("T90", Project, Square(445300.5, 2427600, 4), "LUC", "Hộ bà Nông Thị Thử", "999100099990", "150000000"),
            Parcel($"{Project}-T01", Project, t01, "RSX", "Hộ ông Hứa Văn Mẫu (đã đổi chủ)", "999100007919", "1100000000"));

        var (status, preview) = await planner.UploadAsync("thua-dat.geojson", file, "clearance_parcels");

        Assert.True(status == HttpStatusCode.Created, preview.ToString());
        Assert.Equal("so_thua", preview.GetProperty("fieldMap").GetProperty("code").GetString());
        Assert.Equal("ma_du_an", preview.GetProperty("fieldMap").GetProperty("project_code").GetString());
        Assert.Equal("chu_ho", preview.GetProperty("fieldMap").GetProperty("household_name").GetString());
        Assert.Equal(1, preview.GetProperty("counts").GetProperty("create").GetInt32());
        Assert.Equal(1, preview.GetProperty("counts").GetProperty("update").GetInt32());
        Assert.True(preview.GetProperty("errors").GetInt32() == 0, preview.GetProperty("problems").ToString());
        var id = preview.GetProperty("id").GetString()!;
        var (_, features) = await planner.GetAsync(id, "/features");
        var update = features.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("action").GetString() == "update");
        Assert.Equal("Hộ ông Hứa Văn Mẫu 001",
            update.GetProperty("properties").GetProperty("changes").GetProperty("household_name").GetProperty("old").GetString());

        var (committed, result) = await planner.CommitAsync(id, "Quyết định 210/QĐ-UBND thu hồi đất");

        Assert.True(committed == HttpStatusCode.OK, result.ToString());
        Assert.Equal(2, result.GetProperty("written").GetInt32());
        await using (var rows = host.Database.CreateCommand("""
            select c.land_use_code, c.household_name, c.household_id_number, c.compensation_vnd, c.area_m2
            from clearance_parcels c join clearance_projects p on p.id = c.project_id
            where p.code = 'GPMB-KPTQ-GD2' and c.parcel_code = 'T90'
            """))
        await using (var reader = await rows.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal("LUC", reader.GetString(0));
            Assert.Equal("Hộ bà Nông Thị Thử", reader.GetString(1));
            Assert.Equal("999100099990", reader.GetString(2));
            Assert.Equal(150_000_000m, reader.GetDecimal(3));
            Assert.Equal(16, reader.GetDouble(4), 0.01);
        }
        Assert.Equal("Hộ ông Hứa Văn Mẫu (đã đổi chủ)", await ScalarAsync<string>(
            $"select household_name from clearance_parcels where parcel_code = '{Project}-T01'"));
        Assert.Equal(2L, await ScalarAsync<long>("""
            select count(*) from audit_log where table_name = 'clearance_parcels' and legal_basis = 'Quyết định 210/QĐ-UBND thu hồi đất'
              and actor = 'planner.test'
            """));
        Assert.Equal(2L, await ScalarAsync<long>(
            $"select count(*) from import_sources where import_id = '{id}' and table_name = 'clearance_parcels'"));
    }

    [Fact]
    public async Task An_overlapping_parcel_or_an_unknown_project_is_refused_and_nothing_is_written()
    {
        var before = await ScalarAsync<long>("select count(*) from clearance_parcels");
        var file = Parcels(
            Parcel("T91", Project, Square(445310, 2427510, 20), "LUC", "Hộ ông A", null, "1000"),
            Parcel("T92", "GPMB-KHONG-CO", Square(445301, 2427900, 3), "LUC", "Hộ ông B", null, "-5"),
            Parcel("T93", Project, Square(445290, 2427800, 12), "LUC", "Hộ ông C", null, null));

        var (_, preview) = await planner.UploadAsync("thua-loi.geojson", file, "clearance_parcels");

        var problems = preview.GetProperty("problems").EnumerateArray()
            .Select(p => (Feature: p.GetProperty("feature").GetInt32(), Problem: p.GetProperty("problem").GetString(),
                          Severity: p.GetProperty("severity").GetString(), Message: p.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(problems, p => p is { Feature: 1, Problem: "OVERLAP_EXISTING", Severity: "error" } && p.Message.Contains($"{Project}-T01"));
        Assert.Contains(problems, p => p is { Feature: 2, Problem: "UNKNOWN_PROJECT", Severity: "error" } && p.Message.Contains("GPMB-KHONG-CO"));
        Assert.Contains(problems, p => p is { Feature: 2, Problem: "NEGATIVE", Severity: "error" });
        Assert.Contains(problems, p => p is { Feature: 3, Problem: "OUTSIDE_PROJECT", Severity: "warning" } && p.Message.Contains("120"));
        var (refused, refusal) = await planner.CommitAsync(preview.GetProperty("id").GetString()!, "Quyết định 211/QĐ-UBND");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Equal("IMPORT_HAS_PROBLEMS", refusal.GetProperty("code").GetString());
        Assert.Equal(before, await ScalarAsync<long>("select count(*) from clearance_parcels"));
    }

    private static string Parcels(params string[] features) =>
        """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::9215"}},"features":["""
        + string.Join(",", features) + "]}";

    private static string Parcel(string number, string project, string geometry, string landUse, string household, string? idNumber,
        string? compensation) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "Feature",
            ["properties"] = new Dictionary<string, string?>
            {
                ["so_thua"] = number, ["ma_du_an"] = project, ["loai_dat"] = landUse, ["chu_ho"] = household, ["cccd"] = idNumber,
                ["boi_thuong"] = compensation,
            },
            ["geometry"] = JsonDocument.Parse(geometry).RootElement,
        });

    private static string Square(double easting, double northing, double size) =>
        $"{{\"type\":\"Polygon\",\"coordinates\":[[[{easting},{northing}],[{easting + size},{northing}],[{easting + size},{northing + size}]," +
        $"[{easting},{northing + size}],[{easting},{northing}]]]}}";

    // Re-surveyed 1 cm inside: a VN-2000 round trip moves vertices by up to 1 mm, which along a 123 m edge
    // would overlap the neighbour by more than the topology tolerance.
    private async Task<string> ResurveyedBoundaryAsync(string parcel) => await ScalarAsync<string>(
        $"select ST_AsGeoJSON(ST_Buffer(ST_Transform(boundary, 9215), -0.01, 'join=mitre'), 4) from clearance_parcels where parcel_code = '{parcel}'");

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
