using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Tests;

/// <summary>
/// The SDL is validated before a schema is built, as graphql-js's buildSchema does (the full
/// corpus is the conformance suite's sdl-*.mjs; these pin what the planning schema relies on).
/// </summary>
public class SdlValidationTests
{
    private static SchemaBuilder Builder(string sdl) =>
        new SchemaBuilder().AddSdl(sdl).UseDefaultResolver(DefaultResolvers.DictionaryOrProperty);

    private static SchemaBuildException BuildError(string sdl) => Assert.Throws<SchemaBuildException>(() => Builder(sdl).Build());

    [Theory]
    [InlineData("type Query { a: Int @cache }", "Unknown directive \"@cache\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("directive @tag on OBJECT type Query @tag @tag { a: Int }", "The directive \"@tag\" can only be used once at this location.")]
    [InlineData("type Query { a: Int @deprecated(why: \"x\") }", "Unknown argument \"why\" on directive \"@deprecated\".")]
    [InlineData("directive @needs(level: Int!) on FIELD_DEFINITION type Query { a: Int @needs }", "Directive \"@needs\" argument \"level\" of type \"Int!\" is required, but it was not provided.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("type A { a: Int } type B { b: Int } schema { query: A query: B }", "There can be only one query type in schema.")]
    [InlineData("schema { query: Query } schema { query: Query } type Query { a: Int }", "Must provide only one schema definition.")]
    [InlineData("directive @d on FIELD directive @d on FIELD type Query { a: Int }", "There can be only one directive named \"@d\".")]
    [InlineData("type Query { a: Int } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: Int } extend scalar String @specifiedBy(url: \"x\")", "Cannot extend type \"String\" because it is not defined.")]
    [InlineData("type Query { a: Int } extend union Query = Query", "Cannot extend non-union type \"Query\".")]
    public void Rejects_invalid_sdl_like_graphql_js(string sdl, string message)
    {
        Assert.Contains(message, BuildError(sdl).Details.Select(e => e.Message));
    }

    [Fact]
    public void A_declared_field_directive_is_accepted_where_it_is_declared()
    {
        var schema = Builder("""
            directive @restricted on FIELD_DEFINITION
            type Query { plans: [String] @restricted open: String }
            """).Build();
        Assert.NotNull(schema.GetDirective("restricted"));
        // Declared in schema.graphql, used in a feature's file (as the planning schema does).
        new SchemaBuilder()
            .AddSdl("directive @restricted on FIELD_DEFINITION type Query { a: Int }", "schema.graphql")
            .AddSdl("extend type Query { plans: [String] @restricted }", "plans.graphql")
            .UseDefaultResolver(DefaultResolvers.DictionaryOrProperty)
            .Build();
        Assert.Equal(
            ["Directive \"@restricted\" may not be used on OBJECT. (schema.graphql:2:12)"],
            BuildError("directive @restricted on FIELD_DEFINITION\ntype Query @restricted { a: Int }").Errors);
    }

    [Fact]
    public void Errors_carry_the_file_line_and_column_of_each_place()
    {
        var error = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddSdl("type Query { zone: Zone }", "query.graphql")
            .AddSdl("enum Zone { A }\nenum Zone { B }", "zoning.graphql")
            .UseDefaultResolver(DefaultResolvers.DictionaryOrProperty)
            .Build());
        var only = Assert.Single(error.Details);
        Assert.Equal([new ErrorLocation(1, 6), new ErrorLocation(2, 6)], only.Locations);
        Assert.Equal(["There can be only one type named \"Zone\". (zoning.graphql:1:6, zoning.graphql:2:6)"], error.Errors);
        var across = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddSdl("type Query { zone: Zone } enum Zone { A }", "query.graphql")
            .AddSdl("\nenum Zone { B }", "zoning.graphql")
            .Build());
        Assert.Equal(["There can be only one type named \"Zone\". (query.graphql:1:32, zoning.graphql:2:6)"], across.Errors);
    }

    [Fact]
    public void Introspection_types_may_be_field_types_as_in_graphql_js()
    {
        var schema = Builder("type Query { self: __Type kind: __TypeKind }").Build();
        Assert.Same(Introspection.IntrospectionTypes.Type, schema.QueryType.GetField("self")!.Type);
    }

    [Fact]
    public void Extending_the_schema_keeps_the_implicit_query_root()
    {
        var schema = Builder("type Query { a: Int } type M { b: Int } extend schema { mutation: M }").Build();
        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("M", schema.MutationType!.Name);
    }

    [Fact]
    public void Sdl_errors_stop_the_build_before_type_rules()
    {
        // The empty type would also break a type-system rule; graphql-js reports only the SDL error.
        var error = BuildError("type Query { a: Missing } type Empty");
        Assert.Equal(["Unknown type \"Missing\". (schema.graphql:1:17)"], error.Errors);
    }
}
