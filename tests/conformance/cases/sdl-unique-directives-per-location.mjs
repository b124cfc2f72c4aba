// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/UniqueDirectivesPerLocationRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("duplicate directives on SDL definitions", `directive @nonRepeatable on
  SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

schema @nonRepeatable @nonRepeatable { query: Dummy }

scalar TestScalar @nonRepeatable @nonRepeatable
type TestObject @nonRepeatable @nonRepeatable
interface TestInterface @nonRepeatable @nonRepeatable
union TestUnion @nonRepeatable @nonRepeatable
input TestInput @nonRepeatable @nonRepeatable
`),
  sdl("duplicate directives on SDL extensions", `directive @nonRepeatable on
  SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

extend schema @nonRepeatable @nonRepeatable

extend scalar TestScalar @nonRepeatable @nonRepeatable
extend type TestObject @nonRepeatable @nonRepeatable
extend interface TestInterface @nonRepeatable @nonRepeatable
extend union TestUnion @nonRepeatable @nonRepeatable
extend input TestInput @nonRepeatable @nonRepeatable
`),
  sdl("duplicate directives between SDL definitions and extensions", `directive @nonRepeatable on SCHEMA

schema @nonRepeatable { query: Dummy }
extend schema @nonRepeatable
`),
  sdl("duplicate directives between SDL definitions and extensions (2)", `directive @nonRepeatable on SCALAR

scalar TestScalar @nonRepeatable
extend scalar TestScalar @nonRepeatable
scalar TestScalar @nonRepeatable
`),
  sdl("duplicate directives between SDL definitions and extensions (3)", `directive @nonRepeatable on OBJECT

extend type TestObject @nonRepeatable
type TestObject @nonRepeatable
extend type TestObject @nonRepeatable
`),
];
