import { v } from './_helpers.mjs';

export default [
  v('built-in directives on fields', `{ version @include(if: true) me @skip(if: false) { id } }`),
  v('unknown directive', `{ version @cache }`),
  v('several unknown directives', `{ version @cache me @live { id @private } }`),
  v('custom directive in its locations', `
    query Q($v: String @onVariable) @audit(reason: "r") @tag(name: "q") { version @tag(name: "f") @audit ...F @tag(name: "s") ... @tag(name: "i") { me { id } } matches(pattern: $v, limit: 1) }
    fragment F on Query @onFragment { version }`),
  v('field directive on operation', `query Q @include(if: true) { version }`),
  v('fragment-definition directive on field', `{ version @onFragment }`),
  v('field directive on fragment definition', `{ ...F } fragment F on Query @skip(if: true) { version }`),
  v('variable directive on field', `{ version @onVariable }`),
  v('field directive on variable definition', `query Q($a: Int! @tag(name: "v")) { matches(limit: $a) }`),
  v('query directive on mutation', `mutation M @tag(name: "m") { approve(id: "1") }`),
  v('mutation directive allowed', `mutation M @audit(reason: "x") { approve(id: "1") }`),
  v('subscription directive on query', `query Q @onSubscription { version }`),
  v('deprecated is not an executable directive', `{ version @deprecated }`),
  v('specifiedBy on a field', `{ version @specifiedBy(url: "x") }`),
  v('oneOf on a field', `{ version @oneOf }`),
  v('directive on inline fragment', `{ ... @include(if: true) { version } ... on Query @skip(if: false) { me { id } } }`),
  v('directive on fragment spread', `{ ...F @include(if: true) } fragment F on Query { version }`),
  v('directives on nested fields', `{ me { parcels @skip(if: true) { id @tag(name: "x") owner @unknown { id } } } }`),
];
