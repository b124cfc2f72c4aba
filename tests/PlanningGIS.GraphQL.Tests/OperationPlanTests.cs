using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Tests;

/// <summary>
/// One parsed document executed many times (as the service does with its document cache): the
/// field collection kept on the operation must never carry one request's variables, arguments
/// or schema into another.
/// </summary>
public class OperationPlanTests
{
    private const string Sdl = """
        type Query { echo(text: String = "default"): String  items(first: Int!): [Item!]! }
        type Item { n: Int!  label(prefix: String!): String! }
        """;

    private static Schema BuildSchema(string suffix = "") => TestSchemas.FromSdl(Sdl, b => b
        .Resolve("Query.echo", ctx => ctx.GetArgument<string>("text") + suffix)
        .Resolve("Query.items", ctx => Enumerable.Range(1, ctx.GetArgument<int>("first")).ToList())
        .Resolve("Item.n", ctx => ctx.GetParent<int>())
        .Resolve("Item.label", ctx => ctx.GetArgument<string>("prefix") + ctx.GetParent<int>()));

    private static async Task<string> Run(Schema schema, DocumentNode document, string? variablesJson = null) =>
        (await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            Variables = InputValues.ParseVariables(variablesJson),
        })).ToJson();

    [Fact]
    public async Task Arguments_from_variables_are_coerced_per_request()
    {
        var schema = BuildSchema();
        var document = Parser.Parse("query($t: String, $n: Int!, $p: String!) { echo(text: $t) items(first: $n) { n label(prefix: $p) } }");
        Assert.Equal("""{"data":{"echo":"a","items":[{"n":1,"label":"x1"}]}}""", await Run(schema, document, """{"t":"a","n":1,"p":"x"}"""));
        Assert.Equal("""{"data":{"echo":"b","items":[{"n":1,"label":"y1"},{"n":2,"label":"y2"}]}}""", await Run(schema, document, """{"t":"b","n":2,"p":"y"}"""));
        Assert.Equal("""{"data":{"echo":"default","items":[{"n":1,"label":"z1"}]}}""", await Run(schema, document, """{"n":1,"p":"z"}"""));
    }

    [Fact]
    public async Task Skip_and_include_are_decided_per_request()
    {
        var schema = BuildSchema();
        var document = Parser.Parse("query($on: Boolean!) { echo @include(if: $on) items(first: 1) { n label(prefix: \"p\") @skip(if: $on) } }");
        Assert.Equal("""{"data":{"echo":"default","items":[{"n":1}]}}""", await Run(schema, document, """{"on":true}"""));
        Assert.Equal("""{"data":{"items":[{"n":1,"label":"p1"}]}}""", await Run(schema, document, """{"on":false}"""));
        Assert.Equal("""{"data":{"echo":"default","items":[{"n":1}]}}""", await Run(schema, document, """{"on":true}"""));
    }

    [Fact]
    public async Task The_same_document_runs_against_another_schema()
    {
        var document = Parser.Parse("{ echo(text: \"hi\") }");
        Assert.Equal("""{"data":{"echo":"hi"}}""", await Run(BuildSchema(), document));
        Assert.Equal("""{"data":{"echo":"hi!"}}""", await Run(BuildSchema("!"), document));
        Assert.Equal("""{"data":{"echo":"hi"}}""", await Run(BuildSchema(), document));
    }

    [Fact]
    public async Task Concurrent_executions_of_one_document_keep_their_own_variables()
    {
        var schema = BuildSchema();
        var document = Parser.Parse("query($n: Int!, $p: String!) { items(first: $n) { label(prefix: $p) } }");
        var runs = Enumerable.Range(1, 200).Select(i => Task.Run(async () =>
        {
            var n = i % 5 + 1;
            var json = await Run(schema, document, $$$"""{"n":{{{n}}},"p":"r{{{i}}}-"}""");
            var expected = string.Join(",", Enumerable.Range(1, n).Select(k => $$$"""{"label":"r{{{i}}}-{{{k}}}"}"""));
            Assert.Equal($$$"""{"data":{"items":[{{{expected}}}]}}""", json);
        }));
        await Task.WhenAll(runs);
    }
}
