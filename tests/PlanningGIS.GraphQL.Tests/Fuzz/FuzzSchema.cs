using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Tests.Fuzz;

/// <summary>
/// A moderately rich schema for the fuzz test: interfaces, a union, enums, input objects (recursive
/// and @oneOf), lists, non-null, defaults, a custom scalar, a mutation, a failing field and a cyclic
/// object graph (so deep documents really resolve deep).
/// </summary>
internal static class FuzzSchema
{
    public const string Sdl = """
        scalar DateTime

        enum Color { RED GREEN BLUE }

        interface Node { id: ID! }

        interface Named { name: String }

        type Person implements Node & Named {
          id: ID!
          name: String
          age: Int
          color: Color
          born: DateTime
          friends(first: Int = 3, after: String): [Person!]!
          pets: [Pet]
          best: Person
          tags: [String!]
        }

        type Dog implements Node & Named {
          id: ID!
          name: String
          barks: Boolean
          owner: Person
        }

        type Cat implements Node & Named {
          id: ID!
          name: String
          lives: Int
          owner: Person
        }

        union Pet = Dog | Cat

        input Filter {
          name: String
          colors: [Color!]
          nested: Filter
          min: Int = 0
          when: DateTime
        }

        input Choice @oneOf {
          text: String
          number: Int
        }

        type Query {
          node(id: ID!): Node
          person(id: ID = "p1"): Person
          people(filter: Filter, first: Int = 5): [Person!]!
          pets(choice: Choice): [Pet]
          echo(s: String, i: Int, f: Float, b: Boolean, c: Color, list: [[Int]], filter: Filter): String
          fail: String
          failNonNull: String!
        }

        type Mutation {
          rename(id: ID!, name: String!): Person
        }
        """;

    private static readonly Dictionary<string, Dictionary<string, object?>> Objects = BuildGraph();

    public static Schema Build() => new SchemaBuilder()
        .AddSdl(Sdl, "fuzz.graphql")
        .AddScalar("DateTime", new DateTimeScalar())
        .UseDefaultResolver(DefaultResolvers.DictionaryOrProperty)
        .ResolveType("Node", TypeOf)
        .ResolveType("Named", TypeOf)
        .ResolveType("Pet", TypeOf)
        .Resolve("Query.node", ctx => Objects.GetValueOrDefault(ctx.GetArgument<string>("id") ?? ""))
        .Resolve("Query.person", ctx => Objects.GetValueOrDefault(ctx.GetArgument<string>("id") ?? ""))
        .Resolve("Query.people", ctx => People(ctx.GetArgument<int?>("first") ?? 5))
        .Resolve("Query.pets", _ => new object?[] { Objects["d1"], Objects["c1"], null })
        .Resolve("Query.echo", ctx => string.Join("|", ctx.Arguments.Select(a => a.Key + "=" + a.Value)))
        .Resolve<string?>("Query.fail", _ => throw new GraphQLError("It failed.", "FAILED"))
        .Resolve<string>("Query.failNonNull", _ => throw new InvalidOperationException("internal detail"))
        .Resolve("Person.friends", ctx => Friends((Dictionary<string, object?>)ctx.Parent!, ctx.GetArgument<int?>("first") ?? 3))
        .Resolve("Mutation.rename", ctx => Objects.GetValueOrDefault(ctx.GetArgument<string>("id") ?? ""))
        .Build();

    private static string? TypeOf(object value) => value is Dictionary<string, object?> d ? d["__kind"] as string : null;

    private static List<Dictionary<string, object?>> People(int first) =>
        Objects.Values.Where(o => (string)o["__kind"]! == "Person").Take(Math.Clamp(first, 0, 5)).ToList();

    private static List<Dictionary<string, object?>> Friends(Dictionary<string, object?> person, int first)
    {
        var ids = (string[])person["__friends"]!;
        return ids.Take(Math.Clamp(first, 0, ids.Length)).Select(id => Objects[id]).ToList();
    }

    // Five people who are all each other's friends, each with a dog and a cat: cycles everywhere.
    private static Dictionary<string, Dictionary<string, object?>> BuildGraph()
    {
        var objects = new Dictionary<string, Dictionary<string, object?>>();
        var colors = new[] { "RED", "GREEN", "BLUE" };
        for (var i = 1; i <= 5; i++)
        {
            objects["p" + i] = new Dictionary<string, object?>
            {
                ["__kind"] = "Person", ["id"] = "p" + i, ["name"] = "Người " + i, ["age"] = 20 + i, ["color"] = colors[i % 3],
                ["born"] = new DateTimeOffset(1990 + i, 1, 2, 3, 4, 5, TimeSpan.Zero), ["tags"] = new[] { "a", "b" },
                ["__friends"] = Enumerable.Range(1, 5).Where(j => j != i).Select(j => "p" + j).ToArray(),
            };
        }
        for (var i = 1; i <= 5; i++)
        {
            var person = objects["p" + i];
            objects["d" + i] = new Dictionary<string, object?> { ["__kind"] = "Dog", ["id"] = "d" + i, ["name"] = "Chó " + i, ["barks"] = i % 2 == 0, ["owner"] = person };
            objects["c" + i] = new Dictionary<string, object?> { ["__kind"] = "Cat", ["id"] = "c" + i, ["name"] = "Mèo " + i, ["lives"] = 9, ["owner"] = person };
            person["pets"] = new object?[] { objects["d" + i], objects["c" + i] };
            person["best"] = objects["p" + (i % 5 + 1)];
        }
        return objects;
    }
}
