import { v } from './_helpers.mjs';

export default [
  v('fragment on object type', `{ me { ...P } } fragment P on Person { name }`),
  v('fragment on interface', `{ feature(id: "1") { ...F } } fragment F on Feature { name }`),
  v('fragment on union', `{ search(text: "x") { ...R } } fragment R on SearchResult { __typename }`),
  v('inline fragment without type condition', `{ me { ... { name } } }`),
  v('fragment on scalar', `{ version ...S } fragment S on String { length }`),
  v('fragment on enum', `{ ...E } fragment E on LandUse { x }`),
  v('fragment on input object', `{ ...I } fragment I on ParcelFilter { minArea }`),
  v('inline fragment on scalar', `{ version { ... on String { x } } }`),
  v('inline fragment on enum', `{ parcel { landUse { ... on LandUse { x } } } }`),
  v('inline fragment on input type', `{ ... on Point { lat } }`),
  v('fragment on custom scalar', `{ ...J } fragment J on JSON { a }`),
];
