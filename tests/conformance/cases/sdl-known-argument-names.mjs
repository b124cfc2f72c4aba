// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/KnownArgumentNamesRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("known arg on directive defined inside SDL", `type Query {
  foo: String @test(arg: "")
}

directive @test(arg: String) on FIELD_DEFINITION
`),
  sdl("unknown arg on directive defined inside SDL", `type Query {
  foo: String @test(unknown: "")
}

directive @test(arg: String) on FIELD_DEFINITION
`),
  sdl("misspelled arg name is reported on directive defined inside SDL", `type Query {
  foo: String @test(agr: "")
}

directive @test(arg: String) on FIELD_DEFINITION
`),
  sdl("unknown arg on standard directive", `type Query {
  foo: String @deprecated(unknown: "")
}
`),
  sdl("unknown arg on overridden standard directive", `type Query {
  foo: String @deprecated(reason: "")
}
directive @deprecated(arg: String) on FIELD
`),
  sdl("unknown arg on directive defined in schema extension", `type Query {
  foo: String
}
`),
  sdl("unknown arg on directive used in schema extension", `directive @test(arg: String) on OBJECT

type Query {
  foo: String
}
`),
];
