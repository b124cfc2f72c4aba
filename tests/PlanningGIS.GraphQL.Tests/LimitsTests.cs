using System.Text.Json;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Tests;

public class LimitsTests
{
    private static readonly Schema Schema = TestSchemas.FromSdl("type Query { a: A list(first: Int): [A] } type A { a: A b: Int list(first: Int): [A] }");

    private static async Task<JsonElement> Run(GraphQLLimits limits, string query, string? variables = null)
    {
        var service = new GraphQLService(Schema, limits);
        var result = await service.ExecuteAsync(query, null, Utilities.InputValues.ParseVariables(variables));
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    [Theory]
    [InlineData(nameof(GraphQLLimits.MaxDocumentLength), "{ a { b } }", "Document is too large: 11 characters exceeds the maximum of 10.")]
    [InlineData(nameof(GraphQLLimits.MaxTokens), "{ a { b } }", "Syntax Error: Document contains more than 5 tokens. Parsing aborted.")]
    [InlineData(nameof(GraphQLLimits.MaxDepth), "{ a { a { a { a { a { a { a { a { a { a { a { b } } } } } } } } } } } }", "Query is nested too deeply: depth 12 exceeds the maximum of 10.")]
    [InlineData(nameof(GraphQLLimits.MaxFields), "{ a { b } x1: a { b } x2: a { b } x3: a { b } x4: a { b } x5: a { b } }", "Query selects too many fields: 12 (fragments expanded, aliases counted) exceeds the maximum of 10.")]
    [InlineData(nameof(GraphQLLimits.MaxCost), "{ list(first: 5) { list(first: 5) { b } } }", "Query is too expensive: estimated cost 31 exceeds the maximum of 10.")]
    public async Task Each_limit_gives_a_clear_request_error(string limit, string query, string message)
    {
        var limits = limit switch
        {
            nameof(GraphQLLimits.MaxDocumentLength) => GraphQLLimits.None with { MaxDocumentLength = 10 },
            nameof(GraphQLLimits.MaxTokens) => GraphQLLimits.None with { MaxTokens = 5 },
            nameof(GraphQLLimits.MaxDepth) => GraphQLLimits.None with { MaxDepth = 10 },
            nameof(GraphQLLimits.MaxFields) => GraphQLLimits.None with { MaxFields = 10 },
            _ => GraphQLLimits.None with { MaxCost = 10 },
        };
        var root = await Run(limits, query);
        Assert.False(root.TryGetProperty("data", out _));
        var error = root.GetProperty("errors")[0];
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Contains(error.GetProperty("extensions").GetProperty("code").GetString(), new[] { "LIMIT_EXCEEDED", "GRAPHQL_PARSE_FAILED" });
    }

    [Fact]
    public async Task Cost_uses_variables_and_the_default_list_size()
    {
        var limits = GraphQLLimits.None with { MaxCost = 100, DefaultListSize = 10 };
        Assert.True((await Run(limits, "query($n: Int) { list(first: $n) { b } }", """{"n":50}""")).TryGetProperty("data", out _));
        var root = await Run(limits, "query($n: Int) { list(first: $n) { b } }", """{"n":500}""");
        Assert.Equal("Query is too expensive: estimated cost 501 exceeds the maximum of 100.", root.GetProperty("errors")[0].GetProperty("message").GetString());
        var nested = await Run(limits, "{ list { list { b } } }");
        Assert.Equal("Query is too expensive: estimated cost 111 exceeds the maximum of 100.", nested.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    private static readonly Schema ConnectionSchema = TestSchemas.FromSdl("""
        type Query { plots(first: Int = 50, after: String): PlotConnection! }
        type PlotConnection { totalCount: Int! nodes: [Plot!]! edges: [PlotEdge!]! pageInfo: PageInfo! }
        type PlotEdge { cursor: String! node: Plot! }
        type PageInfo { hasNextPage: Boolean! }
        type Plot { code: String! zone: Zone }
        type Zone { plots(first: Int = 100): PlotConnection! }
        """);

    private static async Task<Execution.ExecutionResult> Analyze(string query, long maxCost = 0)
    {
        var service = new GraphQLService(ConnectionSchema, GraphQLLimits.None with { MaxCost = maxCost });
        return await service.ExecuteAsync(query);
    }

    [Theory]
    [InlineData("{ plots(first: 500) { nodes { code } } }", 502)]
    [InlineData("query($n: Int) { plots(first: $n) { nodes { code } } }", 52)]
    [InlineData("{ plots { nodes { code } } }", 52)]
    [InlineData("{ plots(first: 100) { totalCount pageInfo { hasNextPage } nodes { code } edges { cursor node { code } } } }", 406)]
    [InlineData("{ plots(first: 10) { nodes { zone { plots { nodes { code } } } } } }", 1_032)]
    [InlineData("{ plots(first: 500) { nodes { code zone { plots(first: 500) { nodes { code zone { plots(first: 500) { nodes { code } } } } } } } } }", 126_002_002)]
    [InlineData("{ plots(first: 2147483647) { nodes { zone { plots(first: 2147483647) { nodes { zone { plots(first: 2147483647) { nodes { code } } } } } } } } }", long.MaxValue)]
    public async Task Connection_cost_multiplies_by_first_or_the_default_page_size(string query, long cost)
    {
        var result = await Analyze(query);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"Query is too expensive: estimated cost {cost} exceeds the maximum of 0.", error.Message);
        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.Equal(cost, error.Extensions!["cost"]);
        Assert.Equal(0L, error.Extensions!["limit"]);
    }

    [Fact]
    public async Task A_field_of_a_type_with_a_cost_costs_that_much_each_time()
    {
        var limits = GraphQLLimits.None with { MaxCost = 0, TypeCosts = new Dictionary<string, int> { ["String"] = 10 } };
        var service = new GraphQLService(ConnectionSchema, limits);

        var error = Assert.Single((await service.ExecuteAsync("{ plots(first: 500) { totalCount nodes { code } } }")).Errors);

        // plots 1 + totalCount 1 + nodes (1 + 500 × code 10)
        Assert.Equal(5_003L, error.Extensions!["cost"]);
    }

    [Fact]
    public async Task Only_so_many_heavy_operations_run_at_once_and_cheap_ones_never_wait()
    {
        var release = new TaskCompletionSource();
        var started = 0;
        var schema = TestSchemas.FromSdl("type Query { items(first: Int): [Item] } type Item { name: String }", b => b.ResolveAsync("Query.items", async ctx =>
        {
            Interlocked.Increment(ref started);
            await release.Task;
            return new[] { new Dictionary<string, object?> { ["name"] = "a" } };
        }));
        var service = new GraphQLService(schema, GraphQLLimits.Default with { HeavyCost = 100, MaxConcurrentHeavyRequests = 1 });

        var heavy = service.ExecuteAsync("{ items(first: 1000) { name } }");
        var waiting = service.ExecuteAsync("{ items(first: 999) { name } }");
        await Task.Delay(200);
        Assert.Equal(1, started);
        var cheap = service.ExecuteAsync("{ items(first: 5) { name } }");
        while (started < 2)
            await Task.Delay(10);
        Assert.False(waiting.IsCompleted);

        release.SetResult();
        await Task.WhenAll(heavy, waiting, cheap);
        Assert.Equal(3, started);
        Assert.All(new[] { heavy, waiting, cheap }, t => Assert.Empty(t.Result.Errors));
    }

    [Fact]
    public async Task A_heavy_operation_waiting_for_its_turn_ends_with_its_request()
    {
        var release = new TaskCompletionSource();
        var schema = TestSchemas.FromSdl("type Query { items(first: Int): [Item] } type Item { name: String }", b => b.ResolveAsync("Query.items", async ctx =>
        {
            await release.Task;
            return new[] { new Dictionary<string, object?> { ["name"] = "a" } };
        }));
        var service = new GraphQLService(schema, GraphQLLimits.Default with { HeavyCost = 100, MaxConcurrentHeavyRequests = 1 });
        var first = service.ExecuteAsync("{ items(first: 1000) { name } }");
        using var timeLimit = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            service.ExecuteAsync("{ items(first: 1000) { name } }", context: new Execution.RequestContext { CancellationToken = timeLimit.Token }));

        release.SetResult();
        Assert.Empty((await first).Errors);
    }

    private static readonly Schema EchoSchema = TestSchemas.FromSdl("type Query { echo(s: String, f: Float, o: In): String } input In { list: [String] }",
        b => b.Resolve("Query.echo", ctx => ctx.GetArgument<string>("s")));

    [Theory]
    [InlineData("{ echo(s: \"a\\u0000b\") }", null, "String cannot contain the NUL character (U+0000).")]
    [InlineData("{ echo(o: { list: [\"x\", \"\\u0000\"] }) }", null, "String cannot contain the NUL character (U+0000).")]
    [InlineData("query($s: String) { echo(s: $s) }", """{"s":"a\u0000"}""", "Variable \"$s\" cannot contain the NUL character (U+0000), found at s.")]
    [InlineData("query($o: In) { echo(o: $o) }", """{"o":{"list":["x","\u0000"]}}""", "Variable \"$o\" cannot contain the NUL character (U+0000), found at o.list[1].")]
    [InlineData("query($o: In) { echo(o: $o) }", """{"o":{"li\u0000st":[]}}""", "Variable \"$o\" cannot contain the NUL character (U+0000), found at o.li\\u0000st.")]
    public async Task A_NUL_character_anywhere_in_the_input_is_bad_user_input(string query, string? variables, string message)
    {
        var json = JsonDocument.Parse(await TestSchemas.Run(EchoSchema, query, variablesJson: variables, limits: GraphQLLimits.Default)).RootElement;

        Assert.False(json.TryGetProperty("data", out _));
        Assert.Equal(message, json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Without_limits_a_NUL_character_is_an_ordinary_character_as_in_the_spec()
    {
        var json = await TestSchemas.Run(EchoSchema, "{ echo(s: \"a\\u0000b\") }", limits: GraphQLLimits.None);
        Assert.Equal("""{"data":{"echo":"a\u0000b"}}""", json);
    }

    [Theory]
    [InlineData("{ echo(f: 1e999) }", "Float cannot represent a number this large: 1e999")]
    [InlineData("{ echo(f: -1e999) }", "Float cannot represent a number this large: -1e999")]
    [InlineData("{ echo(f: 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000) }", "Float cannot represent a number this large: 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")]
    public async Task A_float_literal_beyond_the_double_range_is_a_validation_error_not_infinity(string query, string message)
    {
        var service = new GraphQLService(EchoSchema, GraphQLLimits.Default);
        var result = await service.ExecuteAsync(query);
        var error = Assert.Single(result.Errors);
        Assert.False(result.HasData);
        Assert.Equal(message, error.Message);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
    }

    [Fact]
    public async Task Fragments_are_expanded_without_blowing_up()
    {
        // 2^20 expanded fields from a tiny document: counted with memoization, rejected quickly.
        var fragments = string.Join("\n", Enumerable.Range(0, 20).Select(i => $"fragment F{i} on A {{ a {{ ...F{i + 1} }} b {{ ...F{i + 1} }} }}".Replace(" b { ...F" + (i + 1) + " }", " x: a { ...F" + (i + 1) + " }")));
        var query = "{ a { ...F0 } }\n" + fragments + "\nfragment F20 on A { b }";
        var root = await Run(GraphQLLimits.Default, query);
        Assert.StartsWith("Query is nested too deeply", root.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        var limits = GraphQLLimits.Default with { EnableIntrospection = false };
        var root = await Run(limits, "{ __schema { queryType { name } } }");
        Assert.Equal("GraphQL introspection is not allowed by this server (__schema and __type are disabled).", root.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("INTROSPECTION_DISABLED", root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var typename = await Run(limits, "{ __typename }");
        Assert.Equal("Query", typename.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Default_limits_allow_the_full_introspection_query()
    {
        var root = await Run(GraphQLLimits.Default, IntrospectionTests.FullIntrospectionQuery);
        Assert.False(root.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Service_caches_prepared_documents_and_syntax_errors()
    {
        var service = new GraphQLService(Schema, GraphQLLimits.Default);
        var first = service.Prepare("{ a { b } }");
        var second = service.Prepare("{ a { b } }");
        Assert.NotNull(first.Document);
        Assert.Same(first, second);
        var broken = service.Prepare("{ a {");
        Assert.Null(broken.Parsed);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", Assert.Single(broken.Errors).Message);
        var result = await service.ExecuteAsync("{ a {");
        Assert.False(result.HasData);
    }

    [Fact]
    public void Service_does_not_cache_long_one_off_documents()
    {
        var service = new GraphQLService(Schema, GraphQLLimits.Default);
        var longQuery = "{ a { b } }" + new string(' ', GraphQLService.MaxCachedDocumentLength);

        var first = service.Prepare(longQuery);
        var second = service.Prepare(longQuery);

        Assert.NotNull(first.Document);
        Assert.NotSame(first.Document, second.Document);
    }

    // Validation rejects fragment cycles; these two tests call the executor directly, without it.
    private const string CyclicQuery = "{ a { ...F } } fragment F on A { b a { ...F } }";

    private static readonly Dictionary<string, object?> SelfReferencing = CreateSelfReferencing();

    private static Dictionary<string, object?> CreateSelfReferencing()
    {
        var node = new Dictionary<string, object?> { ["b"] = 1 };
        node["a"] = node;
        return node;
    }

    private static Task<Execution.ExecutionResult> ExecuteCyclicUnvalidated(GraphQLLimits? limits) =>
        Execution.Executor.ExecuteAsync(new Execution.ExecutionRequest
        {
            Schema = Schema,
            Document = Language.Parser.Parse(CyclicQuery),
            RootValue = new Dictionary<string, object?> { ["a"] = SelfReferencing },
            Limits = limits,
        });

    [Fact]
    public async Task An_unvalidated_fragment_cycle_is_a_limit_error_when_limits_apply()
    {
        var result = await ExecuteCyclicUnvalidated(GraphQLLimits.Default);
        var error = Assert.Single(result.Errors);
        Assert.False(result.HasData);
        Assert.Equal("Query spreads a fragment within itself: it would never end.", error.Message);
        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
    }

    [Fact]
    public async Task Without_limits_or_validation_a_fragment_cycle_stops_at_the_result_depth_ceiling()
    {
        var result = await ExecuteCyclicUnvalidated(limits: null);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"The result is nested more than {Execution.Executor.MaxResultDepth} objects deep.", error.Message);
        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.Equal(Execution.Executor.MaxResultDepth + 1, error.Path!.Count); // "a" and then "a" at every level
        var json = JsonDocument.Parse(result.ToJson(), new JsonDocumentOptions { MaxDepth = 1024 }).RootElement.GetProperty("data");
        for (var level = 0; level < Execution.Executor.MaxResultDepth; level++)
        {
            json = json.GetProperty("a");
        }
        Assert.Equal(1, json.GetProperty("b").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("a").ValueKind);
    }
}
