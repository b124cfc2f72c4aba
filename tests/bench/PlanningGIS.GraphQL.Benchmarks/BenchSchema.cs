using System.Text.Json;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Benchmarks;

public sealed record Owner(string Id, string Name, IReadOnlyList<Item> Items);

public sealed record Item(string Id, string Name, double Price, string Category, IReadOnlyList<string> Tags, Owner? Owner, double? OldPrice);

/// <summary>The benchmark schema (documents/schema.graphql) over in-memory data: the same data graphql-js gets.</summary>
public static class BenchSchema
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "documents");

    public static string Document(string name) => File.ReadAllText(Path.Combine(Directory, name + ".graphql"));

    public static IReadOnlyDictionary<string, object?>? Variables(string name)
    {
        var path = Path.Combine(Directory, name + ".variables.json");
        return File.Exists(path) ? InputValues.ParseVariables(File.ReadAllText(path)) : null;
    }

    /// <summary>1,000 items: item i has name "Item i", price i * 1.5, category by i % 4, two tags.</summary>
    public static readonly IReadOnlyList<Item> Items = CreateItems();

    private static List<Item> CreateItems()
    {
        string[] categories = ["FOOD", "TOOLS", "BOOKS", "TOYS"];
        var owner = new Owner("o1", "Owner", []);
        return Enumerable.Range(0, 1000)
            .Select(i => new Item("i" + i, "Item " + i, i * 1.5, categories[i % 4], ["tag" + (i % 7), "all"], owner, null))
            .ToList();
    }

    public static Schema Build() => new SchemaBuilder()
        .AddSdl(File.ReadAllText(Path.Combine(Directory, "schema.graphql")))
        .BindType<Item>("Item")
        .BindType<Owner>("Owner")
        .Resolve("Query.hello", _ => "world")
        .Resolve("Query.version", _ => "1.0")
        .Resolve("Query.answer", _ => 42)
        .Resolve("Query.items", ctx => Items.Take(ctx.GetArgument<int>("first")).ToList())
        .Resolve("Query.item", ctx => Items.FirstOrDefault(i => i.Id == ctx.GetArgument<string>("id")))
        .Resolve("Query.search", _ => new List<object>())
        .Resolve("Mutation.addItem", _ => Items[0])
        .ResolveType("Node", v => v is Item ? "Item" : "Owner")
        .ResolveType("SearchResult", v => v is Item ? "Item" : "Owner")
        .Build();

    /// <summary>The result as JSON (used once, to check both engines answer the same).</summary>
    public static string ToJson(Execution.ExecutionResult result) => result.ToJson();

    internal static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
