import { v } from './_helpers.mjs';

export default [
  v('different directives on a field', `{ version @include(if: true) @skip(if: false) }`),
  v('duplicate skip on a field', `{ version @skip(if: false) @skip(if: false) }`),
  v('duplicate include with different args', `{ version @include(if: true) @include(if: false) }`),
  v('repeatable directive may repeat', `{ version @tag(name: "a") @tag(name: "b") @tag(name: "a") }`),
  v('duplicate non-repeatable on operation', `query Q @audit @audit(reason: "again") { version }`),
  v('duplicate on fragment definition', `{ ...F } fragment F on Query @onFragment @onFragment { version }`),
  v('duplicate on fragment spread', `{ ...F @skip(if: false) @skip(if: true) } fragment F on Query { version }`),
  v('duplicate on inline fragment', `{ ... @include(if: true) @include(if: true) { version } }`),
  v('duplicate on variable definition', `query Q($a: Int! @onVariable @onVariable) { matches(limit: $a) }`),
  v('same directive on different fields', `{ version @skip(if: false) me @skip(if: false) { id @skip(if: false) } }`),
  v('three of the same', `{ version @audit @audit @audit }`),
  v('duplicates of two directives', `{ version @skip(if: false) @include(if: true) @skip(if: false) @include(if: true) }`),
  v('unknown directive repeated', `{ version @nope @nope }`),
];
