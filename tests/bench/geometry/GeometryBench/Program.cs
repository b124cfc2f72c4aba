using System.Globalization;
using Npgsql;
using PlanningGIS.Bench.Geometry;

// dotnet GeometryBench.dll "<Npgsql connection string>" [plots per page, default 500]
// Prints markdown tables: (a) a page of plots as JSON, (b) checking an edited boundary.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: GeometryBench <connection string> [page size]");
    return 2;
}
var pageSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
await using var plain = NpgsqlDataSource.Create(args[0]);
var ntsBuilder = new NpgsqlDataSourceBuilder(args[0]);
ntsBuilder.UseNetTopologySuite(precisionModel: PlotPage.NineDecimals);
await using var nts = ntsBuilder.Build();

void Print(IEnumerable<Measure.Result> results)
{
    Console.WriteLine("| case | way | best ms/op | median ms/op | allocated KB/op | what it gave |");
    Console.WriteLine("| --- | --- | ---: | ---: | ---: | --- |");
    foreach (var r in results)
        Console.WriteLine(FormattableString.Invariant($"| {r.Case} | {r.Way} | {r.BestMs:F3} | {r.MedianMs:F3} | {r.AllocatedKb:F1} | {r.Note} |"));
    Console.WriteLine();
}

var page = new PlotPage(plain, nts, pageSize);
Console.WriteLine($"(a) a page of {pageSize} plots: {await page.WireBytesAsync()}; {await page.CompareAsync()}");
Console.WriteLine();
var pageCase = $"{pageSize} plots";
Print([
    await Measure.RunAsync(pageCase, "PostGIS ST_AsGeoJSON(…, 9), text passed through", page.PostGisGeoJsonAsync, 20),
    await Measure.RunAsync(pageCase, "NTS over Npgsql (WKB), GeoJSON4STJ writes", page.NtsGeoJson4StjAsync, 20),
]);

var check = new BoundaryCheck(plain);
var results = new List<Measure.Result>();
foreach (var (vertices, rounds, bowTie) in new[] { (200, 50, false), (5_000, 10, false), (50_000, 2, false), (5_000, 10, true) })
{
    var geojson = BoundaryCheck.Boundary(vertices, bowTie);
    var name = $"{vertices:N0} vertices{(bowTie ? ", self-intersecting" : "")} ({geojson.Length / 1024.0:F0} KB)";
    results.Add(await Measure.RunAsync(name, "GeoJsonShape + PostGIS (today)", () => check.PostGisAsync(geojson), rounds));
    results.Add(await Measure.RunAsync(name, "GeoJSON4STJ + NTS IsValidOp", () => check.NtsAsync(geojson, false), rounds));
    results.Add(await Measure.RunAsync(name, "GeoJsonShape + GeoJSON4STJ + NTS IsValidOp", () => check.NtsAsync(geojson, true), rounds));
}
Console.WriteLine("(b) checking an edited dossier boundary (MultiPolygon, WGS84)");
Console.WriteLine();
Print(results);
return 0;
