import { v } from './_helpers.mjs';

export default [
  v('only operations and fragments', `
    query Q { version ...F }
    fragment F on Query { me { id } }`),
  v('type definition in executable document', `
    query Q { version }
    type Extra { a: String }`),
  v('schema definition in executable document', `
    { version }
    schema { query: Query }`),
  v('type extension in executable document', `
    { version }
    extend type Query { extra: String }`),
  v('directive definition in executable document', `
    { version }
    directive @x on FIELD`),
  v('several type system definitions', `
    scalar Meters
    { version }
    enum Side { LEFT RIGHT }
    input I { a: Int }`),
  v('only type system definitions', `
    interface Shape { id: ID }
    union U = Parcel`),
  v('schema extension in executable document', `
    query { me { name } }
    extend schema @tag(name: "x")`),
];
