// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/UniqueTypeNamesRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("no types", `directive @test on SCHEMA
`),
  sdl("one type", `type Foo
`),
  sdl("many types", `type Foo
type Bar
type Baz
`),
  sdl("type and non-type definitions named the same", `query Foo { __typename }
fragment Foo on Query { __typename }
directive @Foo on SCHEMA

type Foo
`),
  sdl("types named the same", `type Foo

scalar Foo
type Foo
interface Foo
union Foo
enum Foo
input Foo
`),
];
