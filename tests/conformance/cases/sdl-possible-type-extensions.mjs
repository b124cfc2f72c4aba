// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/PossibleTypeExtensionsRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("no extensions", `scalar FooScalar
type FooObject
interface FooInterface
union FooUnion
enum FooEnum
input FooInputObject
`),
  sdl("one extension per type", `scalar FooScalar
type FooObject
interface FooInterface
union FooUnion
enum FooEnum
input FooInputObject

extend scalar FooScalar @dummy
extend type FooObject @dummy
extend interface FooInterface @dummy
extend union FooUnion @dummy
extend enum FooEnum @dummy
extend input FooInputObject @dummy
`),
  sdl("many extensions per type", `scalar FooScalar
type FooObject
interface FooInterface
union FooUnion
enum FooEnum
input FooInputObject

extend scalar FooScalar @dummy
extend type FooObject @dummy
extend interface FooInterface @dummy
extend union FooUnion @dummy
extend enum FooEnum @dummy
extend input FooInputObject @dummy

extend scalar FooScalar @dummy
extend type FooObject @dummy
extend interface FooInterface @dummy
extend union FooUnion @dummy
extend enum FooEnum @dummy
extend input FooInputObject @dummy
`),
  sdl("extending unknown type", `type Known

extend scalar Unknown @dummy
extend type Unknown @dummy
extend interface Unknown @dummy
extend union Unknown @dummy
extend enum Unknown @dummy
extend input Unknown @dummy
`),
  sdl("does not consider non-type definitions", `query Foo { __typename }
fragment Foo on Query { __typename }
directive @Foo on SCHEMA

extend scalar Foo @dummy
extend type Foo @dummy
extend interface Foo @dummy
extend union Foo @dummy
extend enum Foo @dummy
extend input Foo @dummy
`),
  sdl("extending with different kinds", `scalar FooScalar
type FooObject
interface FooInterface
union FooUnion
enum FooEnum
input FooInputObject

extend type FooScalar @dummy
extend interface FooObject @dummy
extend union FooInterface @dummy
extend enum FooUnion @dummy
extend input FooEnum @dummy
extend scalar FooInputObject @dummy
`),
  sdl("extending types within existing schema", `scalar FooScalar
type FooObject
interface FooInterface
union FooUnion
enum FooEnum
input FooInputObject
`),
  sdl("extending types with different kinds within existing schema", `scalar FooScalar
type FooObject
interface FooInterface
union FooUnion
enum FooEnum
input FooInputObject
`),
];
