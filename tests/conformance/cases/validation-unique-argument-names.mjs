import { v } from './_helpers.mjs';

export default [
  v('distinct arguments', `{ parcel(id: "1", code: "A") { id } }`),
  v('duplicate field argument', `{ parcel(id: "1", id: "2") { id } }`),
  v('argument three times', `{ parcel(id: "1", id: "2", id: "3") { id } }`),
  v('duplicate directive argument', `{ version @skip(if: true, if: false) }`),
  v('same argument on different fields', `{ a: parcel(id: "1") { id } b: parcel(id: "2") { id } }`),
  v('same argument name on field and directive', `{ parcel(id: "1") @tag(name: "id") { id } }`),
  v('duplicate argument on nested field', `{ me { parcels(first: 1, first: 2) { id } } }`),
  v('duplicate argument with variables', `query Q($a: ID, $b: ID) { parcel(id: $a, id: $b) { id } }`),
];
