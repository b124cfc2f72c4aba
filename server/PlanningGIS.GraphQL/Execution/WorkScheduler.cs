using System.Collections.Concurrent;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// The executor's single logical thread. Resolver tasks that do not complete synchronously are
/// tracked; their completions are queued and run here one at a time, so the result tree needs no
/// locks. When nothing is runnable, pending DataLoader batches are dispatched: every load queued
/// while the current wave of resolvers ran ends up in one batch.
/// </summary>
internal sealed class WorkScheduler
{
    private readonly ConcurrentQueue<Action> _queue = new();
    private readonly SemaphoreSlim _signal = new(0);
    private int _outstanding;

    public WorkScheduler(DataLoaderRegistry loaders)
    {
        Loaders = loaders;
        loaders.Scheduler = this;
    }

    public DataLoaderRegistry Loaders { get; }

    /// <summary>Runs <paramref name="continuation"/> on the scheduler once <paramref name="task"/> completes.</summary>
    public void Track(Task task, Action continuation)
    {
        _outstanding++;
        task.ContinueWith(
            static (_, state) =>
            {
                var (self, work) = ((WorkScheduler, Action))state!;
                self._queue.Enqueue(work);
                self._signal.Release();
            },
            (this, continuation),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Wakes the loop (a DataLoader got its first key, possibly from another thread).</summary>
    public void Wake() => _signal.Release();

    /// <summary>Runs queued completions and dispatches loaders until no work is outstanding.</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        var woken = false;
        while (true)
        {
            while (_queue.TryDequeue(out var work))
            {
                _outstanding--;
                work();
            }
            if (Loaders.HasPending)
            {
                if (woken)
                {
                    // Woken from another thread: let concurrently running resolvers queue their keys too.
                    woken = false;
                    await Task.Yield();
                    continue;
                }
                Loaders.DispatchAll(cancellationToken);
                continue;
            }
            if (_outstanding == 0)
            {
                return;
            }
            await _signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            woken = true;
        }
    }
}
