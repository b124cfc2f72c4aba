using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Validation;

namespace PlanningGIS.GraphQL.Tests.Validation;

/// <summary>
/// Shared schema and helpers for the validation rule tests. Errors are formatted one per line as
/// <c>message @line:column,line:column</c> so that a case states messages and locations at once.
/// </summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        schema { query: Query mutation: Mutation subscription: Subscription }

        scalar JSON
        directive @tag(name: String!) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY
        directive @audit(reason: String, level: Int! = 1) on FIELD | QUERY | MUTATION
        directive @onVariable on VARIABLE_DEFINITION

        enum LandUse { RESIDENTIAL COMMERCIAL PARK }

        interface Node { id: ID! }
        interface Feature implements Node { id: ID! name: String area(unit: String = "m2"): Float }

        type Parcel implements Node & Feature {
          id: ID!
          name: String
          area(unit: String = "m2"): Float
          code: String!
          landUse: LandUse
          owner: Person
          buildings(first: Int, landUse: LandUse): [Building!]
          neighbours: [Parcel]
          tags: [String!]!
        }

        type Building implements Node & Feature {
          id: ID!
          name: String
          area(unit: String = "m2"): Float
          floors: Int
          height: Float
          parcel: Parcel
        }

        type Person implements Node { id: ID! name: String! parcels(first: Int): [Parcel!]! }

        union SearchResult = Parcel | Building | Person

        input ParcelFilter { landUse: LandUse minArea: Float nameContains: String and: [ParcelFilter!] }
        input NewParcel { code: String! name: String area: Float! landUse: LandUse = RESIDENTIAL }
        input ParcelRef @oneOf { id: ID code: String }

        type Query {
          node(id: ID!): Node
          parcel(id: ID, code: String): Parcel
          parcels(filter: ParcelFilter, first: Int = 10): [Parcel!]!
          parcelBy(ref: ParcelRef!): Parcel
          search(text: String!, limit: Int): [SearchResult!]!
          feature(id: ID!): Feature
          me: Person
          version: String
          count(landUse: LandUse!): Int
          matrix(rows: [[Int]], flags: [Boolean!]): JSON
          json(value: JSON): JSON
        }

        type Mutation { createParcel(input: NewParcel!): Parcel deleteParcel(ref: ParcelRef!): Boolean }

        type Subscription { parcelChanged(id: ID): Parcel landUseChanged: LandUse }
        """;

    private static readonly Lazy<Schema> LazySchema = new(() => TestSchemas.FromSdl(Sdl));

    public static Schema Schema => LazySchema.Value;

    /// <summary>Validates with all the specified rules.</summary>
    public static string Validate(string query, Schema? schema = null) =>
        Format(DocumentValidator.Validate(schema ?? Schema, Parser.Parse(query)));

    /// <summary>Validates with one rule only.</summary>
    public static string Validate(ValidationRuleFactory rule, string query, Schema? schema = null) =>
        Format(DocumentValidator.Validate(schema ?? Schema, Parser.Parse(query), [rule]));

    public static string Format(IReadOnlyList<GraphQLError> errors) => string.Join("\n", errors.Select(e =>
        e.Message + (e.Locations is { Count: > 0 } locations
            ? " @" + string.Join(",", locations.Select(l => $"{l.Line}:{l.Column}"))
            : "")));

    /// <summary>Turns the "|" separators of a compact expectation into line breaks.</summary>
    public static string Lines(string expected) => expected.Replace(" | ", "\n", StringComparison.Ordinal);
}
