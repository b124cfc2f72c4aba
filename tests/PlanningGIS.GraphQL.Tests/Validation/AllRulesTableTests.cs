namespace PlanningGIS.GraphQL.Tests.Validation;

/// <summary>
/// All the specified rules together: the errors, in graphql-js's order (rule order, then traversal),
/// for documents that break several rules at once. The expectations are graphql-js 16's answers
/// (with the September 2025 rules of the conformance oracle).
/// </summary>
public sealed class AllRulesTableTests
{
    [Theory]
    [InlineData("query Q { version } fragment F on Query { version }", "Fragment \"F\" is never used. @1:21")]
    [InlineData("schema { query: Query } extend schema @tag(name: \"x\") scalar Date directive @d on FIELD { version }", "The schema definition is not executable. @1:1\nThe schema definition is not executable. @1:25\nThe \"Date\" definition is not executable. @1:55\nThe \"d\" definition is not executable. @1:67\nDirective \"@tag\" may not be used on SCHEMA. @1:39")]
    [InlineData("{ version } fragment A on Query { version } query A { version }", "This anonymous operation must be the only defined operation. @1:1\nFragment \"A\" is never used. @1:13")]
    [InlineData("{ version } fragment F on Query { version }", "Fragment \"F\" is never used. @1:13")]
    [InlineData("{ version } mutation M { deleteParcel(ref: {id: \"1\"}) }", "This anonymous operation must be the only defined operation. @1:1")]
    [InlineData("subscription S { ... on Subscription { landUseChanged } ... on Query { version } }", "Fragment cannot be spread here as objects of type \"Subscription\" can never be of type \"Query\". @1:57")]
    [InlineData("query($a: ParcelFilter, $b: [LandUse!]) { version }", "Variable \"$a\" is never used. @1:7\nVariable \"$b\" is never used. @1:25")]
    [InlineData("query($a: ParcelFiltre, $b: Strin) { version }", "Unknown type \"ParcelFiltre\". Did you mean \"ParcelFilter\" or \"ParcelRef\"? @1:11\nUnknown type \"Strin\". Did you mean \"String\"? @1:29\nVariable \"$a\" is never used. @1:7\nVariable \"$b\" is never used. @1:25")]
    [InlineData("{ parcel { ... on Parsel { id } } } fragment F on Persn { id }", "Unknown type \"Parsel\". Did you mean \"Parcel\" or \"Person\"? @1:19\nUnknown type \"Persn\". Did you mean \"Person\"? @1:51\nFragment \"F\" is never used. @1:37")]
    [InlineData("query($a: __Type) { version }", "Variable \"$a\" cannot be non-input type \"__Type\". @1:11\nVariable \"$a\" is never used. @1:7")]
    [InlineData("type T { a: Strin b: Boolean c: Float } { version }", "The \"T\" definition is not executable. @1:1\nUnknown type \"Strin\". Did you mean \"String\"? @1:13")]
    [InlineData("query($a: Float2) { version }", "Unknown type \"Float2\". Did you mean \"Float\"? @1:11\nVariable \"$a\" is never used. @1:7")]
    [InlineData("{ parcel { ... on Unknown { id } } }", "Unknown type \"Unknown\". @1:19")]
    [InlineData("query($a: String, $b: [LandUse!]!, $c: ParcelFilter) { version }", "Variable \"$a\" is never used. @1:7\nVariable \"$b\" is never used. @1:19\nVariable \"$c\" is never used. @1:36")]
    [InlineData("query($a: Parcel, $b: [[Node!]]!, $c: SearchResult) { version }", "Variable \"$a\" cannot be non-input type \"Parcel\". @1:11\nVariable \"$b\" cannot be non-input type \"[[Node!]]!\". @1:23\nVariable \"$c\" cannot be non-input type \"SearchResult\". @1:39\nVariable \"$a\" is never used. @1:7\nVariable \"$b\" is never used. @1:19\nVariable \"$c\" is never used. @1:35")]
    [InlineData("query($a: Unknown) { version }", "Unknown type \"Unknown\". @1:11\nVariable \"$a\" is never used. @1:7")]
    [InlineData("fragment F on Building { code } { ...F }", "Cannot query field \"code\" on type \"Building\". @1:26\nFragment \"F\" cannot be spread here as objects of type \"Query\" can never be of type \"Building\". @1:35")]
    [InlineData("query Q { ...A } fragment A on Query { version } fragment C on Query { ...C } fragment D on Query { ...Q }", "Cannot spread fragment \"C\" within itself. @1:72\nUnknown fragment \"Q\". @1:104\nFragment \"C\" is never used. @1:50\nFragment \"D\" is never used. @1:79")]
    [InlineData("{ ...A } fragment A on Query { ...Missing ...B } fragment B on Query { ...B ...A }", "Cannot spread fragment \"B\" within itself. @1:72\nCannot spread fragment \"A\" within itself via \"B\". @1:43,1:77\nUnknown fragment \"Missing\". @1:35")]
    [InlineData("query($a: Int, $b: Int) { version }", "Variable \"$a\" is never used. @1:7\nVariable \"$b\" is never used. @1:16")]
    [InlineData("query($a: Int, $b: Int, $a: String, $b: Int, $a: Int) { version }", "There can be only one variable named \"$a\". @1:8,1:26,1:47\nThere can be only one variable named \"$b\". @1:17,1:38\nVariable \"$a\" is never used. @1:7\nVariable \"$b\" is never used. @1:16\nVariable \"$a\" is never used. @1:25\nVariable \"$b\" is never used. @1:37\nVariable \"$a\" is never used. @1:46")]
    [InlineData("query A($x: Int) { ...F } query B($y: Int) { ...F } fragment F on Query { parcels(first: $x) { id } }", "Variable \"$x\" is not defined by operation \"B\". @1:90,1:27\nVariable \"$y\" is never used in operation \"B\". @1:35")]
    [InlineData("query Q($v: Int @onVariable) @tag(name: \"q\") { version @include(if: true) ...F @tag(name: \"f\") ... @skip(if: false) { version } } fragment F on Query { version }", "Variable \"$v\" is never used in operation \"Q\". @1:9")]
    [InlineData("type T @deprecated { a: Int @deprecated(reason: \"x\") b(x: Int @deprecated): Int @skip(if: true) } input I @oneOf { a: Int @deprecated b: Int @tag(name: \"x\") } { version }", "The \"T\" definition is not executable. @1:1\nThe \"I\" definition is not executable. @1:99\nDirective \"@deprecated\" may not be used on OBJECT. @1:8\nDirective \"@skip\" may not be used on FIELD_DEFINITION. @1:81\nDirective \"@tag\" may not be used on INPUT_FIELD_DEFINITION. @1:142")]
    [InlineData("directive @mine on FIELD { version @mine a: version @mine(x: 1) }", "The \"mine\" definition is not executable. @1:1\nUnknown argument \"x\" on directive \"@mine\". @1:59")]
    [InlineData("type T @oneOf @oneOf { a: Int } extend type T @oneOf { version: String } { version }", "The \"T\" definition is not executable. @1:1\nThe \"T\" definition is not executable. @1:33\nThe directive \"@oneOf\" can only be used once at this location. @1:8,1:15\nDirective \"@oneOf\" may not be used on OBJECT. @1:8\nDirective \"@oneOf\" may not be used on OBJECT. @1:15\nThe directive \"@oneOf\" can only be used once at this location. @1:8,1:47\nDirective \"@oneOf\" may not be used on OBJECT. @1:47")]
    [InlineData("directive @once on FIELD { version @once @once }", "The \"once\" definition is not executable. @1:1\nThe directive \"@once\" can only be used once at this location. @1:36,1:42")]
    [InlineData("{ version @include(iff: true) @audit(reson: \"x\", level: 2) }", "Unknown argument \"iff\" on directive \"@include\". Did you mean \"if\"? @1:20\nDirective \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @1:11\nUnknown argument \"reson\" on directive \"@audit\". Did you mean \"reason\"? @1:38")]
    [InlineData("{ unknown(a: 1) parcel { x(b: 2) } version @unknown(c: 3) }", "Cannot query field \"unknown\" on type \"Query\". @1:3\nCannot query field \"x\" on type \"Parcel\". @1:26\nUnknown directive \"@unknown\". @1:44")]
    [InlineData("{ __type(nam: \"Parcel\") { name } __typename(x: 1) }", "Unknown argument \"nam\" on field \"Query.__type\". Did you mean \"name\"? @1:10\nField \"__type\" argument \"name\" of type \"String!\" is required, but it was not provided. @1:3\nUnknown argument \"x\" on field \"Query.__typename\". @1:45")]
    [InlineData("query($v: Int @tag(name: \"a\", name: \"b\")) { parcels(first: $v) { id } }", "Directive \"@tag\" may not be used on VARIABLE_DEFINITION. @1:15\nThere can be only one argument named \"name\". @1:20,1:31")]
    [InlineData("mutation { deleteParcel(ref: {id: \"1\", id: \"2\"}) }", "There can be only one input field named \"id\". @1:31,1:40")]
    [InlineData("{ json(value: {a: [1, {b: $x}], c: ENUMLIKE}) }", "Variable \"$x\" is not defined. @1:27,1:1")]
    [InlineData("directive @need(a: Int!, b: Int! = 1, c: [Int]!) on FIELD { version @need }", "The \"need\" definition is not executable. @1:1\nDirective \"@need\" argument \"a\" of type \"Int!\" is required, but it was not provided. @1:69\nDirective \"@need\" argument \"c\" of type \"[Int]!\" is required, but it was not provided. @1:69")]
    [InlineData("query($v: Int @tag) { parcels(first: $v) { id } }", "Directive \"@tag\" may not be used on VARIABLE_DEFINITION. @1:15\nDirective \"@tag\" argument \"name\" of type \"String!\" is required, but it was not provided. @1:15")]
    [InlineData("query($n: Int!) { matrix(rows: [[$n]], flags: [$b]) }", "Variable \"$b\" is not defined. @1:48,1:1")]
    [InlineData("query($id: ID) { parcelBy(ref: {id: $id}) { id } }", "Variable \"id\" must be non-nullable to be used for OneOf Input Object \"ParcelRef\". @1:32")]
    [InlineData("query($u: Unknown) { count(landUse: $u) }", "Unknown type \"Unknown\". @1:11")]
    [InlineData("query($i: NewParcel) { version } mutation M($i: NewParcel) { createParcel(input: $i) { id } }", "This anonymous operation must be the only defined operation. @1:1\nVariable \"$i\" is never used. @1:7\nVariable \"$i\" of type \"NewParcel\" used in position expecting type \"NewParcel!\". @1:45,1:82")]
    [InlineData("{ parcel(id: $a) { id } parcel(id: $b) { id } }", "Fields \"parcel\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:25\nVariable \"$a\" is not defined. @1:14,1:1\nVariable \"$b\" is not defined. @1:36,1:1")]
    [InlineData("{ ...A } fragment A on Query { v: version ...A }", "Cannot spread fragment \"A\" within itself. @1:43")]
    [InlineData("{ parcel { ...P } } fragment P on Parcel { x: id } fragment Q on Parcel { x: name }", "Fragment \"Q\" is never used. @1:52")]
    [InlineData("{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...T } } }", "Cannot spread fragment \"T\" within itself. @1:72")]
    public void ReportsInGraphQLJsOrder(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(query));
}
