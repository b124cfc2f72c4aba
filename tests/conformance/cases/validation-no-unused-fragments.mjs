import { v } from './_helpers.mjs';

export default [
  v('all fragments used', `{ ...A } fragment A on Query { me { ...B } } fragment B on Person { id }`),
  v('one unused fragment', `{ version } fragment Unused on Query { version }`),
  v('unused fragment chain', `{ version } fragment A on Query { ...B } fragment B on Query { version }`),
  v('used by any of several operations', `query X { ...A } query Y { ...B } fragment A on Query { version } fragment B on Query { version }`, { operationName: 'X' }),
  v('fragment used only by an unused fragment', `{ ...A } fragment A on Query { version } fragment B on Query { ...C } fragment C on Query { version }`),
  v('self-referencing unused fragment', `{ version } fragment Loop on Query { ...Loop }`),
  v('unused fragment on an unknown type', `{ version } fragment F on Unknown { x }`),
  v('used inside inline fragment', `{ ... on Query { ...A } } fragment A on Query { version }`),
];
