import { v } from './_helpers.mjs';

// Subscriptions are only validated (no execution): validateOnly.
// Not covered: the September 2025 rule that root fields of a subscription must not
// carry @skip/@include -- graphql@16 (the oracle) does not implement it (see README).
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
  s('skip inside a nested selection is fine', `subscription S { parcelChanged { id @skip(if: true) code } }`),
  s('other directive on root field is fine', `subscription S @onSubscription { statusChanged @tag(name: "a") }`),
];
