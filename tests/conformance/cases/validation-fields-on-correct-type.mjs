import { v } from './_helpers.mjs';

export default [
  v('known fields', `{ version me { id name email } }`),
  v('unknown root field', `{ versions }`),
  v('unknown field with a suggestion', `{ me { nme } }`),
  v('unknown field without a suggestion', `{ me { zzzzzzz } }`),
  v('unknown field with alias', `{ me { n: unknown } }`),
  v('field of an implementation on the interface', `{ feature(id: "1") { floors } }`),
  v('field of implementations suggests fragments', `{ node(id: "1") { name } }`),
  v('interface field is allowed', `{ feature(id: "1") { id name area } }`),
  v('union allows only __typename', `{ search(text: "a") { __typename } }`),
  v('union member field directly on union', `{ search(text: "a") { id } }`),
  v('union field present in all members', `{ search(text: "a") { name } }`),
  v('__typename on every composite type', `{ __typename me { __typename } holder { __typename } feature(id: "1") { __typename } }`),
  v('unknown field in fragment', `{ me { ...P } } fragment P on Person { phone }`),
  v('unknown field in inline fragment', `{ node(id: "1") { ... on Road { width } } }`),
  v('unknown field on mutation', `mutation { removeParcel(id: "1") }`),
  v('unknown field on subscription', `subscription { parcelDeleted }`, { validateOnly: true }),
  v('nested unknown fields report each', `{ me { parcels { owner { phone } size } } }`),
  v('meta field __schema not on nested type', `{ me { __schema { queryType { name } } } }`),
  v('unknown field deeper than an unknown field', `{ nothing { deeper } }`),
  v('case-sensitive field names', `{ Version }`),
];
