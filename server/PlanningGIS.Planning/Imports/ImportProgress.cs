using System.Collections.Concurrent;

namespace PlanningGIS.Planning.Imports;

/// <summary>Where a running import stands, for the web map's progress bar: a stage and, while checking, the step.</summary>
public sealed record ImportProgressState(string Stage, long? Features, int Step, int Steps, DateTimeOffset At);

/// <summary>
/// The progress of imports being staged or committed, kept in this process (a stage is seconds to
/// minutes; nothing is lost if the server restarts, the import itself fails then). It is not kept in
/// the database because a commit holds the import's row locked for its whole transaction.
/// Stages: reading (GDAL into staging), checking (step of steps), staged, writing (the commit),
/// committed, cancelled, failed.
/// </summary>
public static class ImportProgress
{
    private static readonly TimeSpan Kept = TimeSpan.FromHours(1);
    private static readonly ConcurrentDictionary<Guid, ImportProgressState> States = new();

    public static void Report(Guid id, string stage, long? features = null, int step = 0, int steps = 0)
    {
        var now = DateTimeOffset.UtcNow;
        States.AddOrUpdate(id, _ => new(stage, features, step, steps, now),
            (_, previous) => new(stage, features ?? previous.Features, step, steps, now));
        foreach (var (old, state) in States)
            if (now - state.At > Kept)
                States.TryRemove(old, out _);
    }

    public static ImportProgressState? Of(Guid id) => States.TryGetValue(id, out var state) ? state : null;
}
