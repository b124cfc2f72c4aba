using PlanningGIS.Planning.SampleData;

namespace PlanningGIS.Planning.Tests;

/// <summary>A bad source file is rejected with the file, the record and the problem named, and nothing of it is loaded.</summary>
public sealed class LoaderRejectionTests : IAsyncLifetime
{
    private static readonly SampleFile PlotsFile = SampleFiles.All.Single(f => f.FileName == "plots.geojson");
    private TestDatabase db = null!;
    private string directory = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CopyOfSampleAsync();
        // The sample plots are loaded already; a fresh record of the file lets the same spec load again.
        await db.ExecuteAsync("""
            delete from data_loads where file_name = 'plots.geojson';
            insert into zones (code, name, kind, boundary)
            values ('TEST-Z', 'Khu thử nghiệm', 'industrial_park', ST_Multi(ST_MakeEnvelope(106.200, 21.400, 106.210, 21.410, 4326)));
            """);
        directory = Directory.CreateTempSubdirectory("planninggis-loader-").FullName;
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        Directory.Delete(directory, true);
    }

    private static string Polygon(string ring) => $$"""{"type":"Polygon","coordinates":[[{{ring}}]]}""";

    private static string Square(double lon, double lat, double size = 0.001) =>
        Polygon($"[{lon},{lat}],[{lon + size},{lat}],[{lon + size},{lat + size}],[{lon},{lat + size}],[{lon},{lat}]");

    private async Task<SampleDataException> Rejects(string crs, params (string Code, string LandUse, string Geometry)[] plots)
    {
        var features = string.Join(",", plots.Select(p =>
            $$"""{"type":"Feature","properties":{"code":"{{p.Code}}","zone_code":"TEST-Z","land_use_code":"{{p.LandUse}}"},"geometry":{{p.Geometry}}}"""));
        var path = Path.Combine(directory, "plots.geojson");
        await File.WriteAllTextAsync(path, $$"""{"type":"FeatureCollection",{{crs}}"features":[{{features}}]}""");
        var before = await db.ScalarAsync<long>("select count(*) from plots");

        var error = await Assert.ThrowsAsync<SampleDataException>(() => db.Loader().LoadFileAsync(PlotsFile, path));

        Assert.Equal(before, await db.ScalarAsync<long>("select count(*) from plots"));
        Assert.Equal(0L, await db.ScalarAsync<long>("select count(*) from data_loads where file_name = 'plots.geojson'"));
        Assert.Contains(path, error.Message);
        return error;
    }

    [Fact]
    public async Task A_self_intersecting_plot_is_named_with_where_it_crosses_itself()
    {
        var error = await Rejects("",
            ("TEST-OK", "SKC", Square(106.201, 21.401)),
            ("TEST-BOWTIE", "SKC", Polygon("[106.204,21.404],[106.206,21.406],[106.206,21.404],[106.204,21.406],[106.204,21.404]")));

        Assert.Contains("record #2 (TEST-BOWTIE)", error.Message);
        Assert.Contains("Self-intersection", error.Message);
    }

    [Fact]
    public async Task An_unknown_land_use_code_is_named()
    {
        var error = await Rejects("", ("TEST-XYZ", "XYZ", Square(106.201, 21.401)));

        Assert.Contains("(TEST-XYZ) 'XYZ' is not a known land-use code", error.Message);
    }

    [Fact]
    public async Task A_plot_outside_its_zone_is_named()
    {
        var error = await Rejects("", ("TEST-OUT", "SKC", Square(106.209, 21.409, 0.002)));

        Assert.Contains("(TEST-OUT) lies outside its zone 'TEST-Z'", error.Message);
    }

    [Fact]
    public async Task VN2000_coordinates_without_a_declared_crs_are_caught_as_a_coordinate_system_problem()
    {
        var error = await Rejects("", ("TEST-METRES", "SKC", Polygon("[448900,2416800],[449000,2416800],[449000,2416900],[448900,2416800]")));

        Assert.Contains("outside Lạng Sơn province; is its coordinate system right?", error.Message);
    }

    [Fact]
    public async Task An_unsupported_coordinate_system_is_refused_before_anything_is_read()
    {
        var error = await Rejects("""
            "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3405"}},
            """, ("TEST-UTM", "SKC", Square(106.201, 21.401)));

        Assert.Contains("unsupported coordinate system", error.Message);
    }
}
