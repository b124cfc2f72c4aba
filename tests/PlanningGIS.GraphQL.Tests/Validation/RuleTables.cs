using PlanningGIS.GraphQL.Validation;

namespace PlanningGIS.GraphQL.Tests.Validation;

// One table per rule: a document and the errors the rule alone reports for it (message @line:column
// of each node, one error per line). The expectations are graphql-js 16's answers for these documents.

/// <summary>Executable Definitions (spec 5.1.1).</summary>
public sealed class ExecutableDefinitionsTests
{
    [Theory]
    [InlineData("{ version }", "")]
    [InlineData("query Q { version } fragment F on Query { version }", "")]
    [InlineData("{ version } type Extra { a: Int }", "The \"Extra\" definition is not executable. @1:13")]
    [InlineData("schema { query: Query } extend schema @tag(name: \"x\") scalar Date directive @d on FIELD { version }", "The schema definition is not executable. @1:1\nThe schema definition is not executable. @1:25\nThe \"Date\" definition is not executable. @1:55\nThe \"d\" definition is not executable. @1:67")]
    [InlineData("extend type Query { extra: Int } input I { a: Int }", "The \"Query\" definition is not executable. @1:1\nThe \"I\" definition is not executable. @1:34")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new ExecutableDefinitions(ctx), query));
}

/// <summary>Operation Name Uniqueness (spec 5.2.1.1).</summary>
public sealed class UniqueOperationNamesTests
{
    [Theory]
    [InlineData("query A { version } query B { version }", "")]
    [InlineData("query A { version } mutation A { deleteParcel(ref: {id: \"1\"}) }", "There can be only one operation named \"A\". @1:7,1:30")]
    [InlineData("query A { version } query A { me { id } } subscription A { landUseChanged }", "There can be only one operation named \"A\". @1:7,1:27\nThere can be only one operation named \"A\". @1:7,1:56")]
    [InlineData("{ version } fragment A on Query { version } query A { version }", "")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new UniqueOperationNames(ctx), query));
}

/// <summary>Lone Anonymous Operation (spec 5.2.2.1).</summary>
public sealed class LoneAnonymousOperationTests
{
    [Theory]
    [InlineData("{ version }", "")]
    [InlineData("{ version } query Q { me { id } }", "This anonymous operation must be the only defined operation. @1:1")]
    [InlineData("{ version } { me { id } }", "This anonymous operation must be the only defined operation. @1:1\nThis anonymous operation must be the only defined operation. @1:13")]
    [InlineData("{ version } fragment F on Query { version }", "")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new LoneAnonymousOperation(ctx), query));
}

/// <summary>Operation Type Existence (September 2025).</summary>
public sealed class KnownOperationTypesTests
{
    [Theory]
    [InlineData("{ version } mutation M { deleteParcel(ref: {id: \"1\"}) }", "")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new KnownOperationTypes(ctx), query));
}

/// <summary>Single Root Field (spec 5.2.3.1, with the September 2025 @skip/@include rule).</summary>
public sealed class SingleFieldSubscriptionsTests
{
    [Theory]
    [InlineData("subscription S { parcelChanged { id } }", "")]
    [InlineData("subscription S { parcelChanged { id } landUseChanged }", "Subscription \"S\" must select only one top level field. @1:39")]
    [InlineData("subscription { a: landUseChanged b: landUseChanged a: landUseChanged }", "Anonymous Subscription must select only one top level field. @1:34")]
    [InlineData("subscription S { ...F } fragment F on Subscription { landUseChanged parcelChanged { id } }", "Subscription \"S\" must select only one top level field. @1:69")]
    [InlineData("subscription S { __typename }", "Subscription \"S\" must not select an introspection top level field. @1:18")]
    [InlineData("subscription S { landUseChanged __typename }", "Subscription \"S\" must select only one top level field. @1:33\nSubscription \"S\" must not select an introspection top level field. @1:33")]
    [InlineData("subscription S { ... on Subscription { landUseChanged } ... on Query { version } }", "")]
    [InlineData("subscription S($x: Boolean!) { landUseChanged @skip(if: $x) }", "Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection. @1:47")]
    [InlineData("subscription { ... @include(if: true) { landUseChanged } ...F } fragment F on Subscription { parcelChanged @skip(if: false) { id } }", "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection. @1:20,1:108")]
    [InlineData("subscription S { ...F ...F } fragment F on Subscription { landUseChanged }", "")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new SingleFieldSubscriptions(ctx), query));
}

/// <summary>Fragment Spread Type Existence / known type names (spec 5.5.1.2).</summary>
public sealed class KnownTypeNamesTests
{
    [Theory]
    [InlineData("query($a: ParcelFilter, $b: [LandUse!]) { version }", "")]
    [InlineData("query($a: ParcelFiltre, $b: Strin) { version }", "Unknown type \"ParcelFiltre\". Did you mean \"ParcelFilter\" or \"ParcelRef\"? @1:11\nUnknown type \"Strin\". Did you mean \"String\"? @1:29")]
    [InlineData("{ parcel { ... on Parsel { id } } } fragment F on Persn { id }", "Unknown type \"Parsel\". Did you mean \"Parcel\" or \"Person\"? @1:19\nUnknown type \"Persn\". Did you mean \"Person\"? @1:51")]
    [InlineData("query($a: __Type) { version }", "")]
    [InlineData("type T { a: Strin b: Boolean c: Float } { version }", "Unknown type \"Strin\". Did you mean \"String\"? @1:13")]
    [InlineData("query($a: Float2) { version }", "Unknown type \"Float2\". Did you mean \"Float\"? @1:11")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new KnownTypeNames(ctx), query));
}

/// <summary>Fragments On Composite Types (spec 5.5.1.3).</summary>
public sealed class FragmentsOnCompositeTypesTests
{
    [Theory]
    [InlineData("{ parcel { ... on Node { id } ... on SearchResult { __typename } ... { id } } }", "")]
    [InlineData("{ parcel { ... on LandUse { __typename } } }", "Fragment cannot condition on non composite type \"LandUse\". @1:19")]
    [InlineData("fragment F on String { length } { ...F }", "Fragment \"F\" cannot condition on non composite type \"String\". @1:15")]
    [InlineData("fragment F on ParcelFilter { a } { ...F }", "Fragment \"F\" cannot condition on non composite type \"ParcelFilter\". @1:15")]
    [InlineData("{ parcel { ... on Unknown { id } } }", "")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new FragmentsOnCompositeTypes(ctx), query));
}

/// <summary>Variables Are Input Types (spec 5.8.2).</summary>
public sealed class VariablesAreInputTypesTests
{
    [Theory]
    [InlineData("query($a: String, $b: [LandUse!]!, $c: ParcelFilter) { version }", "")]
    [InlineData("query($a: Parcel, $b: [[Node!]]!, $c: SearchResult) { version }", "Variable \"$a\" cannot be non-input type \"Parcel\". @1:11\nVariable \"$b\" cannot be non-input type \"[[Node!]]!\". @1:23\nVariable \"$c\" cannot be non-input type \"SearchResult\". @1:39")]
    [InlineData("query($a: Unknown) { version }", "")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new VariablesAreInputTypes(ctx), query));
}

/// <summary>Leaf Field Selections (spec 5.3.3).</summary>
public sealed class ScalarLeafsTests
{
    [Theory]
    [InlineData("{ version me { id } }", "")]
    [InlineData("{ version { length } }", "Field \"version\" must not have a selection since type \"String\" has no subfields. @1:11")]
    [InlineData("{ me }", "Field \"me\" of type \"Person\" must have a selection of subfields. Did you mean \"me { ... }\"? @1:3")]
    [InlineData("{ parcels }", "Field \"parcels\" of type \"[Parcel!]!\" must have a selection of subfields. Did you mean \"parcels { ... }\"? @1:3")]
    [InlineData("{ search(text: \"a\") }", "Field \"search\" of type \"[SearchResult!]!\" must have a selection of subfields. Did you mean \"search { ... }\"? @1:3")]
    [InlineData("{ parcel { landUse { x } } }", "Field \"landUse\" must not have a selection since type \"LandUse\" has no subfields. @1:20")]
    [InlineData("{ parcel { area(unit: \"ha\") { x } } }", "Field \"area\" must not have a selection since type \"Float\" has no subfields. @1:29")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new ScalarLeafs(ctx), query));
}

/// <summary>Field Selections (spec 5.3.1).</summary>
public sealed class FieldsOnCorrectTypeTests
{
    [Theory]
    [InlineData("{ parcel { id name __typename } }", "")]
    [InlineData("{ parcel { nam } }", "Cannot query field \"nam\" on type \"Parcel\". Did you mean \"name\"? @1:12")]
    [InlineData("{ parcel { idd cod } }", "Cannot query field \"idd\" on type \"Parcel\". Did you mean \"id\"? @1:12\nCannot query field \"cod\" on type \"Parcel\". Did you mean \"code\" or \"id\"? @1:16")]
    [InlineData("{ search(text: \"x\") { id } }", "Cannot query field \"id\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Node\", \"Feature\", \"Building\", \"Parcel\", or \"Person\"? @1:23")]
    [InlineData("{ search(text: \"x\") { name } }", "Cannot query field \"name\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Feature\", \"Building\", \"Parcel\", or \"Person\"? @1:23")]
    [InlineData("{ search(text: \"x\") { floors } }", "Cannot query field \"floors\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Building\"? @1:23")]
    [InlineData("{ feature(id: \"1\") { code } }", "Cannot query field \"code\" on type \"Feature\". Did you mean to use an inline fragment on \"Parcel\"? @1:22")]
    [InlineData("{ node(id: \"1\") { name } }", "Cannot query field \"name\" on type \"Node\". Did you mean to use an inline fragment on \"Feature\", \"Building\", \"Parcel\", or \"Person\"? @1:19")]
    [InlineData("{ search(text: \"x\") { area } }", "Cannot query field \"area\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Feature\", \"Building\", or \"Parcel\"? @1:23")]
    [InlineData("{ unknown }", "Cannot query field \"unknown\" on type \"Query\". @1:3")]
    [InlineData("{ parcel { xyzzy } }", "Cannot query field \"xyzzy\" on type \"Parcel\". @1:12")]
    [InlineData("fragment F on Building { code } { ...F }", "Cannot query field \"code\" on type \"Building\". @1:26")]
    [InlineData("{ search(text: \"x\") { __typename ... on Node { parcels } } }", "Cannot query field \"parcels\" on type \"Node\". Did you mean to use an inline fragment on \"Person\"? @1:48")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new FieldsOnCorrectType(ctx), query));
}

/// <summary>Fragment Name Uniqueness (spec 5.5.1.1).</summary>
public sealed class UniqueFragmentNamesTests
{
    [Theory]
    [InlineData("{ ...A ...B } fragment A on Query { version } fragment B on Query { version }", "")]
    [InlineData("{ ...A } fragment A on Query { version } fragment A on Query { me { id } } fragment A on Query { version }", "There can be only one fragment named \"A\". @1:19,1:51\nThere can be only one fragment named \"A\". @1:19,1:85")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new UniqueFragmentNames(ctx), query));
}

/// <summary>Fragment Spread Target Defined (spec 5.5.2.1).</summary>
public sealed class KnownFragmentNamesTests
{
    [Theory]
    [InlineData("{ ...A parcel { ...B ... on Parcel { ...C } } } fragment A on Query { version }", "Unknown fragment \"B\". @1:20\nUnknown fragment \"C\". @1:41")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new KnownFragmentNames(ctx), query));
}

/// <summary>Fragments Must Be Used (spec 5.5.1.4).</summary>
public sealed class NoUnusedFragmentsTests
{
    [Theory]
    [InlineData("{ ...A } fragment A on Query { ...B } fragment B on Query { version }", "")]
    [InlineData("{ version } fragment A on Query { version } fragment B on Query { ...A }", "Fragment \"A\" is never used. @1:13\nFragment \"B\" is never used. @1:45")]
    [InlineData("query Q { ...A } fragment A on Query { version } fragment C on Query { ...C } fragment D on Query { ...Q }", "Fragment \"C\" is never used. @1:50\nFragment \"D\" is never used. @1:79")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new NoUnusedFragments(ctx), query));
}

/// <summary>Fragment Spread Is Possible (spec 5.5.2.3).</summary>
public sealed class PossibleFragmentSpreadsTests
{
    [Theory]
    [InlineData("{ parcel { ... on Parcel { id } ... on Node { id } ... on Feature { id } ... on SearchResult { __typename } } }", "")]
    [InlineData("{ parcel { ... on Person { id } } }", "Fragment cannot be spread here as objects of type \"Parcel\" can never be of type \"Person\". @1:12")]
    [InlineData("{ parcel { ...P } } fragment P on Person { id }", "Fragment \"P\" cannot be spread here as objects of type \"Parcel\" can never be of type \"Person\". @1:12")]
    [InlineData("{ node(id: \"1\") { ... on SearchResult { __typename } ...F } } fragment F on Building { id }", "")]
    [InlineData("{ search(text: \"x\") { ... on Feature { id } ... on Node { id } } }", "")]
    [InlineData("{ feature(id: \"1\") { ... on Person { id } ...U } } fragment U on SearchResult { __typename }", "Fragment cannot be spread here as objects of type \"Feature\" can never be of type \"Person\". @1:22")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new PossibleFragmentSpreads(ctx), query));
}

/// <summary>Fragment Spreads Must Not Form Cycles (spec 5.5.2.2).</summary>
public sealed class NoFragmentCyclesTests
{
    [Theory]
    [InlineData("{ ...A } fragment A on Query { ...B } fragment B on Query { version }", "")]
    [InlineData("{ ...A } fragment A on Query { ...A }", "Cannot spread fragment \"A\" within itself. @1:32")]
    [InlineData("{ ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...A }", "Cannot spread fragment \"A\" within itself via \"B\", \"C\". @1:32,1:61,1:90")]
    [InlineData("{ ...A } fragment A on Query { ...B ...C } fragment B on Query { ...A } fragment C on Query { ...A ...B }", "Cannot spread fragment \"A\" within itself via \"B\". @1:32,1:66\nCannot spread fragment \"A\" within itself via \"C\". @1:37,1:95")]
    [InlineData("{ ...A } fragment A on Query { parcel { ...P } } fragment P on Parcel { owner { parcels { ...P } } }", "Cannot spread fragment \"P\" within itself. @1:91")]
    [InlineData("{ ...A } fragment A on Query { ...Missing ...B } fragment B on Query { ...B ...A }", "Cannot spread fragment \"B\" within itself. @1:72\nCannot spread fragment \"A\" within itself via \"B\". @1:43,1:77")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new NoFragmentCycles(ctx), query));
}

/// <summary>Variable Uniqueness (spec 5.8.1).</summary>
public sealed class UniqueVariableNamesTests
{
    [Theory]
    [InlineData("query($a: Int, $b: Int) { version }", "")]
    [InlineData("query($a: Int, $b: Int, $a: String, $b: Int, $a: Int) { version }", "There can be only one variable named \"$a\". @1:8,1:26,1:47\nThere can be only one variable named \"$b\". @1:17,1:38")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new UniqueVariableNames(ctx), query));
}

/// <summary>All Variable Uses Defined (spec 5.8.3).</summary>
public sealed class NoUndefinedVariablesTests
{
    [Theory]
    [InlineData("query($id: ID) { parcel(id: $id) { id } }", "")]
    [InlineData("{ parcel(id: $id) { id } }", "Variable \"$id\" is not defined. @1:14,1:1")]
    [InlineData("query Q($id: ID) { parcel(id: $id, code: $code) { ...F } } fragment F on Parcel { buildings(first: $n) { id } area(unit: $code) }", "Variable \"$code\" is not defined by operation \"Q\". @1:42,1:1\nVariable \"$n\" is not defined by operation \"Q\". @1:100,1:1\nVariable \"$code\" is not defined by operation \"Q\". @1:122,1:1")]
    [InlineData("query A { ...F } query B($x: Int) { ...F } fragment F on Query { parcels(first: $x) { id } }", "Variable \"$x\" is not defined by operation \"A\". @1:81,1:1")]
    [InlineData("query Q { parcels(filter: {and: [{nameContains: $text}]}) { id } }", "Variable \"$text\" is not defined by operation \"Q\". @1:49,1:1")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new NoUndefinedVariables(ctx), query));
}

/// <summary>All Variables Used (spec 5.8.4).</summary>
public sealed class NoUnusedVariablesTests
{
    [Theory]
    [InlineData("query($id: ID) { parcel(id: $id) { id } }", "")]
    [InlineData("query($id: ID, $code: String) { version }", "Variable \"$id\" is never used. @1:7\nVariable \"$code\" is never used. @1:16")]
    [InlineData("query Q($a: Int, $b: Int, $c: Int) { ...F } fragment F on Query { parcels(first: $b) { id } }", "Variable \"$a\" is never used in operation \"Q\". @1:9\nVariable \"$c\" is never used in operation \"Q\". @1:27")]
    [InlineData("query A($x: Int) { ...F } query B($y: Int) { ...F } fragment F on Query { parcels(first: $x) { id } }", "Variable \"$y\" is never used in operation \"B\". @1:35")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new NoUnusedVariables(ctx), query));
}

/// <summary>Directives Are Defined / In Valid Locations (spec 5.7.1, 5.7.2).</summary>
public sealed class KnownDirectivesTests
{
    [Theory]
    [InlineData("query Q($v: Int @onVariable) @tag(name: \"q\") { version @include(if: true) ...F @tag(name: \"f\") ... @skip(if: false) { version } } fragment F on Query { version }", "")]
    [InlineData("{ version @unknown }", "Unknown directive \"@unknown\". @1:11")]
    [InlineData("query Q @include(if: true) { version @onVariable }", "Directive \"@include\" may not be used on QUERY. @1:9\nDirective \"@onVariable\" may not be used on FIELD. @1:38")]
    [InlineData("mutation M @tag(name: \"m\") { deleteParcel(ref: {id: \"1\"}) @audit }", "Directive \"@tag\" may not be used on MUTATION. @1:12")]
    [InlineData("fragment F on Query @audit { version } { ...F @audit }", "Directive \"@audit\" may not be used on FRAGMENT_DEFINITION. @1:21\nDirective \"@audit\" may not be used on FRAGMENT_SPREAD. @1:47")]
    [InlineData("query($v: Int @tag(name: \"x\")) { parcels(first: $v) { id } }", "Directive \"@tag\" may not be used on VARIABLE_DEFINITION. @1:15")]
    [InlineData("subscription @audit { landUseChanged }", "Directive \"@audit\" may not be used on SUBSCRIPTION. @1:14")]
    [InlineData("type T @deprecated { a: Int @deprecated(reason: \"x\") b(x: Int @deprecated): Int @skip(if: true) } input I @oneOf { a: Int @deprecated b: Int @tag(name: \"x\") } { version }", "Directive \"@deprecated\" may not be used on OBJECT. @1:8\nDirective \"@skip\" may not be used on FIELD_DEFINITION. @1:81\nDirective \"@tag\" may not be used on INPUT_FIELD_DEFINITION. @1:142")]
    [InlineData("directive @mine on FIELD { version @mine a: version @mine(x: 1) }", "")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new KnownDirectives(ctx), query));
}

/// <summary>Directives Are Unique Per Location (spec 5.7.3).</summary>
public sealed class UniqueDirectivesPerLocationTests
{
    [Theory]
    [InlineData("{ version @audit @tag(name: \"a\") @tag(name: \"b\") }", "")]
    [InlineData("{ version @audit @audit @audit }", "The directive \"@audit\" can only be used once at this location. @1:11,1:18\nThe directive \"@audit\" can only be used once at this location. @1:11,1:25")]
    [InlineData("query @audit @audit { ... @skip(if: false) @skip(if: true) { version } ...F @include(if: true) @include(if: true) } fragment F on Query { version }", "The directive \"@audit\" can only be used once at this location. @1:7,1:14\nThe directive \"@skip\" can only be used once at this location. @1:27,1:44\nThe directive \"@include\" can only be used once at this location. @1:77,1:96")]
    [InlineData("type T @oneOf @oneOf { a: Int } extend type T @oneOf { version: String } { version }", "The directive \"@oneOf\" can only be used once at this location. @1:8,1:15\nThe directive \"@oneOf\" can only be used once at this location. @1:8,1:47")]
    [InlineData("directive @once on FIELD { version @once @once }", "The directive \"@once\" can only be used once at this location. @1:36,1:42")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new UniqueDirectivesPerLocation(ctx), query));
}

/// <summary>Argument Names (spec 5.4.1).</summary>
public sealed class KnownArgumentNamesTests
{
    [Theory]
    [InlineData("{ parcel(id: \"1\", code: \"x\") { area(unit: \"ha\") } }", "")]
    [InlineData("{ parcel(idd: \"1\") { id } }", "Unknown argument \"idd\" on field \"Query.parcel\". Did you mean \"id\"? @1:10")]
    [InlineData("{ parcel(cod: \"x\", xyz: 1) { area(units: \"ha\") } }", "Unknown argument \"cod\" on field \"Query.parcel\". Did you mean \"code\" or \"id\"? @1:10\nUnknown argument \"xyz\" on field \"Query.parcel\". @1:20\nUnknown argument \"units\" on field \"Parcel.area\". Did you mean \"unit\"? @1:35")]
    [InlineData("{ version @include(iff: true) @audit(reson: \"x\", level: 2) }", "Unknown argument \"iff\" on directive \"@include\". Did you mean \"if\"? @1:20\nUnknown argument \"reson\" on directive \"@audit\". Did you mean \"reason\"? @1:38")]
    [InlineData("{ unknown(a: 1) parcel { x(b: 2) } version @unknown(c: 3) }", "")]
    [InlineData("{ __type(nam: \"Parcel\") { name } __typename(x: 1) }", "Unknown argument \"nam\" on field \"Query.__type\". Did you mean \"name\"? @1:10\nUnknown argument \"x\" on field \"Query.__typename\". @1:45")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new KnownArgumentNames(ctx), query));
}

/// <summary>Argument Uniqueness (spec 5.4.2).</summary>
public sealed class UniqueArgumentNamesTests
{
    [Theory]
    [InlineData("{ parcel(id: \"1\", code: \"2\") { id } }", "")]
    [InlineData("{ parcel(id: \"1\", id: \"2\", code: \"3\", id: \"4\") { id } }", "There can be only one argument named \"id\". @1:10,1:19,1:39")]
    [InlineData("{ version @audit(reason: \"a\", reason: \"b\") @tag(name: \"x\", name: \"y\") }", "There can be only one argument named \"reason\". @1:18,1:31\nThere can be only one argument named \"name\". @1:49,1:60")]
    [InlineData("query($v: Int @tag(name: \"a\", name: \"b\")) { parcels(first: $v) { id } }", "There can be only one argument named \"name\". @1:20,1:31")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new UniqueArgumentNames(ctx), query));
}

/// <summary>Values of Correct Type (spec 5.6.1, with OneOf input objects).</summary>
public sealed class ValuesOfCorrectTypeTests
{
    [Theory]
    [InlineData("{ parcels(first: 5, filter: {landUse: PARK, minArea: 1, nameContains: \"x\"}) { id } }", "")]
    [InlineData("{ parcels(first: \"5\") { id } }", "Int cannot represent non-integer value: \"5\" @1:18")]
    [InlineData("{ parcels(first: 1.5) { id } }", "Int cannot represent non-integer value: 1.5 @1:18")]
    [InlineData("{ parcels(first: 3000000000) { id } }", "Int cannot represent non 32-bit signed integer value: 3000000000 @1:18")]
    [InlineData("{ parcel(id: 1, code: 2) { id } }", "String cannot represent a non string value: 2 @1:23")]
    [InlineData("{ parcel(id: 1.5) { id } }", "ID cannot represent a non-string and non-integer value: 1.5 @1:14")]
    [InlineData("{ parcel(id: true) { id } }", "ID cannot represent a non-string and non-integer value: true @1:14")]
    [InlineData("{ count(landUse: PARC) }", "Value \"PARC\" does not exist in \"LandUse\" enum. Did you mean the enum value \"PARK\"? @1:18")]
    [InlineData("{ count(landUse: \"PARK\") }", "Enum \"LandUse\" cannot represent non-enum value: \"PARK\". Did you mean the enum value \"PARK\"? @1:18")]
    [InlineData("{ count(landUse: null) }", "Expected value of type \"LandUse!\", found null. @1:18")]
    [InlineData("{ count(landUse: park) }", "Value \"park\" does not exist in \"LandUse\" enum. Did you mean the enum value \"PARK\"? @1:18")]
    [InlineData("{ parcels(filter: {landUse: PARK, minArea: \"x\", nameContain: \"y\"}) { id } }", "Float cannot represent non numeric value: \"x\" @1:44\nField \"nameContain\" is not defined by type \"ParcelFilter\". Did you mean \"nameContains\"? @1:49")]
    [InlineData("{ parcels(filter: \"x\") { id } }", "Expected value of type \"ParcelFilter\", found \"x\". @1:19")]
    [InlineData("{ parcels(filter: [{landUse: PARK}]) { id } }", "Expected value of type \"ParcelFilter\", found [{landUse: PARK}]. @1:19")]
    [InlineData("{ matrix(rows: [[1, 2], [3, \"4\"]], flags: [true, null]) }", "Int cannot represent non-integer value: \"4\" @1:29\nExpected value of type \"Boolean!\", found null. @1:50")]
    [InlineData("{ matrix(rows: 1, flags: true) }", "")]
    [InlineData("{ matrix(rows: [1]) }", "")]
    [InlineData("mutation { createParcel(input: {name: \"x\"}) { id } }", "Field \"NewParcel.code\" of required type \"String!\" was not provided. @1:32\nField \"NewParcel.area\" of required type \"Float!\" was not provided. @1:32")]
    [InlineData("mutation { createParcel(input: {code: \"a\", area: 1, landUse: null}) { id } }", "")]
    [InlineData("mutation { deleteParcel(ref: {id: \"1\"}) }", "")]
    [InlineData("mutation { deleteParcel(ref: {id: \"1\", code: \"x\"}) }", "OneOf Input Object \"ParcelRef\" must specify exactly one key. @1:30")]
    [InlineData("mutation { deleteParcel(ref: {}) }", "OneOf Input Object \"ParcelRef\" must specify exactly one key. @1:30")]
    [InlineData("mutation { deleteParcel(ref: {id: null}) }", "Field \"ParcelRef.id\" must be non-null. @1:30")]
    [InlineData("mutation($id: ID) { deleteParcel(ref: {id: $id}) }", "Variable \"id\" must be non-nullable to be used for OneOf Input Object \"ParcelRef\". @1:39")]
    [InlineData("mutation($id: ID!) { deleteParcel(ref: {id: $id}) }", "")]
    [InlineData("mutation { deleteParcel(ref: {id: \"1\", id: \"2\"}) }", "")]
    [InlineData("{ json(value: {a: [1, {b: $x}], c: ENUMLIKE}) }", "")]
    [InlineData("query($f: ParcelFilter = {minArea: \"big\"}, $n: Int = \"x\") { parcels(filter: $f, first: $n) { id } }", "Float cannot represent non numeric value: \"big\" @1:36\nInt cannot represent non-integer value: \"x\" @1:54")]
    [InlineData("{ parcels(filter: {and: [{minArea: true}, null]}) { id } }", "Float cannot represent non numeric value: true @1:36\nExpected value of type \"ParcelFilter!\", found null. @1:43")]
    [InlineData("{ version @include(if: \"yes\") @audit(level: null) }", "Boolean cannot represent a non boolean value: \"yes\" @1:24\nExpected value of type \"Int!\", found null. @1:45")]
    [InlineData("{ parcel(id: \"\"\"block\"\"\") { id } }", "")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new ValuesOfCorrectType(ctx), query));
}

/// <summary>Required Arguments (spec 5.4.2.1).</summary>
public sealed class ProvidedRequiredArgumentsTests
{
    [Theory]
    [InlineData("{ parcel { id } parcels { id } }", "")]
    [InlineData("{ search { __typename } }", "Field \"search\" argument \"text\" of type \"String!\" is required, but it was not provided. @1:3")]
    [InlineData("{ count feature { id } }", "Field \"count\" argument \"landUse\" of type \"LandUse!\" is required, but it was not provided. @1:3\nField \"feature\" argument \"id\" of type \"ID!\" is required, but it was not provided. @1:9")]
    [InlineData("{ version @include @tag @audit }", "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @1:11\nDirective \"@tag\" argument \"name\" of type \"String!\" is required, but it was not provided. @1:20")]
    [InlineData("{ search(text: \"a\") { ... on Parcel { buildings { id } owner { parcels { id } } } } }", "")]
    [InlineData("directive @need(a: Int!, b: Int! = 1, c: [Int]!) on FIELD { version @need }", "Directive \"@need\" argument \"a\" of type \"Int!\" is required, but it was not provided. @1:69\nDirective \"@need\" argument \"c\" of type \"[Int]!\" is required, but it was not provided. @1:69")]
    [InlineData("query($v: Int @tag) { parcels(first: $v) { id } }", "Directive \"@tag\" argument \"name\" of type \"String!\" is required, but it was not provided. @1:15")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new ProvidedRequiredArguments(ctx), query));
}

/// <summary>All Variable Usages Are Allowed (spec 5.8.5, with OneOf).</summary>
public sealed class VariablesInAllowedPositionTests
{
    [Theory]
    [InlineData("query($id: ID!) { parcel(id: $id) { id } }", "")]
    [InlineData("query($id: ID) { node(id: $id) { id } }", "Variable \"$id\" of type \"ID\" used in position expecting type \"ID!\". @1:7,1:27")]
    [InlineData("query($id: ID = \"1\") { node(id: $id) { id } }", "")]
    [InlineData("query($id: ID = null) { node(id: $id) { id } }", "Variable \"$id\" of type \"ID\" used in position expecting type \"ID!\". @1:7,1:34")]
    [InlineData("query($x: String) { node(id: $x) { id } }", "Variable \"$x\" of type \"String\" used in position expecting type \"ID!\". @1:7,1:30")]
    [InlineData("query($n: Int) { parcels(first: $n) { id } }", "")]
    [InlineData("query($n: Int!) { matrix(rows: [[$n]], flags: [$b]) }", "")]
    [InlineData("query($b: Boolean, $bs: [Boolean]) { matrix(flags: [$b]) m2: matrix(flags: $bs) }", "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\". @1:7,1:53\nVariable \"$bs\" of type \"[Boolean]\" used in position expecting type \"[Boolean!]\". @1:20,1:76")]
    [InlineData("query($r: [Int]) { matrix(rows: $r) }", "Variable \"$r\" of type \"[Int]\" used in position expecting type \"[[Int]]\". @1:7,1:33")]
    [InlineData("query($f: Boolean) { version @include(if: $f) }", "Variable \"$f\" of type \"Boolean\" used in position expecting type \"Boolean!\". @1:7,1:43")]
    [InlineData("query($id: ID) { parcelBy(ref: {id: $id}) { id } }", "")]
    [InlineData("query($id: ID!) { parcelBy(ref: {id: $id}) { id } }", "")]
    [InlineData("query Q($l: LandUse) { ...F } fragment F on Query { count(landUse: $l) }", "Variable \"$l\" of type \"LandUse\" used in position expecting type \"LandUse!\". @1:9,1:68")]
    [InlineData("query($l: LandUse = PARK) { count(landUse: $l) }", "")]
    [InlineData("query($u: Unknown) { count(landUse: $u) }", "")]
    [InlineData("query($i: NewParcel) { version } mutation M($i: NewParcel) { createParcel(input: $i) { id } }", "Variable \"$i\" of type \"NewParcel\" used in position expecting type \"NewParcel!\". @1:45,1:82")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new VariablesInAllowedPosition(ctx), query));
}

/// <summary>Field Selection Merging (spec 5.3.2).</summary>
public sealed class OverlappingFieldsCanBeMergedTests
{
    [Theory]
    [InlineData("{ version version v: version }", "")]
    [InlineData("{ v: version v: me { id } }", "Fields \"v\" conflict because \"version\" and \"me\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:14")]
    [InlineData("{ parcel { name: id name } }", "Fields \"name\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:12,1:21")]
    [InlineData("{ parcel(id: \"1\") { id } parcel(id: \"2\") { id } }", "Fields \"parcel\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:26")]
    [InlineData("{ parcel(id: \"1\") { id } parcel { id } }", "Fields \"parcel\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:26")]
    [InlineData("{ parcel(id: $a) { id } parcel(id: $b) { id } }", "Fields \"parcel\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:25")]
    [InlineData("{ parcels(filter: {landUse: PARK, minArea: 1}) { id } parcels(filter: {minArea: 1, landUse: PARK}) { id } }", "")]
    [InlineData("{ parcel(id: \"x\") { id } parcel(id: \"\"\"x\"\"\") { id } }", "Fields \"parcel\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:26")]
    [InlineData("{ parcel { x: id } parcel { x: name } }", "Fields \"parcel\" conflict because subfields \"x\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:12,1:20,1:29")]
    [InlineData("{ parcel { owner { a: id } } parcel { owner { a: name } } }", "Fields \"parcel\" conflict because subfields \"owner\" conflict because subfields \"a\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:12,1:20,1:30,1:39,1:47")]
    [InlineData("{ parcel { x: id y: code } parcel { x: name y: tags } }", "Fields \"parcel\" conflict because subfields \"x\" conflict because \"id\" and \"name\" are different fields and subfields \"y\" conflict because \"code\" and \"tags\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:12,1:18,1:28,1:37,1:45")]
    [InlineData("{ search(text: \"a\") { ... on Parcel { v: code } ... on Building { v: floors } } }", "Fields \"v\" conflict because they return conflicting types \"String!\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional. @1:39,1:67")]
    [InlineData("{ search(text: \"a\") { ... on Parcel { v: name } ... on Building { v: name } ... on Person { v: id } } }", "Fields \"v\" conflict because they return conflicting types \"String\" and \"ID!\". Use different aliases on the fields to fetch both if this was intentional. @1:39,1:93\nFields \"v\" conflict because they return conflicting types \"String\" and \"ID!\". Use different aliases on the fields to fetch both if this was intentional. @1:67,1:93")]
    [InlineData("{ search(text: \"a\") { ... on Parcel { v: tags } ... on Building { v: name } } }", "Fields \"v\" conflict because they return conflicting types \"[String!]!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @1:39,1:67")]
    [InlineData("{ search(text: \"a\") { ... on Parcel { x: owner { id } } ... on Building { x: parcel { id } } } }", "")]
    [InlineData("{ feature(id: \"1\") { ... on Parcel { n: name } n: id } }", "Fields \"n\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:38,1:48")]
    [InlineData("{ ...A ...B } fragment A on Query { x: version } fragment B on Query { x: me { id } }", "Fields \"x\" conflict because \"version\" and \"me\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:37,1:72")]
    [InlineData("{ x: version ...A } fragment A on Query { x: me { id } }", "Fields \"x\" conflict because \"version\" and \"me\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:43")]
    [InlineData("{ parcel { ...P } parcel { ...Q } } fragment P on Parcel { a: id } fragment Q on Parcel { a: name }", "Fields \"parcel\" conflict because subfields \"a\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:60,1:19,1:91")]
    [InlineData("{ parcel { ...P a: code } } fragment P on Parcel { a: id ...Q } fragment Q on Parcel { a: name }", "Fields \"a\" conflict because \"code\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:17,1:52\nFields \"a\" conflict because \"code\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:17,1:88\nFields \"a\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:52,1:88")]
    [InlineData("{ ...A } fragment A on Query { v: version ...A }", "")]
    [InlineData("{ parcel { owner { id } } parcel { owner { parcels { id } id: name } } }", "Fields \"parcel\" conflict because subfields \"owner\" conflict because subfields \"id\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:12,1:20,1:27,1:36,1:59")]
    [InlineData("{ f: parcel { a: id b: name } f: parcel { a: name b: id } }", "Fields \"f\" conflict because subfields \"a\" conflict because \"id\" and \"name\" are different fields and subfields \"b\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:15,1:21,1:31,1:43,1:51")]
    [InlineData("{ parcel { x: id } parcel { ... on Parcel { x: code } } }", "Fields \"parcel\" conflict because subfields \"x\" conflict because \"id\" and \"code\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:12,1:20,1:45")]
    [InlineData("{ parcel { id } parcel { id } parcel { id } }", "")]
    [InlineData("{ a: parcel { b: owner { c: id } } a: parcel { b: owner { c: name } } a: parcel { b: owner { c: id } } }", "Fields \"a\" conflict because subfields \"b\" conflict because subfields \"c\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:3,1:15,1:26,1:36,1:48,1:59\nFields \"a\" conflict because subfields \"b\" conflict because subfields \"c\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @1:36,1:48,1:59,1:71,1:83,1:94")]
    [InlineData("{ search(text: \"a\") { ... on Parcel { v: owner { name } } ... on Person { v: parcels(first: 1) { name } } } }", "Fields \"v\" conflict because they return conflicting types \"Person\" and \"[Parcel!]!\". Use different aliases on the fields to fetch both if this was intentional. @1:39,1:75")]
    [InlineData("{ search(text: \"a\") { ... on Parcel { v: area } ... on Building { v: area(unit: \"ha\") } } }", "")]
    [InlineData("{ parcel { ...P } } fragment P on Parcel { x: id } fragment Q on Parcel { x: name }", "")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new OverlappingFieldsCanBeMerged(ctx), query));
}

/// <summary>Input Object Field Uniqueness (spec 5.6.3).</summary>
public sealed class UniqueInputFieldNamesTests
{
    [Theory]
    [InlineData("{ parcels(filter: {landUse: PARK, minArea: 1}) { id } }", "")]
    [InlineData("{ parcels(filter: {landUse: PARK, landUse: RESIDENTIAL}) { id } }", "There can be only one input field named \"landUse\". @1:20,1:35")]
    [InlineData("{ parcels(filter: {minArea: 1, and: [{minArea: 2, minArea: 3}], minArea: 4, minArea: 5}) { id } }", "There can be only one input field named \"minArea\". @1:39,1:51\nThere can be only one input field named \"minArea\". @1:20,1:65\nThere can be only one input field named \"minArea\". @1:20,1:77")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new UniqueInputFieldNames(ctx), query));
}

/// <summary>graphql@16's MaxIntrospectionDepthRule (not a spec rule).</summary>
public sealed class MaxIntrospectionDepthTests
{
    [Theory]
    [InlineData("{ __schema { types { fields { type { name } } } } }", "")]
    [InlineData("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", "Maximum introspection depth exceeded @1:3")]
    [InlineData("{ __type(name: \"Parcel\") { interfaces { possibleTypes { inputFields { name } } } } }", "Maximum introspection depth exceeded @1:3")]
    [InlineData("{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { interfaces { name } }", "")]
    [InlineData("{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...T } } }", "")]
    public void Reports(string query, string expected) =>
        Assert.Equal(expected, ValidationHarness.Validate(ctx => new MaxIntrospectionDepth(ctx), query));
}
