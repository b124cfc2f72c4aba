import { v } from './_helpers.mjs';

export default [
  v('no cycle, same fragment spread twice', `{ ...A ...A } fragment A on Query { ...B ...B } fragment B on Query { version }`),
  v('direct self-spread', `{ ...A } fragment A on Query { ...A }`),
  v('two-fragment cycle', `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`),
  v('three-fragment cycle', `{ ...A } fragment A on Query { version ...B } fragment B on Query { ...C } fragment C on Query { ...A }`),
  v('cycle through nested fields', `{ me { ...P } } fragment P on Person { parcels { ...Q } } fragment Q on Parcel { owner { ...P } }`),
  v('cycle through inline fragment', `{ ...A } fragment A on Query { ... on Query { ...A } }`),
  v('two independent cycles', `{ ...A ...C } fragment A on Query { ...B } fragment B on Query { ...A } fragment C on Query { ...D } fragment D on Query { ...C }`),
  v('cycle reached from a non-cyclic fragment', `{ ...X } fragment X on Query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`),
  v('fragment spreading two cycles', `{ ...A } fragment A on Query { ...B ...C } fragment B on Query { ...A } fragment C on Query { ...A }`),
  v('self-spread under skip is still a cycle', `{ ...A } fragment A on Query { version ...A @skip(if: true) }`),
  v('diamond without cycle', `{ ...A } fragment A on Query { ...B ...C } fragment B on Query { ...D } fragment C on Query { ...D } fragment D on Query { version }`),
];
