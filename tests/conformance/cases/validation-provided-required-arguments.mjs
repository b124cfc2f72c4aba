import { v } from './_helpers.mjs';

export default [
  v('required argument given', `{ node(id: "1") { id } }`),
  v('required argument missing', `{ node { id } }`),
  v('two required arguments, one given', `{ matches(pattern: "x") }`),
  v('required argument with default may be omitted', `{ nearest(point: { lat: 0, lng: 0 }) { id } }`),
  v('optional arguments omitted', `{ parcel { id } parcels { id } }`),
  v('required argument on nested field', `{ me { parcels { id } } feature { id } }`),
  v('required directive argument missing', `{ version @include }`),
  v('required argument of @skip missing', `{ version @skip }`),
  v('required argument of custom directive missing', `{ version @tag }`),
  v('required argument missing on unknown field not reported', `{ unknown { id } }`),
  v('required argument missing in fragment', `{ ...F } fragment F on Query { count }`),
  v('required argument missing on mutation', `mutation { approve(note: "n") }`),
  v('required argument given as variable', `query Q($s: Status!) { count(status: $s) }`, { variables: { s: 'DRAFT' } }),
  v('missing required arguments on several fields', `{ node { id } count search { __typename } }`),
];
