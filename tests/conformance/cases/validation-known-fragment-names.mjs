import { v } from './_helpers.mjs';

export default [
  v('defined fragments', `{ me { ...P } } fragment P on Person { id ...Q } fragment Q on Person { name }`),
  v('undefined fragment', `{ me { ...Missing } }`),
  v('undefined fragment inside fragment', `{ me { ...P } } fragment P on Person { ...Missing }`),
  v('several undefined fragments', `{ ...A me { ...B } } fragment C on Query { ...D }`),
  v('case-sensitive fragment names', `{ me { ...p } } fragment P on Person { id }`),
  v('undefined fragment with directive', `{ ...Nope @include(if: true) }`),
];
