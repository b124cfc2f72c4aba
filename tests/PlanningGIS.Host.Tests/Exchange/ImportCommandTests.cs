using System.Diagnostics;

namespace PlanningGIS.Host.Tests.Exchange;

/// <summary>
/// The command line (`PlanningGIS.Host import`, what `./planning-gis import` runs) as its own process on
/// the fixture's database: a preview without --commit writes nothing; with --commit and a legal basis the
/// file's features are written, by "cli:" and the system user.
/// </summary>
public sealed class ImportCommandTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Zone = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::9215"}},"features":[
        {"type":"Feature","properties":{"code":"CLI-KHU","name":"Khu nhập bằng dòng lệnh","kind":"industrial_park"},
         "geometry":{"type":"Polygon","coordinates":[[[429700,2395000],[429900,2395000],[429900,2395200],[429700,2395200],[429700,2395000]]]}}]}
        """;

    [Fact]
    public async Task A_preview_writes_nothing_and_a_commit_with_a_legal_basis_writes_the_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.geojson");
        await File.WriteAllTextAsync(file, Zone);
        try
        {
            var (previewed, preview) = await RunAsync("import", file, "--target", "zones");
            Assert.True(previewed == 0, preview);
            Assert.Contains("tạo mới 1", preview);
            Assert.Equal(0L, await CountAsync("select count(*) from zones where code = 'CLI-KHU'"));

            var (committed, output) = await RunAsync("import", file, "--target", "zones", "--commit", "--legal-basis", "Quyết định 30/QĐ-BQL");

            Assert.True(committed == 0, output);
            Assert.Contains("Đã ghi: 1 tạo mới", output);
            Assert.Equal(1L, await CountAsync(
                "select count(*) from zones where code = 'CLI-KHU' and legal_basis = 'Quyết định 30/QĐ-BQL' and changed_by like 'cli:%'"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_usage_mistake_exits_2_and_a_refused_file_exits_1()
    {
        var (usage, _) = await RunAsync("import", "--target", "zones");
        var (refused, message) = await RunAsync("import", "/nonexistent/none.gpkg", "--target", "zones");

        Assert.Equal(2, usage);
        Assert.NotEqual(0, refused);
        Assert.NotEmpty(message);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(Path.GetDirectoryName(dll)!);
        start.Environment["PLANNINGGIS_DATABASE"] = host.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
