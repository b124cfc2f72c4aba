using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PlanningGIS.GraphQL;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Dossiers;

namespace PlanningGIS.Planning.Tests.Api;

/// <summary>
/// The dossier queries other features build on: the dossiers covering a point, most specific first
/// (planningAt), and relations loaded in batches, a constant number of statements per page.
/// </summary>
public sealed class DossierQueryTests : IAsyncLifetime
{
    // Inside a detailed plan of Đồng Đăng: eight dossiers of every kind cover it, one of them unpublished.
    private const double Lon = 106.69196164987959, Lat = 21.9633434;

    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.CopyOfSampleAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task The_dossiers_covering_a_point_come_most_specific_first_and_newest_decision_first()
    {
        var forPublic = await CoveringAsync(account: null);
        var forStaff = await CoveringAsync(ApiExecutor.Planner);

        var expected = await ExpectedOrderAsync(staff: true);
        Assert.Equal(expected, forStaff);
        Assert.Equal(8, forStaff.Count);
        Assert.Equal("QHCT-DD-2014-01-DC", forStaff[0]); // the detailed plan with the newest decision
        Assert.Equal(await ExpectedOrderAsync(staff: false), forPublic);
        Assert.DoesNotContain("QHCT-DD-2014-01", forPublic); // unpublished
        Assert.Contains("QHCT-DD-2014-01", forStaff);
    }

    [Fact]
    public async Task A_page_of_dossiers_with_every_relation_is_a_constant_number_of_statements()
    {
        const string query = """
            query($first: Int) { dossiers(first: $first) { nodes {
              code decision { number } geometry adjusts { code geometry } adjustedBy { code } zones { code dossier { code } }
              documents { url } history { version }
            } } }
            """;
        var api = new ApiExecutor(db);
        var page = await StatementsAsync(() => api.DataAsync(query, new { first = 50 }, ApiExecutor.Planner));
        var all = await StatementsAsync(() => api.DataAsync(query, new { first = 198 }, ApiExecutor.Planner));
        // The page, then at most one statement per relation: adjusts, adjustedBy, zones, their dossier, documents,
        // history (the first 50 adjust nothing, so one fewer there).
        Assert.InRange(page.Count, 1, 7);
        Assert.Equal(7, all.Count);
    }

    private async Task<List<string>> CoveringAsync(Account? account)
    {
        var schema = new SchemaBuilder()
            .AddSdl("type Query { covering(lon: Float!, lat: Float!): [String!]! }")
            .ResolveAsync("Query.covering", async ctx =>
                (await DossierQueries.CoveringPointAsync(ctx, ctx.GetArgument<double>("lon"), ctx.GetArgument<double>("lat"))).Select(d => d.Code).ToList())
            .Build();
        var context = new RequestContext { Services = new ServiceCollection().AddSingleton(db.DataSource).BuildServiceProvider() };
        context.Set(new Caller(account, null, null));
        var result = await new GraphQLService(schema, GraphQLLimits.Default).ExecuteAsync(
            "query($lon: Float!, $lat: Float!) { covering(lon: $lon, lat: $lat) }", null,
            new Dictionary<string, object?> { ["lon"] = Lon, ["lat"] = Lat }, context);
        Assert.Empty(result.Errors);
        using var json = System.Text.Json.JsonDocument.Parse(result.ToJson());
        return json.RootElement.GetProperty("data").GetProperty("covering").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    // The order spelled out in C#, independently of the SQL: kind, then the newest decision.
    private async Task<List<string>> ExpectedOrderAsync(bool staff)
    {
        string[] kinds = ["detailed_plan", "zoning_plan", "local_adjustment", "general_plan", "planning_task"];
        await using var cmd = db.DataSource.CreateCommand(
            "select code, kind, decision_date, published from dossiers where ST_Covers(boundary, ST_SetSRID(ST_MakePoint($1, $2), 4326))");
        cmd.Parameters.Add(new() { Value = Lon });
        cmd.Parameters.Add(new() { Value = Lat });
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<(string Code, int Rank, DateOnly? Date)>();
        while (await reader.ReadAsync())
            if (staff || reader.GetBoolean(3))
                rows.Add((reader.GetString(0), Array.IndexOf(kinds, reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2)));
        return rows.OrderBy(r => r.Rank).ThenByDescending(r => r.Date ?? DateOnly.MinValue).Select(r => r.Code).ToList();
    }

    // Statements sent to this test's database while the work runs: Npgsql traces each command, with its
    // text and database among the tags of the finished activity.
    private async Task<List<string>> StatementsAsync(Func<Task> work)
    {
        var statements = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.query.text") is string text && activity.GetTagItem("db.namespace") as string == db.Name)
                    lock (statements)
                        statements.Add(text);
            },
        };
        ActivitySource.AddActivityListener(listener);
        await work();
        return statements;
    }
}
