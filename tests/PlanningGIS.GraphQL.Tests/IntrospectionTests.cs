using System.Text.Json;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Tests;

public class IntrospectionTests
{
    private static readonly Schema Schema = TestSchemas.FromSdl("""
        "The query root"
        type Query {
          parcel(id: ID!, zone: Zone = RESIDENTIAL, old: Int @deprecated(reason: "gone")): Parcel
          legacy: String @deprecated
        }
        type Parcel implements Node { id: ID! }
        interface Node { id: ID! }
        enum Zone { RESIDENTIAL COMMERCIAL @deprecated }
        input ByKey @oneOf { id: ID code: String }
        scalar Geometry @specifiedBy(url: "https://geojson.org")
        directive @cost(value: Int = 1) repeatable on FIELD_DEFINITION
        """);

    private static async Task<JsonElement> Query(string query)
    {
        var json = await TestSchemas.Run(Schema, query);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.False(root.TryGetProperty("errors", out _), json);
        return root.GetProperty("data");
    }

    [Fact]
    public async Task Describes_types_fields_and_deprecations()
    {
        var data = await Query("""
            {
              __type(name: "Query") {
                kind name description
                fields { name }
                all: fields(includeDeprecated: true) { name isDeprecated deprecationReason
                  args { name }
                  allArgs: args(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason type { kind name ofType { kind name } } } }
              }
            }
            """);
        var type = data.GetProperty("__type");
        Assert.Equal("OBJECT", type.GetProperty("kind").GetString());
        Assert.Equal("The query root", type.GetProperty("description").GetString());
        Assert.Equal(["parcel"], type.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var all = type.GetProperty("all");
        Assert.Equal("No longer supported", all[1].GetProperty("deprecationReason").GetString());
        Assert.Equal(["id", "zone"], all[0].GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var args = all[0].GetProperty("allArgs");
        Assert.Equal("RESIDENTIAL", args[1].GetProperty("defaultValue").GetString());
        Assert.Equal("gone", args[2].GetProperty("deprecationReason").GetString());
        Assert.Equal("NON_NULL", args[0].GetProperty("type").GetProperty("kind").GetString());
        Assert.Equal("ID", args[0].GetProperty("type").GetProperty("ofType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Describes_schema_directives_one_of_and_specified_by()
    {
        var data = await Query("""
            {
              __schema {
                queryType { name } mutationType { name }
                types { name }
                directives { name isRepeatable locations args { name defaultValue } }
              }
              byKey: __type(name: "ByKey") { isOneOf inputFields { name } }
              geometry: __type(name: "Geometry") { kind specifiedByURL }
              node: __type(name: "Node") { possibleTypes { name } }
              zone: __type(name: "Zone") { enumValues { name } }
            }
            """);
        var schema = data.GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("mutationType").ValueKind);
        Assert.Contains("__TypeKind", schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var directives = schema.GetProperty("directives").EnumerateArray().ToList();
        Assert.Equal(["cost", "include", "skip", "deprecated", "specifiedBy", "oneOf"], directives.Select(d => d.GetProperty("name").GetString()));
        Assert.True(directives[0].GetProperty("isRepeatable").GetBoolean());
        Assert.Equal("1", directives[0].GetProperty("args")[0].GetProperty("defaultValue").GetString());
        Assert.Equal("\"No longer supported\"", directives[3].GetProperty("args")[0].GetProperty("defaultValue").GetString());
        Assert.True(data.GetProperty("byKey").GetProperty("isOneOf").GetBoolean());
        Assert.Equal("https://geojson.org", data.GetProperty("geometry").GetProperty("specifiedByURL").GetString());
        Assert.Equal("Parcel", data.GetProperty("node").GetProperty("possibleTypes")[0].GetProperty("name").GetString());
        Assert.Equal(["RESIDENTIAL"], data.GetProperty("zone").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Answers_the_full_graphiql_introspection_query()
    {
        var data = await Query(FullIntrospectionQuery);
        Assert.Equal(Schema.Types.Count, data.GetProperty("__schema").GetProperty("types").GetArrayLength());
    }

    // The query graphql-js getIntrospectionQuery() produces with all options on.
    internal const string FullIntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL isOneOf
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }
        """;
}
