import { v } from './_helpers.mjs';

export default [
  v('distinct input fields', `{ nearest(point: { lat: 1, lng: 2 }) { id } }`),
  v('duplicate input field', `{ nearest(point: { lat: 1, lat: 2, lng: 3 }) { id } }`),
  v('input field three times', `{ parcels(filter: { minArea: 1, minArea: 2, minArea: 3 }) { id } }`),
  v('duplicates in nested object', `{ parcels(filter: { and: [{ nameContains: "a", nameContains: "b" }] }) { id } }`),
  v('same name at different levels', `{ parcels(filter: { minArea: 1, and: [{ minArea: 2 }, { minArea: 3 }] }) { id } }`),
  v('duplicate in variable default', `query Q($p: Point = { lat: 1, lng: 2, lng: 3 }) { nearest(point: $p) { id } }`),
  v('two duplicated fields', `{ nearest(point: { lat: 1, lng: 2, lat: 3, lng: 4 }) { id } }`),
];
