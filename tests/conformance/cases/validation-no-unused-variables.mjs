import { v } from './_helpers.mjs';

export default [
  v('all variables used', `query Q($a: Int!, $b: Boolean!) { matches(limit: $a) @include(if: $b) }`, { variables: { a: 1, b: true } }),
  v('unused variable', `query Q($a: Int) { version }`),
  v('unused variable in anonymous operation', `query ($a: Int) { version }`),
  v('several unused variables', `query Q($a: Int!, $b: String, $c: Boolean!) { matches(limit: $a) }`),
  v('used in fragment', `query Q($a: Int!) { ...F } fragment F on Query { matches(limit: $a) }`, { variables: { a: 2 } }),
  v('used in nested fragment', `query Q($n: Int) { ...A } fragment A on Query { me { ...B } } fragment B on Person { parcels(first: $n) { id } }`),
  v('used only by a fragment the operation does not spread', `query A($a: Int!) { version } query B { ...F } fragment F on Query { matches(limit: $a) }`, { operationName: 'A' }),
  v('used in directive', `query Q($s: Boolean!) { version @skip(if: $s) }`, { variables: { s: false } }),
  v('used in list and object', `query Q($b: Boolean!, $n: String) { flags(list: [$b]) parcels(filter: { nameContains: $n }) { id } }`, { variables: { b: true } }),
  v('unused variable next to a defaulted one', `query Q($a: Int = 1, $b: Int) { matches(limit: $a) }`),
];
