using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Tests;

public class ExecutorTests
{
    private static readonly Schema Schema = TestSchemas.FromSdl("""
        type Query {
          hello: String
          int: Int
          nonNullInt: Int!
          float: Float
          list: [Int]
          nonNullList: [Int!]
          obj: Obj
          nonNullObj: Obj!
          objs: [Obj]
          pet: Pet
          pets: [Pet]
          search: [Result]
          echo(s: String, i: Int = 5, l: [Int], o: In, e: Color, one: One): String
          color: Color
        }
        type Obj { a: String b: Int! c: Obj }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        union Result = Dog | Obj
        enum Color { RED GREEN }
        input In { x: Int! y: String = "def" }
        input One @oneOf { a: Int b: String }
        type Mutation { step(n: Int!): Int }
        """, b => b
        .Resolve("Query.echo", ctx => System.Text.Json.JsonSerializer.Serialize(ctx.Arguments))
        .Resolve("Mutation.step", ctx => ctx.GetArgument<int>("n")));

    private const string Root = """
        {"hello":"world","int":1,"nonNullInt":null,"float":1.5,"list":[1,null,3],"nonNullList":[1,null,3],
         "obj":{"a":"x","b":2,"c":{"a":"y","b":null}},"nonNullObj":{"a":"z","b":null},
         "objs":[{"a":"1","b":1},{"a":"2","b":null}],
         "pet":{"__typename":"Dog","name":"Rex","barks":true},
         "pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false}],
         "search":[{"__typename":"Obj","a":"o","b":1},{"__typename":"Dog","name":"d"}],
         "color":"RED"}
        """;

    [Theory]
    [InlineData("{ hello int float }", """{"data":{"hello":"world","int":1,"float":1.5}}""")]
    [InlineData("{ b: int a: hello }", """{"data":{"b":1,"a":"world"}}""")]
    [InlineData("{ list }", """{"data":{"list":[1,null,3]}}""")]
    [InlineData("{ color }", """{"data":{"color":"RED"}}""")]
    [InlineData("{ obj { a c { a } } }", """{"data":{"obj":{"a":"x","c":{"a":"y"}}}}""")]
    [InlineData("{ obj { ...F c { ...F } } } fragment F on Obj { a }", """{"data":{"obj":{"a":"x","c":{"a":"y"}}}}""")]
    [InlineData("{ obj { a @skip(if: true) b @include(if: false) c @include(if: true) { a } } }", """{"data":{"obj":{"c":{"a":"y"}}}}""")]
    [InlineData("{ pet { __typename name ... on Dog { barks } ... on Cat { meows } } }", """{"data":{"pet":{"__typename":"Dog","name":"Rex","barks":true}}}""")]
    [InlineData("{ pets { name ... on Cat { meows } } }", """{"data":{"pets":[{"name":"Rex"},{"name":"Tom","meows":false}]}}""")]
    [InlineData("{ search { __typename ... on Obj { a } ... on Pet { name } } }", """{"data":{"search":[{"__typename":"Obj","a":"o"},{"__typename":"Dog","name":"d"}]}}""")]
    [InlineData("{ __typename }", """{"data":{"__typename":"Query"}}""")]
    public async Task Executes_queries(string query, string expected)
    {
        Assert.Equal(expected, await TestSchemas.Run(Schema, query, Root));
    }

    [Theory]
    [InlineData("{ hello nonNullInt }", """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullInt.","locations":[{"line":1,"column":9}],"path":["nonNullInt"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""")]
    [InlineData("{ nonNullList }", """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullList.","locations":[{"line":1,"column":3}],"path":["nonNullList",1],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"nonNullList":null}}""")]
    [InlineData("{ obj { c { b } a } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.b.","locations":[{"line":1,"column":13}],"path":["obj","c","b"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"obj":{"c":null,"a":"x"}}}""")]
    [InlineData("{ objs { a b } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.b.","locations":[{"line":1,"column":12}],"path":["objs",1,"b"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"objs":[{"a":"1","b":1},null]}}""")]
    [InlineData("{ hello nonNullObj { b } }", """{"errors":[{"message":"Cannot return null for non-nullable field Obj.b.","locations":[{"line":1,"column":22}],"path":["nonNullObj","b"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""")]
    public async Task Propagates_nulls_to_the_nearest_nullable_field(string query, string expected)
    {
        Assert.Equal(expected, await TestSchemas.Run(Schema, query, Root));
    }

    [Theory]
    [InlineData("{ echo }", "{\"i\":5}")]
    [InlineData("{ echo(s: \"a\", i: null, l: 1, e: GREEN) }", "{\"s\":\"a\",\"i\":null,\"l\":[1],\"e\":\"GREEN\"}")]
    [InlineData("{ echo(o: {x: 1}) }", "{\"i\":5,\"o\":{\"x\":1,\"y\":\"def\"}}")]
    [InlineData("{ echo(one: {b: \"x\"}) }", "{\"i\":5,\"one\":{\"b\":\"x\"}}")]
    public async Task Coerces_arguments(string query, string expectedArgs)
    {
        var json = await TestSchemas.Run(Schema, query, Root);
        var echo = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("echo").GetString();
        Assert.Equal(expectedArgs, echo);
    }

    [Theory]
    [InlineData("""{"s":"a"}""", "{\"s\":\"a\",\"i\":5}")]
    [InlineData("""{}""", "{\"i\":5}")]
    [InlineData("""{"s":null,"i":null}""", "{\"s\":null,\"i\":null}")]
    [InlineData("""{"l":7,"o":{"x":2}}""", "{\"i\":5,\"l\":[7],\"o\":{\"x\":2,\"y\":\"def\"}}")]
    public async Task Distinguishes_absent_and_null_variables(string variables, string expectedArgs)
    {
        var json = await TestSchemas.Run(Schema, "query($s: String, $i: Int, $l: [Int], $o: In) { echo(s: $s, i: $i, l: $l, o: $o) }", Root, variables);
        var echo = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("echo").GetString();
        Assert.Equal(expectedArgs, echo);
    }

    [Theory]
    [InlineData("query($i: Int!) { echo(i: $i) }", "{}", "Variable \"$i\" of required type \"Int!\" was not provided.")]
    [InlineData("query($i: Int!) { echo(i: $i) }", """{"i":null}""", "Variable \"$i\" of non-null type \"Int!\" must not be null.")]
    [InlineData("query($i: Int) { echo(i: $i) }", """{"i":"x"}""", "Variable \"$i\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\"")]
    [InlineData("query($i: Int) { echo(i: $i) }", """{"i":3000000000}""", "Variable \"$i\" got invalid value 3000000000; Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("query($o: In) { echo(o: $o) }", """{"o":{"y":"a"}}""", "Variable \"$o\" got invalid value { y: \"a\" }; Field \"x\" of required type \"Int!\" was not provided.")]
    [InlineData("query($o: In) { echo(o: $o) }", """{"o":{"x":1,"z":2}}""", "Variable \"$o\" got invalid value { x: 1, z: 2 }; Field \"z\" is not defined by type \"In\". Did you mean \"x\" or \"y\"?")]
    [InlineData("query($l: [Int]) { echo(l: $l) }", """{"l":[1,"b"]}""", "Variable \"$l\" got invalid value \"b\" at \"l[1]\"; Int cannot represent non-integer value: \"b\"")]
    [InlineData("query($e: Color) { echo(e: $e) }", """{"e":"BLUE"}""", "Variable \"$e\" got invalid value \"BLUE\"; Value \"BLUE\" does not exist in \"Color\" enum.")]
    [InlineData("query($one: One) { echo(one: $one) }", """{"one":{"a":1,"b":"x"}}""", "Variable \"$one\" got invalid value { a: 1, b: \"x\" }; Exactly one key must be specified for OneOf type \"One\".")]
    public async Task Reports_variable_coercion_errors(string query, string variables, string message)
    {
        var json = await TestSchemas.Run(Schema, query, Root, variables);
        var root = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.False(root.TryGetProperty("data", out _));
        Assert.Equal(message, root.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("query A { hello } query B { int }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { hello }", "C", "Unknown operation named \"C\".")]
    [InlineData("fragment F on Query { hello }", null, "Must provide an operation.")]
    [InlineData("subscription { hello }", null, "Schema is not configured to execute subscription operation.")]
    [InlineData("mutation M { step(n: 1) }", "M", null)]
    public async Task Selects_the_operation(string query, string? operationName, string? message)
    {
        var json = await TestSchemas.Run(Schema, query, Root, operationName: operationName);
        var root = System.Text.Json.JsonDocument.Parse(json).RootElement;
        if (message is null)
        {
            Assert.Equal("""{"data":{"step":1}}""", json);
        }
        else
        {
            Assert.Equal(message, root.GetProperty("errors")[0].GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Runs_mutation_fields_serially_and_query_fields_concurrently()
    {
        var log = new List<string>();
        var schema = TestSchemas.FromSdl("type Query { a: Int b: Int } type Mutation { a: Int b: Int }", b => b
            .ResolveAsync("Query.a", async _ => { log.Add("qa start"); await Task.Delay(30); log.Add("qa end"); return 1; })
            .ResolveAsync("Query.b", async _ => { log.Add("qb start"); await Task.Delay(1); log.Add("qb end"); return 2; })
            .ResolveAsync("Mutation.a", async _ => { log.Add("ma start"); await Task.Delay(30); log.Add("ma end"); return 1; })
            .ResolveAsync("Mutation.b", async _ => { log.Add("mb start"); await Task.Delay(1); log.Add("mb end"); return 2; }));
        Assert.Equal("""{"data":{"a":1,"b":2}}""", await TestSchemas.Run(schema, "{ a b }"));
        Assert.Equal(["qa start", "qb start"], log.Take(2));
        log.Clear();
        Assert.Equal("""{"data":{"a":1,"b":2}}""", await TestSchemas.Run(schema, "mutation { a b }"));
        Assert.Equal(["ma start", "ma end", "mb start", "mb end"], log);
    }

    [Fact]
    public async Task Resolver_errors_have_path_locations_and_code_without_leaking_internals()
    {
        var schema = TestSchemas.FromSdl("type Query { items: [Item] } type Item { id: Int bad: String secret: String }", b => b
            .Resolve("Query.items", _ => new[] { 1, 2 })
            .Resolve("Item.id", ctx => ctx.Parent)
            .Resolve<string>("Item.bad", _ => throw new GraphQLError("Not allowed", "FORBIDDEN"))
            .ResolveAsync<string>("Item.secret", async _ => { await Task.Yield(); throw new InvalidOperationException("db password is hunter2"); }));
        var json = await TestSchemas.Run(schema, "{ items { id bad secret } }");
        Assert.Contains("""{"message":"Not allowed","locations":[{"line":1,"column":14}],"path":["items",0,"bad"],"extensions":{"code":"FORBIDDEN"}}""", json);
        Assert.Contains("""{"message":"Unexpected error.","locations":[{"line":1,"column":18}],"path":["items",1,"secret"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}""", json);
        Assert.DoesNotContain("hunter2", json);
        Assert.EndsWith("""
            "data":{"items":[{"id":1,"bad":null,"secret":null},{"id":2,"bad":null,"secret":null}]}}
            """, json);
    }

    [Fact]
    public async Task Look_ahead_sees_sub_fields_through_fragments_and_directives()
    {
        IReadOnlyList<string>? seen = null;
        var geometryAsked = false;
        var schema = TestSchemas.FromSdl("type Query { parcels: [Parcel] } type Parcel { id: ID area: Float geometry: String }", b => b
            .Resolve("Query.parcels", ctx =>
            {
                seen = ctx.SubFields.Select(f => f.ResponseKey).ToList();
                geometryAsked = ctx.IsSelected("geometry");
                return Array.Empty<object>();
            }));
        await TestSchemas.Run(schema, "query($g: Boolean!) { parcels { id ...F size: area } } fragment F on Parcel { geometry @include(if: $g) }", variablesJson: """{"g":false}""");
        Assert.Equal(["id", "size"], seen);
        Assert.False(geometryAsked);
        await TestSchemas.Run(schema, "query($g: Boolean!) { parcels { id ...F } } fragment F on Parcel { geometry @include(if: $g) }", variablesJson: """{"g":true}""");
        Assert.True(geometryAsked);
    }

    private sealed record Parcel(string Id, double Area);

    [Fact]
    public async Task Reads_properties_of_bound_clr_types_and_resolves_abstract_types_by_clr_type()
    {
        var schema = new SchemaBuilder()
            .AddSdl("type Query { node: Node } interface Node { id: ID! } type Parcel implements Node { id: ID! area: Float }")
            .Resolve("Query.node", _ => new Parcel("p1", 12.5))
            .BindType<Parcel>("Parcel")
            .Build();
        Assert.Equal("""{"data":{"node":{"__typename":"Parcel","id":"p1","area":12.5}}}""",
            await TestSchemas.Run(schema, "{ node { __typename id ... on Parcel { area } } }"));
    }

    [Fact]
    public async Task Cancellation_aborts_execution()
    {
        var schema = TestSchemas.FromSdl("type Query { slow: Int }", b => b
            .ResolveAsync("Query.slow", async ctx => { await Task.Delay(5000, ctx.CancellationToken); return 1; }));
        using var cts = new CancellationTokenSource(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Language.Parser.Parse("{ slow }"),
            Context = new RequestContext { CancellationToken = cts.Token },
        }));
    }
}
