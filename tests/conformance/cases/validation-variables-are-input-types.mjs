import { v } from './_helpers.mjs';

export default [
  v('scalar, enum and input variables', `
    query Q($a: String, $b: LandUse, $c: ParcelFilter, $d: Point!, $e: DateTime) {
      matches(pattern: $a, limit: 1) parcels(filter: $c) { id } since(at: $e)
      x: parcels(filter: { landUse: $b }) { id } nearest(point: { lat: 1, lng: 2 }) { id } y: flags(list: [true]) z: nearest(point: $d) { id }
    }`),
  v('object type variable', `query Q($p: Parcel) { version }`),
  v('interface type variable', `query Q($f: Feature) { version }`),
  v('union type variable', `query Q($r: SearchResult) { version }`),
  v('list of non-null object type variable', `query Q($p: [Parcel!]!) { version }`),
  v('non-null union variable', `query Q($r: SearchResult!) { version }`),
  v('several output-type variables', `query Q($a: Person, $b: String, $c: [Road]) { matches(pattern: $b, limit: 1) }`),
  v('custom scalar is an input type', `query Q($a: DateTime) { since(at: $a) }`),
];
