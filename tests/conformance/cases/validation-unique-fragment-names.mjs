import { v } from './_helpers.mjs';

export default [
  v('distinct fragment names', `{ ...A ...B } fragment A on Query { version } fragment B on Query { me { id } }`),
  v('duplicate fragment name', `{ ...A } fragment A on Query { version } fragment A on Query { me { id } }`),
  v('duplicate fragment three times', `{ ...A } fragment A on Query { version } fragment A on Query { version } fragment A on Query { version }`),
  v('inline fragments need no names', `{ ... on Query { version } ... on Query { me { id } } }`),
  v('fragment named like a field', `{ ...version } fragment version on Query { version }`),
  v('duplicate fragments on different types', `{ me { ...X } holder { ...X } } fragment X on Person { id } fragment X on Holder { __typename }`),
];
