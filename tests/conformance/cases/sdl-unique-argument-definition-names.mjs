// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/UniqueArgumentDefinitionNamesRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("no args", `type SomeObject {
  someField: String
}

interface SomeInterface {
  someField: String
}

directive @someDirective on QUERY
`),
  sdl("one argument", `type SomeObject {
  someField(foo: String): String
}

interface SomeInterface {
  someField(foo: String): String
}

extend type SomeObject {
  anotherField(foo: String): String
}

extend interface SomeInterface {
  anotherField(foo: String): String
}

directive @someDirective(foo: String) on QUERY
`),
  sdl("multiple arguments", `type SomeObject {
  someField(
    foo: String
    bar: String
  ): String
}

interface SomeInterface {
  someField(
    foo: String
    bar: String
  ): String
}

extend type SomeObject {
  anotherField(
    foo: String
    bar: String
  ): String
}

extend interface SomeInterface {
  anotherField(
    foo: String
    bar: String
  ): String
}

directive @someDirective(
  foo: String
  bar: String
) on QUERY
`),
  sdl("duplicating arguments", `type SomeObject {
  someField(
    foo: String
    bar: String
    foo: String
  ): String
}

interface SomeInterface {
  someField(
    foo: String
    bar: String
    foo: String
  ): String
}

extend type SomeObject {
  anotherField(
    foo: String
    bar: String
    bar: String
  ): String
}

extend interface SomeInterface {
  anotherField(
    bar: String
    foo: String
    foo: String
  ): String
}

directive @someDirective(
  foo: String
  bar: String
  foo: String
) on QUERY
`),
];
