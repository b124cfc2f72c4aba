import { c } from './_helpers.mjs';

export default [
  // literal scalars
  c('Int literal', `{ int(v: 12) }`),
  c('negative Int literal', `{ int(v: -12) }`),
  c('negative zero Int literal', `{ int(v: -0) }`),
  c('Float literal', `{ float(v: 1.25) }`),
  c('Float literal from int', `{ float(v: 3) }`),
  c('Float literal with exponent', `{ float(v: 6.02e23) a: float(v: 1E-3) b: float(v: -2e+2) }`),
  c('Float literal 1.0', `{ float(v: 1.0) }`),
  c('String literal with escapes', `{ string(v: "tab\\tnewline\\nquote\\"backslash\\\\slash\\/") }`),
  c('String literal with unicode escapes', `{ string(v: "\\u00e9\\u4E2D") }`),
  c('String literal with surrogate pair escape', `{ string(v: "\\uD83D\\uDE00") }`),
  c('String literal with braced unicode escape', `{ string(v: "\\u{1F600} \\u{e9}") }`),
  c('String literal with raw unicode', `{ string(v: "Hà Nội 😀") }`),
  c('empty string literal', `{ string(v: "") }`),
  c('block string literal', `{ string(v: """
      first
        indented
      last
    """) }`),
  c('block string with escaped triple quote', `{ string(v: """a \\""" b""") }`),
  c('block string with blank lines around', `{ string(v: """

    x

  """) }`),
  c('block string keeps backslashes', `{ string(v: """C:\\path\\n""") }`),
  c('Boolean literals', `{ t: boolean(v: true) f: boolean(v: false) }`),
  c('ID from int literal', `{ id(v: 77) }`),
  c('ID from string literal', `{ id(v: "77") }`),
  c('enum literal', `{ color(v: BLUE) }`),
  c('null literal', `{ int(v: null) color(v: null) }`),
  c('argument absent', `{ int }`),
  c('argument default when absent', `{ intDefault colorDefault listDefault }`),
  c('null literal overrides default', `{ intDefault(v: null) colorDefault(v: null) }`),
  c('non-null argument with default, absent', `{ intNNDefault }`),
  // custom scalar literals (parsed as untyped values)
  c('custom scalar object literal', `{ json(v: { a: 1, b: [true, null, "s"], c: { d: 1.5 } }) }`),
  c('custom scalar enum-like literal', `{ json(v: SOME_NAME) }`),
  c('custom scalar list literal', `{ json(v: [1, 2.5, "x"]) }`),
  c('custom scalar variable inside literal', `query Q($x: Int) { json(v: { a: $x, b: 2 }) }`, { variables: { x: 5 } }),
  c('custom scalar absent variable inside literal', `query Q($x: Int) { json(v: { a: $x, b: [$x] }) }`),
  // input objects
  c('input object with field default', `{ inner(v: { a: 1 }) }`),
  c('input object field order follows the type, not the literal', `{ inner(v: { c: [3], b: "B", a: 1 }) }`),
  c('input object explicit null field', `{ inner(v: { a: null, b: null }) }`),
  c('empty input object gets defaults', `{ inner(v: {}) }`),
  c('nested input object defaults', `{ outer(v: { req: 1 }) }`),
  c('nested input object given', `{ outer(v: { req: 1, inner: { a: 2 }, color: RED, withDefault: { b: "z" } }) }`),
  c('nested input object explicit null', `{ outer(v: { req: 1, inner: null, withDefault: null }) }`),
  c('list of input objects', `{ outer(v: { req: 1, list: [{ a: 1 }, null, {}] }) }`),
  c('recursive input object', `{ deep(v: { level: 1, next: { level: 2, next: { level: 3 } } }) }`),
  c('argument order follows the field definition', `{ ordered(x: 1, z: 2, y: 3) }`),
  c('argument order with defaults', `{ ordered(y: 5) }`),
  c('many arguments', `{ many(e: { a: 1 }, c: true, a: 0) }`),
  c('many arguments with defaults only', `{ many }`),
  c('input object variable', `query Q($o: Outer) { outer(v: $o) }`, { variables: { o: { req: 3, color: 'BLUE', list: [{ c: [1] }] } } }),
  c('input object variable field order follows the type', `query Q($i: Inner) { inner(v: $i) }`, { variables: { i: { c: [1], a: 2 } } }),
  c('input object variable missing required field', `query Q($o: Outer) { outer(v: $o) }`, { variables: { o: { color: 'RED' } } }),
  c('input object variable with unknown field', `query Q($i: Inner) { inner(v: $i) }`, { variables: { i: { a: 1, z: 2 } } }),
  c('input object variable with wrong field type', `query Q($i: Inner) { inner(v: $i) }`, { variables: { i: { a: 'one' } } }),
  c('input object variable null required field', `query Q($o: Outer) { outer(v: $o) }`, { variables: { o: { req: null } } }),
  c('input object variable not an object', `query Q($i: Inner) { inner(v: $i) }`, { variables: { i: 'abc' } }),
  c('input object variable array instead of object', `query Q($i: Inner) { inner(v: $i) }`, { variables: { i: [{ a: 1 }] } }),
  c('deep input object variable error path', `query Q($o: Outer) { outer(v: $o) }`, { variables: { o: { req: 1, list: [{}, { c: [1, null] }] } } }),
  c('recursive input object variable error path', `query Q($d: Deep) { deep(v: $d) }`, { variables: { d: { level: 1, next: { level: 2, next: { next: null } } } } }),
  c('input object variable default', `query Q($i: Inner = { a: 5 }) { inner(v: $i) }`),
  c('input object variable default with nested default', `query Q($o: Outer = { req: 2 }) { outer(v: $o) }`),
  c('non-null input object variable', `query Q($i: Inner!) { innerNN(v: $i) }`, { variables: { i: {} } }),
  c('nullable variable with default given null in non-null position', `query Q($i: Inner = { a: 1 }) { innerNN(v: $i) }`, { variables: { i: null } }),
];
