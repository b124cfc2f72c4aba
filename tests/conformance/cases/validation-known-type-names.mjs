import { v } from './_helpers.mjs';

export default [
  v('known types everywhere', `
    query Q($id: ID!, $f: ParcelFilter, $u: LandUse) { node(id: $id) { ...N } parcels(filter: $f) { ... on Parcel { id } } x: parcels(filter: { landUse: $u }) { id } }
    fragment N on Node { id }`, { variables: { id: '1' } }),
  v('unknown variable type', `query Q($x: Meters) { version }`),
  v('unknown variable type in list and non-null', `query Q($x: [Meters!]!) { version }`),
  v('unknown fragment type condition', `{ ...F } fragment F on Lot { id }`),
  v('unknown inline fragment type', `{ node(id: "1") { ... on Lot { id } } }`),
  v('misspelled type gets a suggestion', `query Q($f: ParcelFiltr) { parcels(filter: $f) { id } }`),
  v('lower-case built-in scalar name', `query Q($x: string) { matches(pattern: $x, limit: 1) }`),
  v('several unknown types', `query Q($a: Foo, $b: Bar) { ... on Baz { version } }`),
  v('built-in scalars are known', `query Q($a: Int, $b: Float, $c: String, $d: Boolean, $e: ID) { me { parcels(first: $a) { id } } nearest(point: { lat: 0, lng: 0 }, radius: $b) { id } matches(pattern: $c, caseSensitive: $d, limit: 1) parcel(id: $e) { id } }`),
  v('introspection type names are known in fragments', `{ __schema { types { ...T } } } fragment T on __Type { name }`),
  v('custom scalar variable', `query Q($at: DateTime) { since(at: $at) }`),
];
