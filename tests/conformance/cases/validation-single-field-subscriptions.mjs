import { v } from './_helpers.mjs';

// Subscriptions are only validated (no execution): validateOnly.
// The September 2025 rule that the top-level selection must not use @skip/@include
// comes from lib/spec-supplement.mjs (graphql@16 lacks it).
const s = (name, document, extra = {}) => v(name, document, { validateOnly: true, ...extra });

export default [
  s('one root field', `subscription S { parcelChanged { id } }`),
  s('one root field with alias', `subscription S { changed: parcelChanged(id: "1") { code } }`),
  s('two root fields', `subscription S { parcelChanged { id } statusChanged }`),
  s('three root fields anonymous', `subscription { parcelChanged { id } statusChanged again: statusChanged }`),
  s('same field twice via alias', `subscription S { statusChanged other: statusChanged }`),
  s('fields from fragment', `subscription S { ...Both } fragment Both on Subscription { parcelChanged { id } statusChanged }`),
  s('one field from fragment', `subscription S { ...One } fragment One on Subscription { statusChanged }`),
  s('inline fragment with two fields', `subscription S { ... on Subscription { statusChanged parcelChanged { id } } }`),
  s('introspection root field __typename', `subscription S { __typename }`),
  s('__typename next to a field', `subscription S { statusChanged __typename }`),
  s('__schema in subscription', `subscription S { __schema { queryType { name } } }`),
  s('skip on root field (Sept 2025)', `subscription S { statusChanged @skip(if: true) }`),
  s('include with variable on root field (Sept 2025)', `subscription S($v: Boolean!) { statusChanged @include(if: $v) }`),
  s('skip false on anonymous subscription (Sept 2025)', `subscription { statusChanged @skip(if: false) }`),
  s('skip on fragment spread at root (Sept 2025)', `subscription S { ...F @skip(if: false) } fragment F on Subscription { statusChanged }`),
  s('include inside a root fragment (Sept 2025)', `subscription S { ...F } fragment F on Subscription { statusChanged @include(if: true) }`),
  s('skip on inline fragment at root (Sept 2025)', `subscription S { ... @skip(if: false) { statusChanged } }`),
  s('several conditionals at root (Sept 2025)', `subscription S { statusChanged @skip(if: false) parcelChanged @include(if: true) { id } }`),
  s('skip inside a nested selection is fine', `subscription S { parcelChanged { id @skip(if: true) code } }`),
  s('other directive on root field is fine', `subscription S @onSubscription { statusChanged @tag(name: "a") }`),
];
