// The SDL documents of graphql-js 16.11.0's own tests, src/type/__tests__/validation-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("accepts a Schema whose query type is an object type", `type Query {
  test: String
}
`),
  sdl("accepts a Schema whose query type is an object type (2)", `schema {
  query: QueryRoot
}

type QueryRoot {
  test: String
}
`),
  sdl("accepts a Schema whose query and mutation types are object types", `type Query {
  test: String
}

type Mutation {
  test: String
}
`),
  sdl("accepts a Schema whose query and mutation types are object types (2)", `schema {
  query: QueryRoot
  mutation: MutationRoot
}

type QueryRoot {
  test: String
}

type MutationRoot {
  test: String
}
`),
  sdl("accepts a Schema whose query and subscription types are object types", `type Query {
  test: String
}

type Subscription {
  test: String
}
`),
  sdl("accepts a Schema whose query and subscription types are object types (2)", `schema {
  query: QueryRoot
  subscription: SubscriptionRoot
}

type QueryRoot {
  test: String
}

type SubscriptionRoot {
  test: String
}
`),
  sdl("rejects a Schema without a query type", `type Mutation {
  test: String
}
`),
  sdl("rejects a Schema without a query type (2)", `schema {
  mutation: MutationRoot
}

type MutationRoot {
  test: String
}
`),
  sdl("rejects a Schema whose query root type is not an Object type", `input Query {
  test: String
}
`),
  sdl("rejects a Schema whose query root type is not an Object type (2)", `schema {
  query: SomeInputObject
}

input SomeInputObject {
  test: String
}
`),
  sdl("rejects a Schema whose mutation type is an input type", `type Query {
  field: String
}

input Mutation {
  test: String
}
`),
  sdl("rejects a Schema whose mutation type is an input type (2)", `schema {
  query: Query
  mutation: SomeInputObject
}

type Query {
  field: String
}

input SomeInputObject {
  test: String
}
`),
  sdl("rejects a Schema whose subscription type is an input type", `type Query {
  field: String
}

input Subscription {
  test: String
}
`),
  sdl("rejects a Schema whose subscription type is an input type (2)", `schema {
  query: Query
  subscription: SomeInputObject
}

type Query {
  field: String
}

input SomeInputObject {
  test: String
}
`),
  sdl("rejects a Schema extended with invalid root types", `input SomeInputObject {
  test: String
}
`),
  sdl("accepts an Object type with fields object", `type Query {
  field: SomeObject
}

type SomeObject {
  field: String
}
`),
  sdl("rejects an Object type with missing fields", `type Query {
  test: IncompleteObject
}

type IncompleteObject
`),
  sdl("accepts a Union type with member types", `type Query {
  test: GoodUnion
}

type TypeA {
  field: String
}

type TypeB {
  field: String
}

union GoodUnion =
  | TypeA
  | TypeB
`),
  sdl("rejects a Union type with empty types", `type Query {
  test: BadUnion
}

union BadUnion
`),
  sdl("rejects a Union type with duplicated member type", `type Query {
  test: BadUnion
}

type TypeA {
  field: String
}

type TypeB {
  field: String
}

union BadUnion =
  | TypeA
  | TypeB
  | TypeA
`),
  sdl("rejects a Union type with non-Object members types", `type Query {
  test: BadUnion
}

type TypeA {
  field: String
}

type TypeB {
  field: String
}

union BadUnion =
  | TypeA
  | String
  | TypeB
`),
  sdl("accepts an Input Object type with fields", `type Query {
  field(arg: SomeInputObject): String
}

input SomeInputObject {
  field: String
}
`),
  sdl("rejects an Input Object type with missing fields", `type Query {
  field(arg: SomeInputObject): String
}

input SomeInputObject
`),
  sdl("accepts an Input Object with breakable circular reference", `type Query {
  field(arg: SomeInputObject): String
}

input SomeInputObject {
  self: SomeInputObject
  arrayOfSelf: [SomeInputObject]
  nonNullArrayOfSelf: [SomeInputObject]!
  nonNullArrayOfNonNullSelf: [SomeInputObject!]!
  intermediateSelf: AnotherInputObject
}

input AnotherInputObject {
  parent: SomeInputObject
}
`),
  sdl("rejects an Input Object with non-breakable circular reference", `type Query {
  field(arg: SomeInputObject): String
}

input SomeInputObject {
  nonNullSelf: SomeInputObject!
}
`),
  sdl("rejects Input Objects with non-breakable circular reference spread across them", `type Query {
  field(arg: SomeInputObject): String
}

input SomeInputObject {
  startLoop: AnotherInputObject!
}

input AnotherInputObject {
  nextInLoop: YetAnotherInputObject!
}

input YetAnotherInputObject {
  closeLoop: SomeInputObject!
}
`),
  sdl("rejects Input Objects with multiple non-breakable circular reference", `type Query {
  field(arg: SomeInputObject): String
}

input SomeInputObject {
  startLoop: AnotherInputObject!
}

input AnotherInputObject {
  closeLoop: SomeInputObject!
  startSecondLoop: YetAnotherInputObject!
}

input YetAnotherInputObject {
  closeSecondLoop: AnotherInputObject!
  nonNullSelf: YetAnotherInputObject!
}
`),
  sdl("rejects an Input Object type with incorrectly typed fields", `type Query {
  field(arg: SomeInputObject): String
}

type SomeObject {
  field: String
}

union SomeUnion = SomeObject

input SomeInputObject {
  badObject: SomeObject
  badUnion: SomeUnion
  goodInputObject: SomeInputObject
}
`),
  sdl("rejects an Input Object type with required argument that is deprecated", `type Query {
  field(arg: SomeInputObject): String
}

input SomeInputObject {
  badField: String! @deprecated
  optionalField: String @deprecated
  anotherOptionalField: String! = "" @deprecated
}
`),
  sdl("rejects an Enum type without values", `type Query {
  field: SomeEnum
}

enum SomeEnum
`),
  sdl("rejects with relevant locations for a non-output type as an Object field type", `type Query {
  field: [SomeInputObject]
}

input SomeInputObject {
  field: String
}
`),
  sdl("rejects an Object implementing a non-Interface type", `type Query {
  test: BadObject
}

input SomeInputObject {
  field: String
}

type BadObject implements SomeInputObject {
  field: String
}
`),
  sdl("rejects an Object implementing the same interface twice", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: String
}

type AnotherObject implements AnotherInterface & AnotherInterface {
  field: String
}
`),
  sdl("rejects an Object implementing the same interface twice due to extension", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: String
}

type AnotherObject implements AnotherInterface {
  field: String
}
`),
  sdl("rejects an Object implementing the extended interface due to missing field", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: String
}

type AnotherObject implements AnotherInterface {
  field: String
}
`),
  sdl("rejects an Object implementing the extended interface due to missing field args", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: String
}

type AnotherObject implements AnotherInterface {
  field: String
}
`),
  sdl("rejects Objects implementing the extended interface due to mismatching interface type", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: String
}

type AnotherObject implements AnotherInterface {
  field: String
}
`),
  sdl("rejects a non-output type as an Interface field type with locations", `type Query {
  test: SomeInterface
}

interface SomeInterface {
  field: SomeInputObject
}

input SomeInputObject {
  foo: String
}

type SomeObject implements SomeInterface {
  field: SomeInputObject
}
`),
  sdl("accepts an interface not implemented by at least one object", `type Query {
  test: SomeInterface
}

interface SomeInterface {
  foo: String
}
`),
  sdl("rejects a required argument that is deprecated", `directive @BadDirective(
  badArg: String! @deprecated
  optionalArg: String @deprecated
  anotherOptionalArg: String! = "" @deprecated
) on FIELD

type Query {
  test(
    badArg: String! @deprecated
    optionalArg: String @deprecated
    anotherOptionalArg: String! = "" @deprecated
  ): String
}
`),
  sdl("rejects a non-input type as a field arg with locations", `type Query {
  test(arg: SomeObject): String
}

type SomeObject {
  foo: String
}
`),
  sdl("rejects a non-input type as an input object field with locations", `type Query {
  test(arg: SomeInputObject): String
}

input SomeInputObject {
  foo: SomeObject
}

type SomeObject {
  bar: String
}
`),
  sdl("rejects non-nullable fields", `type Query {
  test(arg: SomeInputObject): String
}

input SomeInputObject @oneOf {
  a: String
  b: String!
}
`),
  sdl("rejects fields with default values", `type Query {
  test(arg: SomeInputObject): String
}

input SomeInputObject @oneOf {
  a: String
  b: String = "foo"
}
`),
  sdl("accepts an Object which implements an Interface", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field(input: String): String
}

type AnotherObject implements AnotherInterface {
  field(input: String): String
}
`),
  sdl("accepts an Object which implements an Interface along with more fields", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field(input: String): String
}

type AnotherObject implements AnotherInterface {
  field(input: String): String
  anotherField: String
}
`),
  sdl("accepts an Object which implements an Interface field along with additional optional arguments", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field(input: String): String
}

type AnotherObject implements AnotherInterface {
  field(input: String, anotherInput: String): String
}
`),
  sdl("rejects an Object missing an Interface field", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field(input: String): String
}

type AnotherObject implements AnotherInterface {
  anotherField: String
}
`),
  sdl("rejects an Object with an incorrectly typed Interface field", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field(input: String): String
}

type AnotherObject implements AnotherInterface {
  field(input: String): Int
}
`),
  sdl("rejects an Object with a differently typed Interface field", `type Query {
  test: AnotherObject
}

type A { foo: String }
type B { foo: String }

interface AnotherInterface {
  field: A
}

type AnotherObject implements AnotherInterface {
  field: B
}
`),
  sdl("accepts an Object with a subtyped Interface field (interface)", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: AnotherInterface
}

type AnotherObject implements AnotherInterface {
  field: AnotherObject
}
`),
  sdl("accepts an Object with a subtyped Interface field (union)", `type Query {
  test: AnotherObject
}

type SomeObject {
  field: String
}

union SomeUnionType = SomeObject

interface AnotherInterface {
  field: SomeUnionType
}

type AnotherObject implements AnotherInterface {
  field: SomeObject
}
`),
  sdl("rejects an Object missing an Interface argument", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field(input: String): String
}

type AnotherObject implements AnotherInterface {
  field: String
}
`),
  sdl("rejects an Object with an incorrectly typed Interface argument", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field(input: String): String
}

type AnotherObject implements AnotherInterface {
  field(input: Int): String
}
`),
  sdl("rejects an Object with both an incorrectly typed field and argument", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field(input: String): String
}

type AnotherObject implements AnotherInterface {
  field(input: Int): Int
}
`),
  sdl("rejects an Object which implements an Interface field along with additional required arguments", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field(baseArg: String): String
}

type AnotherObject implements AnotherInterface {
  field(
    baseArg: String,
    requiredArg: String!
    optionalArg1: String,
    optionalArg2: String = "",
  ): String
}
`),
  sdl("accepts an Object with an equivalently wrapped Interface field type", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: [String]!
}

type AnotherObject implements AnotherInterface {
  field: [String]!
}
`),
  sdl("rejects an Object with a non-list Interface field list type", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: [String]
}

type AnotherObject implements AnotherInterface {
  field: String
}
`),
  sdl("rejects an Object with a list Interface field non-list type", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: String
}

type AnotherObject implements AnotherInterface {
  field: [String]
}
`),
  sdl("accepts an Object with a subset non-null Interface field type", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: String
}

type AnotherObject implements AnotherInterface {
  field: String!
}
`),
  sdl("rejects an Object with a superset nullable Interface field type", `type Query {
  test: AnotherObject
}

interface AnotherInterface {
  field: String!
}

type AnotherObject implements AnotherInterface {
  field: String
}
`),
  sdl("rejects an Object missing a transitive interface", `type Query {
  test: AnotherObject
}

interface SuperInterface {
  field: String!
}

interface AnotherInterface implements SuperInterface {
  field: String!
}

type AnotherObject implements AnotherInterface {
  field: String!
}
`),
  sdl("accepts an Interface which implements an Interface", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field(input: String): String
}

interface ChildInterface implements ParentInterface {
  field(input: String): String
}
`),
  sdl("accepts an Interface which implements an Interface along with more fields", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field(input: String): String
}

interface ChildInterface implements ParentInterface {
  field(input: String): String
  anotherField: String
}
`),
  sdl("accepts an Interface which implements an Interface field along with additional optional arguments", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field(input: String): String
}

interface ChildInterface implements ParentInterface {
  field(input: String, anotherInput: String): String
}
`),
  sdl("rejects an Interface missing an Interface field", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field(input: String): String
}

interface ChildInterface implements ParentInterface {
  anotherField: String
}
`),
  sdl("rejects an Interface with an incorrectly typed Interface field", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field(input: String): String
}

interface ChildInterface implements ParentInterface {
  field(input: String): Int
}
`),
  sdl("rejects an Interface with a differently typed Interface field", `type Query {
  test: ChildInterface
}

type A { foo: String }
type B { foo: String }

interface ParentInterface {
  field: A
}

interface ChildInterface implements ParentInterface {
  field: B
}
`),
  sdl("accepts an Interface with a subtyped Interface field (interface)", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field: ParentInterface
}

interface ChildInterface implements ParentInterface {
  field: ChildInterface
}
`),
  sdl("accepts an Interface with a subtyped Interface field (union)", `type Query {
  test: ChildInterface
}

type SomeObject {
  field: String
}

union SomeUnionType = SomeObject

interface ParentInterface {
  field: SomeUnionType
}

interface ChildInterface implements ParentInterface {
  field: SomeObject
}
`),
  sdl("rejects an Interface implementing a non-Interface type", `type Query {
  field: String
}

input SomeInputObject {
  field: String
}

interface BadInterface implements SomeInputObject {
  field: String
}
`),
  sdl("rejects an Interface missing an Interface argument", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field(input: String): String
}

interface ChildInterface implements ParentInterface {
  field: String
}
`),
  sdl("rejects an Interface with an incorrectly typed Interface argument", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field(input: String): String
}

interface ChildInterface implements ParentInterface {
  field(input: Int): String
}
`),
  sdl("rejects an Interface with both an incorrectly typed field and argument", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field(input: String): String
}

interface ChildInterface implements ParentInterface {
  field(input: Int): Int
}
`),
  sdl("rejects an Interface which implements an Interface field along with additional required arguments", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field(baseArg: String): String
}

interface ChildInterface implements ParentInterface {
  field(
    baseArg: String,
    requiredArg: String!
    optionalArg1: String,
    optionalArg2: String = "",
  ): String
}
`),
  sdl("accepts an Interface with an equivalently wrapped Interface field type", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field: [String]!
}

interface ChildInterface implements ParentInterface {
  field: [String]!
}
`),
  sdl("rejects an Interface with a non-list Interface field list type", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field: [String]
}

interface ChildInterface implements ParentInterface {
  field: String
}
`),
  sdl("rejects an Interface with a list Interface field non-list type", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field: String
}

interface ChildInterface implements ParentInterface {
  field: [String]
}
`),
  sdl("accepts an Interface with a subset non-null Interface field type", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field: String
}

interface ChildInterface implements ParentInterface {
  field: String!
}
`),
  sdl("rejects an Interface with a superset nullable Interface field type", `type Query {
  test: ChildInterface
}

interface ParentInterface {
  field: String!
}

interface ChildInterface implements ParentInterface {
  field: String
}
`),
  sdl("rejects an Object missing a transitive interface'", `type Query {
  test: ChildInterface
}

interface SuperInterface {
  field: String!
}

interface ParentInterface implements SuperInterface {
  field: String!
}

interface ChildInterface implements ParentInterface {
  field: String!
}
`),
  sdl("rejects a self reference interface", `type Query {
  test: FooInterface
}

interface FooInterface implements FooInterface {
  field: String
}
`),
  sdl("rejects a circular Interface implementation", `type Query {
  test: FooInterface
}

interface FooInterface implements BarInterface {
  field: String
}

interface BarInterface implements FooInterface {
  field: String
}
`),
  sdl("does not throw on valid schemas", `type Query {
  foo: String
}
`),
  sdl("combines multiple errors", `Query root type must be provided.

Type SomeType must define one or more fields.
`),
];
