import { d, later } from './_helpers.mjs';

const item = (id, extra = {}) => ({ id, name: `item ${id}`, nn: 'x', value: Number(id.length), level: 'LOW', ...extra });
const root = {
  hello: 'hi',
  item: item('a', { child: item('b', { child: item('c') }), children: [item('d'), item('e')] }),
  items: [item('f'), null, item('g')],
};

export default [
  d('named fragment', `{ item { ...F } } fragment F on Item { id name }`, root),
  d('inline fragment with type condition', `{ item { ... on Item { id } } }`, root),
  d('inline fragment without type condition', `{ item { ... { id name } } }`, root),
  d('fragment on the root type', `{ ...R } fragment R on Query { hello }`, root),
  d('nested named fragments', `{ item { ...A } } fragment A on Item { id child { ...B } } fragment B on Item { name child { ...C } } fragment C on Item { value }`, root),
  d('fragment spread twice', `{ item { ...F ...F } } fragment F on Item { id }`, root),
  d('fragment and field select the same key', `{ item { id ...F } } fragment F on Item { id name }`, root),
  d('sub-selections merged from fragments', `{ item { child { id } ...F } } fragment F on Item { child { name } }`, root),
  d('deep merge of sub-selections', `{ item { child { child { id } } ... { child { child { name } } } ...F } } fragment F on Item { child { child { value } } }`, root),
  d('field order follows first occurrence across fragments', `{ item { ...F name id } } fragment F on Item { value id }`, root),
  d('inline fragment inside named fragment', `{ item { ...F } } fragment F on Item { ... on Item { ... { id } } }`, root),
  d('fragment with variables from the operation', `query Q($t: String) { item { ...F } } fragment F on Item { echo(text: $t) }`, { item: { echo: { $args: true } } }, { variables: { t: 'v' } }),
  d('fragment used in list items', `{ items { ...F } } fragment F on Item { id }`, root),
  d('fragment on a list field with aliases', `{ item { kids: children { ...F } } } fragment F on Item { key: id }`, root),
  d('fragments in several operations', `query A { ...F } query B { item { id } ...F } fragment F on Query { hello }`, root, { operationName: 'B' }),
  d('fragment defined before the operation', `fragment F on Query { hello } { ...F }`, root),
  d('fragment with async data', `{ item { ...F } } fragment F on Item { id child { id } }`, { item: later(item('z', { child: later(item('y')) })) }),
  d('skip on named fragment spread', `{ item { id ...F @skip(if: true) } } fragment F on Item { name }`, root),
  d('include on named fragment spread', `{ item { id ...F @include(if: true) } } fragment F on Item { name }`, root),
  d('skip on inline fragment', `{ item { id ... @skip(if: true) { name } } }`, root),
  d('skipped fragment and included field with same name', `{ item { ...F @skip(if: true) name } } fragment F on Item { name }`, root),
  d('field skipped in fragment but included outside', `{ item { name @skip(if: true) ...F } } fragment F on Item { name }`, root),
  d('fragment on null object', `{ other { ...F } } fragment F on Item { id }`, root),
  d('empty result from fragments that do not apply', `{ item { ... @skip(if: true) { id } } }`, root),
  d('fragment variable used in directive', `query Q($s: Boolean!) { item { ...F } } fragment F on Item { id name @include(if: $s) }`, root, { variables: { s: false } }),
];
