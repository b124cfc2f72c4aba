import { d, err, later } from './_helpers.mjs';

const root = { hello: 'hi', int: 1, first: 1, second: 2, third: 3 };
const seq = { $seq: true };

export default [
  // operation selection (request errors: no data entry)
  d('single anonymous operation', `{ hello }`, root),
  d('single named operation without operationName', `query Only { hello }`, root),
  d('operationName selects among several', `query A { hello } query B { int }`, root, { operationName: 'A' }),
  d('operationName selects the second', `query A { hello } query B { int }`, root, { operationName: 'B' }),
  d('several operations without operationName', `query A { hello } query B { int }`, root),
  d('unknown operationName', `query A { hello }`, root, { operationName: 'Z' }),
  d('operationName for an anonymous operation', `{ hello }`, root, { operationName: 'A' }),
  d('operationName case-sensitive', `query A { hello } query a { int }`, root, { operationName: 'a' }),
  d('document with only fragments', `fragment F on Query { hello }`, root),
  d('query keyword with anonymous selection', `query { hello }`, root),
  // mutations: root fields run serially, in order
  d('mutation fields resolve in order', `mutation { a: first b: second c: third }`, { first: seq, second: seq, third: seq }),
  d('mutation fields in order with async', `mutation { a: first b: second c: third }`, { first: later(seq), second: seq, third: later(later(seq)) }),
  d('mutation with aliases of the same field', `mutation { x: first y: first z: first }`, { first: later(seq) }),
  d('mutation error in the middle', `mutation { a: first b: second c: third }`, { first: seq, second: err('second failed'), third: seq }),
  d('mutation non-null error nulls data', `mutation { a: first b: secondNN c: third }`, { first: seq, secondNN: later(err('nn failed')), third: seq }),
  d('mutation non-null null nulls data', `mutation { firstNN }`, { firstNN: null }),
  d('mutation object result', `mutation { item { id name } }`, { item: { id: '1', name: 'created' } }),
  d('mutation selected by operationName', `query Q { hello } mutation M { first }`, root, { operationName: 'M' }),
  d('mutation with fragments', `mutation { ...M } fragment M on Mutation { first second }`, root),
  d('mutation __typename', `mutation { __typename first }`, root),
  d('query __typename', `{ __typename }`, root),
  d('empty root value', `{ hello int item { id } }`, {}),
  d('root value with unrelated keys', `{ hello }`, { hello: 'x', unrelated: { $error: 'never' } }),
];
