import { c, d } from './_helpers.mjs';

// Documents that are valid, written in less common ways: the parser must accept
// them and build the same thing as the usual spelling.
const root = { hello: 'hi', int: 1, item: { id: '1', name: 'n', echo: { $args: true } }, echo: { $args: true } };

export default [
  d('commas are insignificant', `{ hello, int,,, item { id, name, }, }`, root),
  d('comments everywhere', `# leading\n{ # after brace\n  hello # after field\n  # own line\n  int\n} # trailing`, root),
  d('no whitespace at all', `{hello int item{id name}}`, root),
  d('tabs and line breaks', `{\n\thello\r\n\tint\r\titem\n{\nid\n}\n}`, root),
  d('query keyword with a name', `query Named { hello }`, root),
  d('keywords are valid field and alias names', `{ query: hello fragment: int on: int true: hello null: hello }`, root),
  d('names with underscores and digits', `{ _a1: hello a_b_2: int __typename }`, root),
  d('fragment named like a keyword other than on', `{ ...query } fragment query on Query { hello }`, root),
  d('integer literals', `{ a: echo(times: 0) b: echo(times: -0) c: echo(times: 2147483647) }`, root),
  d('arguments on a nested field', `{ item { echo(text: "x", times: 1) } }`, root),
  d('string literal spelling', `{ echo(text: "a\\u0062c\\\\ \\" \\/ \\b\\f\\n\\r\\t") }`, root),
  d('block string spelling', `{ echo(text: """  \n  common indent\n    more\n  \n""") }`, root),
  d('block string with only whitespace lines', `{ echo(text: """\n   \n   \n""") }`, root),
  d('block string with unicode and quotes', `{ echo(text: """Hồ "Gươm" ""\\""" ok""") }`, root),
  d('unicode in comments', `# 東京 — 🚀\n{ hello }`, root),
  d('variable definitions with directives and defaults spaced out', `query Q ( $t : String = "d" , $n : Int = 3 ) { echo ( text : $t , times : $n ) }`, root),
  c('object literal spelling', `{ inner(v: {a:1,b:"x",c:[1,2,]}) }`),
  c('nested list literal spelling', `{ matrix(v: [[1 2] [3]]) }`),
  c('negative float and exponent spelling', `{ a: float(v: -1.5E-2) b: float(v: 0.0) c: float(v: -0e0) }`),
  d('selection on the same line as operation', `query Q{hello}`, root),
  d('anonymous query with variables', `query ($t: String) { echo(text: $t) }`, root, { variables: { t: 'x' } }),
  d('many operations, one selected', `query A { hello } query B { int } mutation C { first }`, { ...root, first: 1 }, { operationName: 'C' }),
  d('byte order mark before the document', `\uFEFF{ hello }`, root),
  d('unicode escape of a non-BMP character in braces', `{ echo(text: "\\u{1F30F}") }`, root),
  d('very long name', `{ ${'a'.repeat(200)}: hello }`, root),
];
