using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PlanningGIS.Host.Tests.Observability;

/// <summary>A host that logs every GraphQL request as slow (GraphQL:SlowRequestThreshold = 0) and keeps its log.</summary>
public sealed class SlowLogHostFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string> { ["GraphQL:SlowRequestThreshold"] = "00:00:00" };

    public LogCapture Log { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Log);
}

public sealed class SlowRequestLogTests(SlowLogHostFixture host) : IClassFixture<SlowLogHostFixture>
{
    [Fact]
    public async Task A_slow_request_is_logged_with_its_operation_duration_and_sql_statement_count()
    {
        var database = new NpgsqlConnectionStringBuilder(host.Database.ConnectionString).Database!;
        var statements = 0;
        using (var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.query.text") is not null && activity.TagObjects.Any(t => t.Value as string == database))
                    Interlocked.Increment(ref statements);
            },
        })
        {
            ActivitySource.AddActivityListener(listener);
            // Anonymous: no session look-up, so every statement on this database is the request's own.
            await host.Anonymous.DataAsync("query ZonePage { zones(first: 3) { nodes { code plots(first: 2) { nodes { code } } } } }");
        }

        var entry = host.Log.Single("ZonePage");
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("query", entry.Values["Operation"]);
        Assert.True((double)entry.Values["DurationMs"]! > 0);
        Assert.True(statements > 0);
        Assert.Equal(statements, (int)entry.Values["SqlStatements"]!);
        Assert.True((long)entry.Values["Cost"]! > 1);
        Assert.Contains("Slow GraphQL request: query ZonePage took ", entry.Message);
    }

    [Fact]
    public async Task Concurrent_requests_count_their_own_statements()
    {
        var plots = Enumerable.Range(0, 4).Select(_ => host.As("planner").DataAsync("query PlotPage { plots(first: 5) { nodes { code } } }"));
        var pings = Enumerable.Range(0, 4).Select(_ => host.As("planner").DataAsync("query Ping { __typename }"));
        await Task.WhenAll(plots.Concat(pings));

        Assert.All(host.Log.All("Ping"), ping => Assert.Equal(0, (int)ping.Values["SqlStatements"]!));
        Assert.All(host.Log.All("PlotPage"), page => Assert.True((int)page.Values["SqlStatements"]! > 0));
        Assert.Equal(4, host.Log.All("PlotPage").Count);
    }
}

/// <summary>Keeps the host's log entries (message and structured values) for tests to read.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values);

    private readonly ConcurrentQueue<Entry> entries = new();

    /// <summary>The slow-request entries of the operation with this name.</summary>
    public List<Entry> All(string operationName) =>
        entries.Where(e => e.Values.TryGetValue("OperationName", out var name) && name as string == operationName).ToList();

    public Entry Single(string operationName) => Assert.Single(All(operationName));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            capture.entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value)));
        }
    }
}
