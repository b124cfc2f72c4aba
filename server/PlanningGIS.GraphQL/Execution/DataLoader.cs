namespace PlanningGIS.GraphQL.Execution;

/// <summary>Loads many keys at once; missing keys load as default (null).</summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchLoadFunction<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

/// <summary>
/// Per-request batching and caching of loads (the DataLoader pattern). Keys requested while a
/// wave of resolvers runs are collected and loaded with one call of the batch function when the
/// executor has no other runnable work. Each key is loaded at most once per request.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDataLoaderDispatch where TKey : notnull
{
    private readonly BatchLoadFunction<TKey, TValue> _batch;
    private readonly DataLoaderRegistry _registry;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = new();
    private readonly object _lock = new();
    private List<(TKey Key, TaskCompletionSource<TValue?> Promise)> _pending = [];

    internal DataLoader(BatchLoadFunction<TKey, TValue> batch, DataLoaderRegistry registry)
    {
        _batch = batch;
        _registry = registry;
    }

    /// <summary>Number of times the batch function was called (for diagnostics and tests).</summary>
    public int BatchCount { get; private set; }

    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
            // Continuations run synchronously on the executor loop when the batch completes, so
            // resolvers waiting for this key queue their next loads within the same wave.
            var promise = new TaskCompletionSource<TValue?>();
            _cache[key] = task = promise.Task;
            _pending.Add((key, promise));
            first = _pending.Count == 1;
        }
        if (first)
        {
            _registry.NotifyPending();
        }
        return task;
    }

    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    bool IDataLoaderDispatch.HasPending
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0;
            }
        }
    }

    void IDataLoaderDispatch.Dispatch(WorkScheduler scheduler, CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Promise)> batch;
        lock (_lock)
        {
            batch = _pending;
            _pending = [];
        }
        if (batch.Count == 0)
        {
            return;
        }
        BatchCount++;
        Task<IReadOnlyDictionary<TKey, TValue>> task;
        try
        {
            task = _batch(batch.Select(b => b.Key).ToList(), cancellationToken);
        }
        catch (Exception e)
        {
            Fail(batch, e);
            return;
        }
        if (task.IsCompleted)
        {
            Complete(batch, task);
        }
        else
        {
            scheduler.Track(task, () => Complete(batch, task));
        }
    }

    private static void Complete(List<(TKey Key, TaskCompletionSource<TValue?> Promise)> batch, Task<IReadOnlyDictionary<TKey, TValue>> task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            Fail(batch, task.Exception?.InnerException ?? new OperationCanceledException());
            return;
        }
        var results = task.Result;
        foreach (var (key, promise) in batch)
        {
            promise.TrySetResult(results.TryGetValue(key, out var value) ? value : default);
        }
    }

    private static void Fail(List<(TKey Key, TaskCompletionSource<TValue?> Promise)> batch, Exception error)
    {
        foreach (var (_, promise) in batch)
        {
            promise.TrySetException(error);
        }
    }
}

internal interface IDataLoaderDispatch
{
    bool HasPending { get; }

    void Dispatch(WorkScheduler scheduler, CancellationToken cancellationToken);
}

/// <summary>The DataLoaders of one request, by name.</summary>
public sealed class DataLoaderRegistry
{
    private readonly Dictionary<string, IDataLoaderDispatch> _loaders = new();
    private readonly object _lock = new();

    internal DataLoaderRegistry(WorkScheduler scheduler)
    {
        Scheduler = scheduler;
    }

    internal WorkScheduler Scheduler { get; }

    public DataLoader<TKey, TValue> GetOrCreate<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batch)
        where TKey : notnull
    {
        lock (_lock)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"DataLoader \"{name}\" already exists with other key/value types.");
            }
            var loader = new DataLoader<TKey, TValue>(batch, this);
            _loaders[name] = loader;
            return loader;
        }
    }

    internal bool HasPending
    {
        get
        {
            lock (_lock)
            {
                foreach (var loader in _loaders.Values)
                {
                    if (loader.HasPending)
                    {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    internal void NotifyPending() => Scheduler.Wake();

    internal void DispatchAll(CancellationToken cancellationToken)
    {
        IDataLoaderDispatch[] loaders;
        lock (_lock)
        {
            loaders = [.. _loaders.Values];
        }
        foreach (var loader in loaders)
        {
            loader.Dispatch(Scheduler, cancellationToken);
        }
    }
}
