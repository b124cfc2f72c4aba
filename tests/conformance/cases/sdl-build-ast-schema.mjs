// The SDL documents of graphql-js 16.11.0's own tests, src/utilities/__tests__/buildASTSchema-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("can build a schema directly from the source", `type Query {
  add(x: Int, y: Int): Int
}
`),
  sdl("Empty type", `type EmptyType
`),
  sdl("Simple type", `type Query {
  str: String
  int: Int
  float: Float
  id: ID
  bool: Boolean
}
`),
  sdl("With directives", `directive @foo(arg: Int) on FIELD

directive @repeatableFoo(arg: Int) repeatable on FIELD
`),
  sdl("Supports descriptions", `"""Do you agree that this is the most creative schema ever?"""
schema {
  query: Query
}

"""This is a directive"""
directive @foo(
  """It has an argument"""
  arg: Int
) on FIELD

"""Who knows what inside this scalar?"""
scalar MysteryScalar

"""This is a input object type"""
input FooInput {
  """It has a field"""
  field: Int
}

"""This is a interface type"""
interface Energy {
  """It also has a field"""
  str: String
}

"""There is nothing inside!"""
union BlackHole

"""With an enum"""
enum Color {
  RED

  """Not a creative color"""
  GREEN
  BLUE
}

"""What a great type"""
type Query {
  """And a field to boot"""
  str: String
}
`),
  sdl("Overriding directives excludes specified", `directive @skip on FIELD
directive @include on FIELD
directive @deprecated on FIELD_DEFINITION
directive @specifiedBy on FIELD_DEFINITION
directive @oneOf on OBJECT
`),
  sdl("Adding directives maintains @include, @skip, @deprecated, @specifiedBy, and @oneOf", `directive @foo(arg: Int) on FIELD
`),
  sdl("Type modifiers", `type Query {
  nonNullStr: String!
  listOfStrings: [String]
  listOfNonNullStrings: [String!]
  nonNullListOfStrings: [String]!
  nonNullListOfNonNullStrings: [String!]!
}
`),
  sdl("Recursive type", `type Query {
  str: String
  recurse: Query
}
`),
  sdl("Two types circular", `type TypeOne {
  str: String
  typeTwo: TypeTwo
}

type TypeTwo {
  str: String
  typeOne: TypeOne
}
`),
  sdl("Single argument field", `type Query {
  str(int: Int): String
  floatToStr(float: Float): String
  idToStr(id: ID): String
  booleanToStr(bool: Boolean): String
  strToStr(bool: String): String
}
`),
  sdl("Simple type with multiple arguments", `type Query {
  str(int: Int, bool: Boolean): String
}
`),
  sdl("Empty interface", `interface EmptyInterface
`),
  sdl("Simple type with interface", `type Query implements WorldInterface {
  str: String
}

interface WorldInterface {
  str: String
}
`),
  sdl("Simple interface hierarchy", `schema {
  query: Child
}

interface Child implements Parent {
  str: String
}

type Hello implements Parent & Child {
  str: String
}

interface Parent {
  str: String
}
`),
  sdl("Empty enum", `enum EmptyEnum
`),
  sdl("Simple output enum", `enum Hello {
  WORLD
}

type Query {
  hello: Hello
}
`),
  sdl("Simple input enum", `enum Hello {
  WORLD
}

type Query {
  str(hello: Hello): String
}
`),
  sdl("Multiple value enum", `enum Hello {
  WO
  RLD
}

type Query {
  hello: Hello
}
`),
  sdl("Empty union", `union EmptyUnion
`),
  sdl("Simple Union", `union Hello = World

type Query {
  hello: Hello
}

type World {
  str: String
}
`),
  sdl("Multiple Union", `union Hello = WorldOne | WorldTwo

type Query {
  hello: Hello
}

type WorldOne {
  str: String
}

type WorldTwo {
  str: String
}
`),
  sdl("Can build recursive Union", `union Hello = Hello

type Query {
  hello: Hello
}
`),
  sdl("Custom Scalar", `scalar CustomScalar

type Query {
  customScalar: CustomScalar
}
`),
  sdl("Empty Input Object", `input EmptyInputObject
`),
  sdl("Simple Input Object", `input Input {
  int: Int
}

type Query {
  field(in: Input): String
}
`),
  sdl("Simple argument field with default", `type Query {
  str(int: Int = 2): String
}
`),
  sdl("Custom scalar argument field with default", `scalar CustomScalar

type Query {
  str(int: CustomScalar = 2): String
}
`),
  sdl("Simple type with mutation", `schema {
  query: HelloScalars
  mutation: Mutation
}

type HelloScalars {
  str: String
  int: Int
  bool: Boolean
}

type Mutation {
  addHelloScalars(str: String, int: Int, bool: Boolean): HelloScalars
}
`),
  sdl("Simple type with subscription", `schema {
  query: HelloScalars
  subscription: Subscription
}

type HelloScalars {
  str: String
  int: Int
  bool: Boolean
}

type Subscription {
  subscribeHelloScalars(str: String, int: Int, bool: Boolean): HelloScalars
}
`),
  sdl("Unreferenced type implementing referenced interface", `type Concrete implements Interface {
  key: String
}

interface Interface {
  key: String
}

type Query {
  interface: Interface
}
`),
  sdl("Unreferenced interface implementing referenced interface", `interface Child implements Parent {
  key: String
}

interface Parent {
  key: String
}

type Query {
  interfaceField: Parent
}
`),
  sdl("Unreferenced type implementing referenced union", `type Concrete {
  key: String
}

type Query {
  union: Union
}

union Union = Concrete
`),
  sdl("Supports @deprecated", `enum MyEnum {
  VALUE
  OLD_VALUE @deprecated
  OTHER_VALUE @deprecated(reason: "Terrible reasons")
}

input MyInput {
  oldInput: String @deprecated
  otherInput: String @deprecated(reason: "Use newInput")
  newInput: String
}

type Query {
  field1: String @deprecated
  field2: Int @deprecated(reason: "Because I said so")
  enum: MyEnum
  field3(oldArg: String @deprecated, arg: String): String
  field4(oldArg: String @deprecated(reason: "Why not?"), arg: String): String
  field5(arg: MyInput): String
}
`),
  sdl("Supports @specifiedBy", `scalar Foo @specifiedBy(url: "https://example.com/foo_spec")

type Query {
  foo: Foo @deprecated
}
`),
  sdl("Correctly extend scalar type", `scalar SomeScalar
extend scalar SomeScalar @foo
extend scalar SomeScalar @bar

directive @foo on SCALAR
directive @bar on SCALAR
`),
  sdl("Correctly extend scalar type (2)", `scalar SomeScalar
`),
  sdl("Correctly extend scalar type (3)", `extend scalar SomeScalar @foo

extend scalar SomeScalar @bar
`),
  sdl("Correctly extend object type", `type SomeObject implements Foo {
  first: String
}

extend type SomeObject implements Bar {
  second: Int
}

extend type SomeObject implements Baz {
  third: Float
}

interface Foo
interface Bar
interface Baz
`),
  sdl("Correctly extend object type (2)", `type SomeObject implements Foo & Bar & Baz {
  first: String
  second: Int
  third: Float
}
`),
  sdl("Correctly extend object type (3)", `type SomeObject implements Foo {
  first: String
}
`),
  sdl("Correctly extend object type (4)", `extend type SomeObject implements Bar {
  second: Int
}

extend type SomeObject implements Baz {
  third: Float
}
`),
  sdl("Correctly extend interface type", `interface SomeInterface {
  first: String
}

extend interface SomeInterface {
  second: Int
}

extend interface SomeInterface {
  third: Float
}
`),
  sdl("Correctly extend interface type (2)", `interface SomeInterface {
  first: String
  second: Int
  third: Float
}
`),
  sdl("Correctly extend interface type (3)", `interface SomeInterface {
  first: String
}
`),
  sdl("Correctly extend interface type (4)", `extend interface SomeInterface {
  second: Int
}

extend interface SomeInterface {
  third: Float
}
`),
  sdl("Correctly extend union type", `union SomeUnion = FirstType
extend union SomeUnion = SecondType
extend union SomeUnion = ThirdType

type FirstType
type SecondType
type ThirdType
`),
  sdl("Correctly extend union type (2)", `union SomeUnion = FirstType | SecondType | ThirdType
`),
  sdl("Correctly extend union type (3)", `extend union SomeUnion = SecondType

extend union SomeUnion = ThirdType
`),
  sdl("Correctly extend enum type", `enum SomeEnum {
  FIRST
}

extend enum SomeEnum {
  SECOND
}

extend enum SomeEnum {
  THIRD
}
`),
  sdl("Correctly extend enum type (2)", `enum SomeEnum {
  FIRST
  SECOND
  THIRD
}
`),
  sdl("Correctly extend enum type (3)", `enum SomeEnum {
  FIRST
}
`),
  sdl("Correctly extend enum type (4)", `extend enum SomeEnum {
  SECOND
}

extend enum SomeEnum {
  THIRD
}
`),
  sdl("Correctly extend input object type", `input SomeInput {
  first: String
}

extend input SomeInput {
  second: Int
}

extend input SomeInput {
  third: Float
}
`),
  sdl("Correctly extend input object type (2)", `input SomeInput {
  first: String
  second: Int
  third: Float
}
`),
  sdl("Correctly extend input object type (3)", `input SomeInput {
  first: String
}
`),
  sdl("Correctly extend input object type (4)", `extend input SomeInput {
  second: Int
}

extend input SomeInput {
  third: Float
}
`),
  sdl("Correctly assign AST nodes", `schema {
  query: Query
}

type Query {
  testField(testArg: TestInput): TestUnion
}

input TestInput {
  testInputField: TestEnum
}

enum TestEnum {
  TEST_VALUE
}

union TestUnion = TestType

interface TestInterface {
  interfaceField: String
}

type TestType implements TestInterface {
  interfaceField: String
}

scalar TestScalar

directive @test(arg: TestScalar) on FIELD
`),
  sdl("Root operation types with custom names", `schema {
  query: SomeQuery
  mutation: SomeMutation
  subscription: SomeSubscription
}
type SomeQuery
type SomeMutation
type SomeSubscription
`),
  sdl("Default root operation type names", `type Query
type Mutation
type Subscription
`),
  sdl("Do not override standard types", `scalar ID

scalar __Schema
`),
  sdl("Allows to reference introspection types", `type Query {
  introspectionField: __EnumValue
}
`),
];
