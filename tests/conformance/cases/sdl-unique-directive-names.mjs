// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/UniqueDirectiveNamesRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("no directive", `type Foo
`),
  sdl("one directive", `directive @foo on SCHEMA
`),
  sdl("many directives", `directive @foo on SCHEMA
directive @bar on SCHEMA
directive @baz on SCHEMA
`),
  sdl("directive and non-directive definitions named the same", `query foo { __typename }
fragment foo on foo { __typename }
type foo

directive @foo on SCHEMA
`),
  sdl("directives named the same", `directive @foo on SCHEMA

directive @foo on SCHEMA
`),
];
