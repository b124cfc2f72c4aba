// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/UniqueOperationTypesRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("no schema definition", `type Foo
`),
  sdl("schema definition with all types", `type Foo

schema {
  query: Foo
  mutation: Foo
  subscription: Foo
}
`),
  sdl("schema definition with single extension", `type Foo

schema { query: Foo }

extend schema {
  mutation: Foo
  subscription: Foo
}
`),
  sdl("schema definition with separate extensions", `type Foo

schema { query: Foo }
extend schema { mutation: Foo }
extend schema { subscription: Foo }
`),
  sdl("extend schema before definition", `type Foo

extend schema { mutation: Foo }
extend schema { subscription: Foo }

schema { query: Foo }
`),
  sdl("duplicate operation types inside single schema definition", `type Foo

schema {
  query: Foo
  mutation: Foo
  subscription: Foo

  query: Foo
  mutation: Foo
  subscription: Foo
}
`),
  sdl("duplicate operation types inside schema extension", `type Foo

schema {
  query: Foo
  mutation: Foo
  subscription: Foo
}

extend schema {
  query: Foo
  mutation: Foo
  subscription: Foo
}
`),
  sdl("duplicate operation types inside schema extension twice", `type Foo

schema {
  query: Foo
  mutation: Foo
  subscription: Foo
}

extend schema {
  query: Foo
  mutation: Foo
  subscription: Foo
}

extend schema {
  query: Foo
  mutation: Foo
  subscription: Foo
}
`),
  sdl("duplicate operation types inside second schema extension", `type Foo

schema {
  query: Foo
}

extend schema {
  mutation: Foo
  subscription: Foo
}

extend schema {
  query: Foo
  mutation: Foo
  subscription: Foo
}
`),
  sdl("adding conflicting operation types to existing schema", `type Query
type Mutation
type Subscription

type Foo
`),
  sdl("adding conflicting operation types to existing schema twice", `type Query
type Mutation
type Subscription
`),
];
