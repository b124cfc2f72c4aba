import { v } from './_helpers.mjs';

export default [
  v('object in same object', `{ me { ...P } } fragment P on Person { id }`),
  v('object in implemented interface', `{ node(id: "1") { ...P } } fragment P on Parcel { code }`),
  v('interface in implementing object', `{ parcel { ...F } } fragment F on Feature { name }`),
  v('object in containing union', `{ search(text: "a") { ...R } } fragment R on Road { lanes }`),
  v('union in member object', `{ parcel { ...S } } fragment S on SearchResult { __typename }`),
  v('interface in overlapping union', `{ search(text: "a") { ...F } } fragment F on Feature { name }`),
  v('union in overlapping interface', `{ feature(id: "1") { ...S } } fragment S on SearchResult { __typename }`),
  v('interface in overlapping interface', `{ feature(id: "1") { ...N } } fragment N on Node { id }`),
  v('object in different object', `{ me { ...P } } fragment P on Parcel { code }`),
  v('object in non-implemented interface', `{ feature(id: "1") { ...R } } fragment R on Road { lanes }`),
  v('object in non-containing union', `{ search(text: "a") { ...P } } fragment P on Person { name }`),
  v('inline object in different object', `{ me { ... on Road { lanes } } }`),
  v('inline object in interface', `{ node(id: "1") { ... on Road { lanes } ... on Person { name } } }`),
  v('inline union in disjoint union', `{ holder { ... on SearchResult { __typename } } }`),
  v('union in non-overlapping interface', `{ feature(id: "1") { ...H } } fragment H on Holder { __typename }`),
  v('interface in non-overlapping union', `{ holder { ...F } } fragment F on Feature { name }`),
  v('inline interface in disjoint object', `{ me { ... on Feature { name } } }`),
  v('nested impossible spread', `{ me { parcels { ...B } } } fragment B on Building { floors }`),
];
