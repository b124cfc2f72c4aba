// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/LoneSchemaDefinitionRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("no schema", `type Query {
  foo: String
}
`),
  sdl("one schema definition", `schema {
  query: Foo
}

type Foo {
  foo: String
}
`),
  sdl("multiple schema definitions", `schema {
  query: Foo
}

type Foo {
  foo: String
}

schema {
  mutation: Foo
}

schema {
  subscription: Foo
}
`),
  sdl("define schema in schema extension", `type Foo {
  foo: String
}
`),
  sdl("redefine schema in schema extension", `schema {
  query: Foo
}

type Foo {
  foo: String
}
`),
  sdl("redefine implicit schema in schema extension", `type Query {
  fooField: Foo
}

type Foo {
  foo: String
}
`),
  sdl("extend schema in schema extension", `type Query {
  fooField: Foo
}

type Foo {
  foo: String
}
`),
];
