namespace PlanningGIS.Bench.Geometry;

/// <summary>
/// A small timing loop (the work is one database round trip or less, so BenchmarkDotNet's
/// out-of-process runs would add little here): warm-up, then rounds of a fixed number of
/// operations; per operation the best and the median round, and the bytes allocated.
/// </summary>
public static class Measure
{
    public sealed record Result(string Case, string Way, double BestMs, double MedianMs, double AllocatedKb, string Note);

    public static async Task<Result> RunAsync(string @case, string way, Func<Task<string>> operation, int perRound, int rounds = 9)
    {
        var note = "";
        for (var i = 0; i < Math.Max(3, perRound); i++)
        {
            note = await operation();
        }
        var times = new List<double>();
        long allocated = 0;
        for (var r = 0; r < rounds; r++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            for (var i = 0; i < perRound; i++)
            {
                await operation();
            }
            times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds / perRound);
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
        }
        times.Sort();
        return new Result(@case, way, times[0], times[rounds / 2], allocated / 1024.0 / (perRound * rounds), note);
    }
}
