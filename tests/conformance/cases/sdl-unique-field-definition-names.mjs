// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/UniqueFieldDefinitionNamesRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("no fields", `type SomeObject
interface SomeInterface
input SomeInputObject
`),
  sdl("one field", `type SomeObject {
  foo: String
}

interface SomeInterface {
  foo: String
}

input SomeInputObject {
  foo: String
}
`),
  sdl("multiple fields", `type SomeObject {
  foo: String
  bar: String
}

interface SomeInterface {
  foo: String
  bar: String
}

input SomeInputObject {
  foo: String
  bar: String
}
`),
  sdl("duplicate fields inside the same type definition", `type SomeObject {
  foo: String
  bar: String
  foo: String
}

interface SomeInterface {
  foo: String
  bar: String
  foo: String
}

input SomeInputObject {
  foo: String
  bar: String
  foo: String
}
`),
  sdl("extend type with new field", `type SomeObject {
  foo: String
}
extend type SomeObject {
  bar: String
}
extend type SomeObject {
  baz: String
}

interface SomeInterface {
  foo: String
}
extend interface SomeInterface {
  bar: String
}
extend interface SomeInterface {
  baz: String
}

input SomeInputObject {
  foo: String
}
extend input SomeInputObject {
  bar: String
}
extend input SomeInputObject {
  baz: String
}
`),
  sdl("extend type with duplicate field", `extend type SomeObject {
  foo: String
}
type SomeObject {
  foo: String
}

extend interface SomeInterface {
  foo: String
}
interface SomeInterface {
  foo: String
}

extend input SomeInputObject {
  foo: String
}
input SomeInputObject {
  foo: String
}
`),
  sdl("duplicate field inside extension", `type SomeObject
extend type SomeObject {
  foo: String
  bar: String
  foo: String
}

interface SomeInterface
extend interface SomeInterface {
  foo: String
  bar: String
  foo: String
}

input SomeInputObject
extend input SomeInputObject {
  foo: String
  bar: String
  foo: String
}
`),
  sdl("duplicate field inside different extensions", `type SomeObject
extend type SomeObject {
  foo: String
}
extend type SomeObject {
  foo: String
}

interface SomeInterface
extend interface SomeInterface {
  foo: String
}
extend interface SomeInterface {
  foo: String
}

input SomeInputObject
extend input SomeInputObject {
  foo: String
}
extend input SomeInputObject {
  foo: String
}
`),
  sdl("adding new field to the type inside existing schema", `type SomeObject
interface SomeInterface
input SomeInputObject
`),
  sdl("adding conflicting fields to existing schema twice", `type SomeObject {
  foo: String
}

interface SomeInterface {
  foo: String
}

input SomeInputObject {
  foo: String
}
`),
  sdl("adding fields to existing schema twice", `type SomeObject
interface SomeInterface
input SomeInputObject
`),
];
