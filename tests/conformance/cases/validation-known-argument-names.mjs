import { v } from './_helpers.mjs';

export default [
  v('known field arguments', `{ parcel(id: "1", code: "A") { area(unit: HECTARES) buildings(first: 1, status: DRAFT) { id } } }`),
  v('unknown field argument', `{ parcel(ident: "1") { id } }`),
  v('unknown argument with suggestion', `{ parcels(frist: 3) { id } }`),
  v('unknown argument among known', `{ matches(pattern: "a", limit: 1, ignoreCase: true) }`),
  v('argument on a field without arguments', `{ version(full: true) }`),
  v('unknown directive argument', `{ version @skip(unless: true) }`),
  v('known and unknown directive arguments', `{ version @include(if: true, when: false) }`),
  v('unknown argument on unknown directive is not reported', `{ version @unknown(x: 1) }`),
  v('unknown argument on unknown field is not reported', `{ unknownField(x: 1) }`),
  v('arguments are case-sensitive', `{ parcel(ID: "1") { id } }`),
  v('unknown argument on interface field', `{ feature(id: "1") { area(units: HECTARES) } }`),
  v('unknown argument in fragment', `{ ...F } fragment F on Query { me { parcels(last: 2) { id } } }`),
  v('custom directive argument names', `{ version @tag(label: "x", name: "y") }`),
];
