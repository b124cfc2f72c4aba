import { v } from './_helpers.mjs';

export default [
  v('distinct variables', `query Q($a: Int, $b: Int) { x: me { parcels(first: $a) { id } } y: me { parcels(first: $b) { id } } }`, { variables: { a: 1, b: 2 } }),
  v('duplicate variable', `query Q($a: Int, $a: Int) { me { parcels(first: $a) { id } } }`),
  v('duplicate variable with different types', `query Q($a: Int, $a: String) { version }`),
  v('three times the same variable', `query Q($a: Int, $a: Int, $a: Int) { me { parcels(first: $a) { id } } }`),
  v('same name in different operations', `query A($x: Int!) { matches(limit: $x) } query B($x: Int!) { matches(limit: $x) }`, { operationName: 'B', variables: { x: 3 } }),
  v('two duplicated pairs', `query Q($a: Int, $b: Int, $a: Int, $b: Int) { x: me { parcels(first: $a) { id } } y: me { parcels(first: $b) { id } } }`),
];
