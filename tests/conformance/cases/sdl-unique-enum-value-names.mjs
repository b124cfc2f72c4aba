// The SDL documents of graphql-js 16.11.0's own tests, src/validation/__tests__/UniqueEnumValueNamesRule-test.ts
// (MIT licence), one case per document, under the test's name. Each is built as graphql-js's
// buildSchema does: SDL validation, then the type-system rules (stage "build").
import { sdl } from './_helpers.mjs';

export default [
  sdl("no values", `enum SomeEnum
`),
  sdl("one value", `enum SomeEnum {
  FOO
}
`),
  sdl("multiple values", `enum SomeEnum {
  FOO
  BAR
}
`),
  sdl("duplicate values inside the same enum definition", `enum SomeEnum {
  FOO
  BAR
  FOO
}
`),
  sdl("extend enum with new value", `enum SomeEnum {
  FOO
}
extend enum SomeEnum {
  BAR
}
extend enum SomeEnum {
  BAZ
}
`),
  sdl("extend enum with duplicate value", `extend enum SomeEnum {
  FOO
}
enum SomeEnum {
  FOO
}
`),
  sdl("duplicate value inside extension", `enum SomeEnum
extend enum SomeEnum {
  FOO
  BAR
  FOO
}
`),
  sdl("duplicate value inside different extensions", `enum SomeEnum
extend enum SomeEnum {
  FOO
}
extend enum SomeEnum {
  FOO
}
`),
  sdl("adding conflicting value to existing schema twice", `enum SomeEnum {
  FOO
}
`),
];
