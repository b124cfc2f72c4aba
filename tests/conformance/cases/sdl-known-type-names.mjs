// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/KnownTypeNamesRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("use standard types", `type Query {
  string: String
  int: Int
  float: Float
  boolean: Boolean
  id: ID
  introspectionType: __EnumValue
}
`),
  sdl("reference types defined inside the same document", `union SomeUnion = SomeObject | AnotherObject

type SomeObject implements SomeInterface {
  someScalar(arg: SomeInputObject): SomeScalar
}

type AnotherObject {
  foo(arg: SomeInputObject): String
}

type SomeInterface {
  someScalar(arg: SomeInputObject): SomeScalar
}

input SomeInputObject {
  someScalar: SomeScalar
}

scalar SomeScalar

type RootQuery {
  someInterface: SomeInterface
  someUnion: SomeUnion
  someScalar: SomeScalar
  someObject: SomeObject
}

schema {
  query: RootQuery
}
`),
  sdl("unknown type references", `type A
type B

type SomeObject implements C {
  e(d: D): E
}

union SomeUnion = F | G

interface SomeInterface {
  i(h: H): I
}

input SomeInput {
  j: J
}

directive @SomeDirective(k: K) on QUERY

schema {
  query: L
  mutation: M
  subscription: N
}
`),
  sdl("does not consider non-type definitions", `query Foo { __typename }
fragment Foo on Query { __typename }
directive @Foo on QUERY

type Query {
  foo: Foo
}
`),
];
