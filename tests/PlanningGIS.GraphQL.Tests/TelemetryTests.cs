using System.Collections.Concurrent;
using System.Diagnostics;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Tests;

/// <summary>The engine's spans on its ActivitySource, as a host's tracer (OpenTelemetry's AddSource) sees them.</summary>
public class TelemetryTests
{
    private static readonly Schema Schema = TestSchemas.FromSdl("type Query { a: A } type A { b: Int }");

    [Fact]
    public async Task Parse_validate_and_execute_are_spans_and_a_cached_document_is_only_executed()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        // Spans of this test only: other tests run meanwhile, in traces of their own.
        using var test = new Activity(nameof(TelemetryTests)).Start();
        var service = new GraphQLService(Schema, GraphQLLimits.Default);

        await service.ExecuteAsync("query Pair { a { b } }");
        await service.ExecuteAsync("query Pair { a { b } }");
        await service.ExecuteAsync("{ nope }");
        await service.ExecuteAsync("{ a {");

        var mine = spans.Where(s => s.TraceId == test.TraceId).ToList();
        Assert.Equal(["graphql.parse", "graphql.validate", "graphql.execute", "graphql.execute", "graphql.parse", "graphql.validate", "graphql.parse"],
            mine.Select(s => s.OperationName));
        var execute = mine[2];
        Assert.Equal("query", execute.GetTagItem("graphql.operation.type"));
        Assert.Equal("Pair", execute.GetTagItem("graphql.operation.name"));
        Assert.Equal(2L, execute.GetTagItem("graphql.operation.cost"));
        Assert.Equal(ActivityStatusCode.Unset, execute.Status);
        Assert.Equal(ActivityStatusCode.Error, mine[5].Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", mine[5].GetTagItem("graphql.error.code"));
        Assert.Equal(ActivityStatusCode.Error, mine[6].Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", mine[6].GetTagItem("graphql.error.code"));
    }

    [Fact]
    public async Task The_result_carries_the_operation_cost_for_the_host_s_log()
    {
        var result = await new GraphQLService(Schema, GraphQLLimits.Default).ExecuteAsync("{ a { b } }");

        Assert.Equal(2, result.Cost);
    }
}
