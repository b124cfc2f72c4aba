import { d, later } from './_helpers.mjs';

const root = { hello: 'hi', int: 7, string: 'str', float: 1.5, boolean: true, item: { id: '1', name: 'n', value: 3, child: { id: '2', name: 'c' } } };

export default [
  d('fields in document order', `{ string hello int }`, root),
  d('reverse order', `{ int hello string }`, root),
  d('aliases', `{ greeting: hello number: int }`, root),
  d('alias shadows another field name', `{ hello: int int: hello }`, root),
  d('same field under several aliases', `{ a: hello b: hello c: hello }`, root),
  d('alias of __typename', `{ kind: __typename t2: __typename }`, root),
  d('duplicate field keeps first position', `{ hello int hello }`, root),
  d('duplicate object field merges in first position', `{ item { id } int item { name } }`, root),
  d('order is kept with async values', `{ a: hello b: int c: string }`, { hello: later('h'), int: 1, string: later(later('s')) }),
  d('order is kept with async nested values', `{ item { name id value } }`, { item: later({ id: later('1'), name: later(later('n')), value: 3 }) }),
  d('aliases with arguments', `{ a: echo(text: "x") b: echo(text: "y", times: 2) c: echo }`, { echo: { $args: true } }),
  d('nested aliases', `{ top: item { me: id kid: child { me: id } } }`, root),
  d('alias order with fragments', `{ z: hello ...F a: int } fragment F on Query { m: string }`, root),
  d('fragment fields interleaved', `{ a: hello ... { b: int c: hello } d: string ... { a: hello e: boolean } }`, root),
  d('__typename everywhere', `{ __typename item { __typename child { __typename } } }`, root),
  d('unicode alias values', `{ hello }`, { hello: 'xin chào – 日本 – 🚀' }),
  d('object keys not in the selection are not returned', `{ item { id } }`, { item: { id: '1', secret: 's', name: 'n' } }),
  d('root with many fields', `{ f1: int f2: int f3: int f4: int f5: int f6: int f7: int f8: int f9: int f10: int f11: int f12: int }`, root),
];
