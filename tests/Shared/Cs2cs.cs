using System.Diagnostics;
using System.Globalization;

namespace PlanningGIS.Tests.Shared;

/// <summary>
/// PROJ's cs2cs, the reference the tests hold our VN-2000 transformations to (PostGIS and ProjNet).
/// Linked into each test project that needs it.
/// </summary>
public static class Cs2cs
{
    public const string Wgs84 = "+proj=longlat +datum=WGS84 +no_defs";

    /// <summary>VN-2000 / TM-3 Lạng Sơn (EPSG:9215) as `projinfo EPSG:9215 -o PROJ` prints it.</summary>
    public const string Vn2000LangSon =
        "+proj=tmerc +lat_0=0 +lon_0=107.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 " +
        "+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs";

    /// <summary>The points transformed from one coordinate system to the other, printed with this many decimals.</summary>
    public static async Task<List<(double X, double Y)>> TransformAsync(string from, string to, IEnumerable<(double X, double Y)> points, int decimals)
    {
        var start = new ProcessStartInfo("cs2cs") { RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (var arg in $"{from} +to {to} -f %.{decimals}f".Split(' '))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        foreach (var (x, y) in points)
            await process.StandardInput.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{x:R} {y:R}"));
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList();
    }
}
