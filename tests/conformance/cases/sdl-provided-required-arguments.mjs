// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/ProvidedRequiredArgumentsRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("Missing optional args on directive defined inside SDL", `type Query {
  foo: String @test
}

directive @test(arg1: String, arg2: String! = "") on FIELD_DEFINITION
`),
  sdl("Missing arg on directive defined inside SDL", `type Query {
  foo: String @test
}

directive @test(arg: String!) on FIELD_DEFINITION
`),
  sdl("Missing arg on standard directive", `type Query {
  foo: String @include
}
`),
  sdl("Missing arg on overridden standard directive", `type Query {
  foo: String @deprecated
}
directive @deprecated(reason: String!) on FIELD
`),
  sdl("Missing arg on directive defined in schema extension", `type Query {
  foo: String
}
`),
  sdl("Missing arg on directive used in schema extension", `directive @test(arg: String!) on OBJECT

type Query {
  foo: String
}
`),
];
