// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/KnownDirectivesRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("with directive defined inside SDL", `type Query {
  foo: String @test
}

directive @test on FIELD_DEFINITION
`),
  sdl("with standard directive", `type Query {
  foo: String @deprecated
}
`),
  sdl("with overridden standard directive", `schema @deprecated {
  query: Query
}
directive @deprecated on SCHEMA
`),
  sdl("with directive defined in schema extension", `type Query {
  foo: String
}
`),
  sdl("with directive used in schema extension", `directive @test on OBJECT

type Query {
  foo: String
}
`),
  sdl("with unknown directive in schema extension", `type Query {
  foo: String
}
`),
];
