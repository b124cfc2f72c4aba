using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Tests;

public class SchemaBuilderTests
{
    private static Schema Build(string sdl) =>
        new SchemaBuilder().AddSdl(sdl).UseDefaultResolver(DefaultResolvers.DictionaryOrProperty).Build();

    private static SchemaBuildException BuildError(string sdl) => Assert.Throws<SchemaBuildException>(() => Build(sdl));

    private static List<string> Messages(SchemaBuildException error) => error.Details.Select(e => e.Message).ToList();

    [Fact]
    public void Builds_types_with_extensions_defaults_and_deprecations()
    {
        var schema = Build("""
            type Query { parcel(id: ID!, zone: Zone = RESIDENTIAL, filter: Filter = {max: 3}): Parcel }
            type Parcel implements Node { id: ID! area: Float @deprecated }
            interface Node { id: ID! }
            enum Zone { RESIDENTIAL COMMERCIAL @deprecated(reason: "Merged") }
            input Filter { min: Int = 1 max: Int }
            input ByKey @oneOf { id: ID code: String }
            scalar Geometry @specifiedBy(url: "https://geojson.org")
            extend type Parcel { geometry: Geometry }
            extend enum Zone { AGRICULTURAL }
            """);
        var parcel = (ObjectType)schema.GetType("Parcel")!;
        Assert.Equal(["id", "area", "geometry"], parcel.Fields.Select(f => f.Name));
        Assert.Equal("No longer supported", parcel.GetField("area")!.DeprecationReason);
        Assert.Equal([parcel], schema.GetPossibleTypes(schema.GetType("Node")!));
        var zone = (EnumType)schema.GetType("Zone")!;
        Assert.Equal(["RESIDENTIAL", "COMMERCIAL", "AGRICULTURAL"], zone.Values.Select(v => v.Name));
        Assert.Equal("Merged", zone.GetValue("COMMERCIAL")!.DeprecationReason);
        var filterArg = schema.QueryType.GetField("parcel")!.GetArgument("filter")!;
        Assert.Equal(new Dictionary<string, object?> { ["min"] = 1, ["max"] = 3 }, filterArg.DefaultValue);
        Assert.True(((InputObjectType)schema.GetType("ByKey")!).IsOneOf);
        Assert.Equal("https://geojson.org", ((ScalarType)schema.GetType("Geometry")!).SpecifiedByUrl);
    }

    [Fact]
    public void Orders_types_like_graphql_js()
    {
        var schema = Build("type Query { b: B a: Int } type B { s: String } type A { f: Float }");
        Assert.Equal(
            ["Query", "Int", "B", "String", "A", "Float", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Select(t => t.Name));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
    }

    [Theory]
    [InlineData("type Query { a: Missing }", "Unknown type \"Missing\".")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Foo { a: Int }", "Query root type must be provided.")]
    [InlineData("type Query { a: Int } extend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.")]
    [InlineData("type Query { a: I } interface I { x: Int } type T implements I { y: Int }", "Interface field I.x expected but T does not provide it.")]
    [InlineData("type Query { a: I } interface I { x: Int } type T implements I { x: String }", "Interface field I.x expects type Int but T.x is type String.")]
    [InlineData("type Query { a: U } union U = Query | I interface I { x: Int }", "Union type U can only include Object types, it cannot include I.")]
    [InlineData("type Query { a(i: I): Int } input I { self: I! }", "Cannot reference Input Object \"I\" within itself through a series of non-null fields: \"self\".")]
    [InlineData("type Query { a(i: O): Int } input O @oneOf { a: Int! b: Int }", "OneOf input field O.a must be nullable.")]
    [InlineData("type Query { a(i: O): Int } input O @oneOf { a: Int = 1 b: Int }", "OneOf input field O.a cannot have a default value.")]
    [InlineData("type Query { a(i: Int = \"x\"): Int }", "Query.a(i:) has invalid default value: \"x\".")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query", "Type Query must define one or more fields.")]
    [InlineData("type Query { a: Int } extend type Query { a: String }", "Field \"Query.a\" can only be defined once.")]
    public void Reports_invalid_schemas(string sdl, string message)
    {
        Assert.Contains(message, Messages(BuildError(sdl)));
    }

    [Fact]
    public void Resolver_bindings_are_checked_at_build_time()
    {
        var error = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddSdl("type Query { version: String parcel: Parcel } type Parcel { id: ID }")
            .Resolve("Query.versoin", _ => "1")
            .Resolve("Query.parcel", _ => new object())
            .Resolve("Nope.x", _ => 1)
            .Build());
        Assert.Contains("Resolver bound to \"Query.versoin\", but type \"Query\" has no field \"versoin\". Did you mean \"version\"?", Messages(error));
        Assert.Contains("Resolver bound to \"Nope.x\", but type \"Nope\" does not exist.", Messages(error));
        Assert.Contains("Field \"Query.version\" has no resolver (bind one with Resolve(\"Query.version\", ...), BindType or UseDefaultResolver).", Messages(error));
        Assert.Contains("Field \"Parcel.id\" has no resolver (bind one with Resolve(\"Parcel.id\", ...), BindType or UseDefaultResolver).", Messages(error));
    }

    private sealed record Parcel(string Id);

    [Fact]
    public void Bound_clr_types_need_matching_properties()
    {
        var error = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddSdl("type Query { parcel: Parcel } type Parcel { id: ID area: Float }")
            .Resolve("Query.parcel", _ => new Parcel("1"))
            .BindType<Parcel>("Parcel")
            .Build());
        Assert.Equal(["Field \"Parcel.area\" has no resolver and Parcel has no property \"area\". (schema.graphql:1:52)"], error.Errors);
    }

    [Fact]
    public void Prints_schema_like_graphql_js()
    {
        const string sdl = """"
            """The schema"""
            schema {
              query: Root
            }

            directive @cost(value: Int = 1) repeatable on FIELD_DEFINITION | OBJECT

            type Root {
              """Find a parcel"""
              parcel(
                """The id"""
                id: ID!
                zone: Zone = RESIDENTIAL
              ): Parcel
              search(filter: Filter = {min: 1, max: 3}, tags: [String!] = ["a"]): [Parcel!]! @deprecated(reason: "Use parcel")
            }

            type Parcel implements Node {
              id: ID!
              area: Float @deprecated
            }

            interface Node {
              id: ID!
            }

            union Result = Parcel

            enum Zone {
              RESIDENTIAL

              """Shops"""
              COMMERCIAL
            }

            input Filter {
              min: Int = 1
              max: Int
            }

            input ByKey @oneOf {
              id: ID
              code: String
            }

            scalar Geometry @specifiedBy(url: "https://geojson.org")
            """";
        var schema = Build(sdl);
        Assert.Equal(sdl, SchemaPrinter.Print(schema));
    }

    [Theory]
    [InlineData("[Int]", "[1, 2]", "[1, 2]")]
    [InlineData("[Int]", "1", "[1]")]
    [InlineData("ID", "123", "\"123\"")]
    [InlineData("Float", "1", "1")]
    [InlineData("Float", "1.5", "1.5")]
    [InlineData("String", "\"a\\nb\"", "\"a\\nb\"")]
    public void Converts_values_from_and_to_ast(string type, string literal, string printed)
    {
        var schema = Build("type Query { a(f: Float, i: ID, s: String): Int }");
        var gqlType = TypeComparators.TypeFromAst(schema, Language.Parser.ParseType(type))!;
        Assert.True(ValueConversion.TryValueFromAst(Language.Parser.ParseValue(literal), gqlType, null, out var value));
        var ast = ValueConversion.AstFromValue(value, gqlType);
        Assert.Equal(printed.Replace("\"123\"", "123"), Language.Printer.Print(ast!));
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-123.456, "-123.456")]
    [InlineData(123456789012, "123456789012")]
    public void Formats_numbers_like_javascript(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.Format(value));
    }
}

public class CommonScalarTests
{
    [Fact]
    public async Task Custom_scalars_round_trip()
    {
        var schema = new SchemaBuilder()
            .AddSdl("scalar DateTime scalar Date scalar Decimal scalar Geometry type Query { echo(at: DateTime, day: Date, amount: Decimal, g: Geometry): [String] }")
            .AddScalar("DateTime", new DateTimeScalar())
            .AddScalar("Date", new DateScalar())
            .AddScalar("Decimal", new DecimalScalar())
            .AddScalar("Geometry", new JsonObjectScalar())
            .Resolve("Query.echo", ctx => new[]
            {
                ctx.GetArgument<DateTimeOffset>("at").ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ctx.GetArgument<DateOnly>("day").DayOfYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (ctx.GetArgument<decimal>("amount") * 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ((IReadOnlyDictionary<string, object?>)ctx.Arguments["g"]!)["type"] as string,
            })
            .Build();
        var json = await TestSchemas.Run(schema, "{ echo(at: \"1970-01-02T00:00:00Z\", day: \"2024-02-01\", amount: \"0.1\", g: {type: \"Point\", coordinates: [1, 2]}) }");
        Assert.Equal("""{"data":{"echo":["86400","32","0.3","Point"]}}""", json);
        var bad = await TestSchemas.Run(schema, "{ echo(day: \"01/02/2024\") }");
        Assert.Contains("Argument \\u0022day\\u0022 has invalid value", bad.Replace("\\\"", "\\u0022"));
    }
}
