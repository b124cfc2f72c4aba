using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace PlanningGIS.Host.Observability;

/// <summary>
/// Counts the SQL statements a request runs, for the slow-request log. Npgsql records its
/// <c>db.client.operation.duration</c> histogram once per command, on the async flow that ran the
/// command; <see cref="Begin"/> puts a counter on the request's flow, so concurrent requests count
/// apart. A MeterListener costs no Activity per command, and works with tracing off.
/// </summary>
public sealed class SqlStatementCounter : IDisposable
{
    private const string NpgsqlMeter = "Npgsql";
    private const string CommandDuration = "db.client.operation.duration";

    // One per counter, not static: every host in a process (the test fixtures) has its own listener,
    // and each of them hears every host's commands.
    private readonly AsyncLocal<StrongBox<int>?> current = new();

    private readonly MeterListener listener = new();

    public SqlStatementCounter()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == NpgsqlMeter && instrument.Name == CommandDuration)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) =>
        {
            if (current.Value is { } count)
                Interlocked.Increment(ref count.Value);
        });
        listener.Start();
    }

    /// <summary>Starts a count for the calling flow (the statements it and what it awaits run); read it with <see cref="Read"/>.</summary>
    public StrongBox<int> Begin() => current.Value = new StrongBox<int>();

    public static int Read(StrongBox<int> count) => Volatile.Read(ref count.Value);

    public void Dispose() => listener.Dispose();
}
