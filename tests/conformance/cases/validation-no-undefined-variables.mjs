import { v } from './_helpers.mjs';

export default [
  v('all variables defined', `query Q($l: Int!, $p: String) { matches(pattern: $p, limit: $l) }`, { variables: { l: 1 } }),
  v('undefined variable in argument', `query Q { matches(limit: $l) }`),
  v('undefined variable in anonymous operation', `{ matches(limit: $l) }`),
  v('undefined variable in input object', `query Q { parcels(filter: { nameContains: $n }) { id } }`),
  v('undefined variable in list', `query Q { flags(list: [true, $b]) }`),
  v('undefined variable in directive', `query Q { version @include(if: $show) }`),
  v('undefined variable in fragment', `query Q { ...F } fragment F on Query { matches(limit: $l) }`),
  v('fragment used by two operations, one lacks the variable', `query A($l: Int!) { ...F } query B { ...F } fragment F on Query { matches(limit: $l) }`, { operationName: 'A', variables: { l: 2 } }),
  v('variable defined in another operation', `query A($l: Int!) { matches(limit: $l) } query B { x: matches(limit: $l) }`, { operationName: 'A', variables: { l: 2 } }),
  v('several undefined variables', `query Q($a: Int) { matches(pattern: $b, limit: $c) }`),
  v('undefined variable in nested fragment', `query Q { ...A } fragment A on Query { me { ...B } } fragment B on Person { parcels(first: $n) { id } }`),
];
