import { v } from './_helpers.mjs';

export default [
  v('one anonymous query', `{ version }`),
  v('one anonymous query with fragment', `{ ...F } fragment F on Query { version }`),
  v('two anonymous queries', `{ version } { me { id } }`),
  v('anonymous and named', `{ version } query Named { version }`),
  v('anonymous mutation and named query', `mutation { approve(id: "1") } query Q { version }`),
  v('anonymous query keyword form with named', `query { version } query Other { version }`),
  v('three anonymous operations', `{ version } { version } { me { id } }`),
];
