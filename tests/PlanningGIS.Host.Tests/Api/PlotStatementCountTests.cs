using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// The number of SQL statements a page of plots costs, counted in process: Npgsql starts an Activity
/// per command on its "Npgsql" ActivitySource, and the host runs in the test process. Only commands
/// on this fixture's own database are counted, so tests of other classes running meanwhile (each on
/// its own database) do not disturb the count.
/// </summary>
public sealed class PlotStatementCountTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Page = """
        query($first: Int!) { plots(first: $first) { totalCount nodes {
            code availability zone { code name } currentAllocation { code status investor { name } } geometry } } }
        """;

    [Fact]
    public async Task A_page_of_100_plots_with_zone_current_allocation_and_geometry_costs_a_few_statements_not_one_per_plot()
    {
        var client = host.As("planner");
        await client.DataAsync(Page, new { first = 5 }); // warm-up: first-use costs (session, type loading) are not the page's

        var (hundred, data) = await CountAsync(() => client.DataAsync(Page, new { first = 100 }));
        var (ten, _) = await CountAsync(() => client.DataAsync(Page, new { first = 10 }));

        var nodes = data.GetProperty("plots").GetProperty("nodes");
        Assert.Equal(100, nodes.GetArrayLength());
        Assert.Contains(nodes.EnumerateArray(), n => n.GetProperty("currentAllocation").ValueKind != System.Text.Json.JsonValueKind.Null);
        // page (with totalCount), zones, current allocations, their investors (+ the bearer token's session)
        Assert.InRange(hundred, 4, 5);
        Assert.Equal(ten, hundred);
    }

    // Statements on this fixture's database while the request runs.
    private async Task<(int Count, T Result)> CountAsync<T>(Func<Task<T>> request)
    {
        var database = new NpgsqlConnectionStringBuilder(host.Database.ConnectionString).Database!;
        var statements = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TagObjects.Any(t => t.Value as string == database))
                    statements.Add(activity.DisplayName);
            },
        };
        ActivitySource.AddActivityListener(listener);
        var result = await request();
        return (statements.Count, result);
    }
}
