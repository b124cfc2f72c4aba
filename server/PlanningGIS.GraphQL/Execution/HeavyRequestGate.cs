namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// Lets only a few operations whose estimated cost is above <see cref="GraphQLLimits.HeavyCost"/> run at
/// once; the others wait for a turn (bounded by the request's cancellation, e.g. its time limit). Cheap
/// operations never wait, so a handful of clients looping on expensive documents cannot take every
/// database connection from everyone else. One gate per service.
/// </summary>
public sealed class HeavyRequestGate
{
    private readonly SemaphoreSlim _turns;

    public HeavyRequestGate(long heavyCost, int concurrent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrent, 1);
        HeavyCost = heavyCost;
        _turns = new SemaphoreSlim(concurrent, concurrent);
    }

    public long HeavyCost { get; }

    /// <summary>Null for a cheap operation; else a turn, released by disposing it.</summary>
    public async ValueTask<IDisposable?> EnterAsync(long cost, CancellationToken cancellationToken)
    {
        if (cost <= HeavyCost)
        {
            return null;
        }
        await _turns.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(_turns);
    }

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turns.Release();
            }
        }
    }
}
