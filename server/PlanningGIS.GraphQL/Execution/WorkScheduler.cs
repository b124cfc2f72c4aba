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
    // Created on first use: a query whose resolvers all complete synchronously needs none of them.
    private ConcurrentQueue<Action>? _queue;
    private SemaphoreSlim? _signal;
    private DataLoaderRegistry? _loaders;
    private int _outstanding;

    /// <summary>The request's DataLoaders (resolvers may ask for them from any thread).</summary>
    public DataLoaderRegistry Loaders =>
        Volatile.Read(ref _loaders) ?? Interlocked.CompareExchange(ref _loaders, new DataLoaderRegistry(this), null) ?? _loaders;

    private SemaphoreSlim Signal => LazyInitializer.EnsureInitialized(ref _signal, static () => new SemaphoreSlim(0));

    /// <summary>Runs <paramref name="continuation"/> on the scheduler once <paramref name="task"/> completes.</summary>
    public void Track(Task task, Action continuation)
    {
        _outstanding++;
        _queue ??= new ConcurrentQueue<Action>();
        _ = Signal;
        task.ContinueWith(
            static (_, state) =>
            {
                var (self, work) = ((WorkScheduler, Action))state!;
                self._queue!.Enqueue(work);
                self._signal!.Release();
            },
            (this, continuation),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Wakes the loop (a DataLoader got its first key, possibly from another thread).</summary>
    public void Wake() => Signal.Release();

    /// <summary>Runs queued completions and dispatches loaders until no work is outstanding.</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        var woken = false;
        while (true)
        {
            while (_queue is { } queue && queue.TryDequeue(out var work))
            {
                _outstanding--;
                work();
            }
            if (_loaders is { HasPending: true })
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
            await Signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            woken = true;
        }
    }
}
