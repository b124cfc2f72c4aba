import { v, d } from './_helpers.mjs';

// September 2025: Operation Type Existence (lib/spec-supplement.mjs; graphql@16 lacks it).
const QUERY_ONLY = `type Query { hello: String }`;

export default [
  v('query on a schema with all roots', `query Q { version }`),
  v('mutation on a schema with mutations', `mutation M { approve(id: "1") }`),
  v('subscription on a schema with subscriptions', `subscription S { statusChanged }`, { validateOnly: true }),
  { name: 'mutation on a query-only schema', schema: QUERY_ONLY, document: `mutation M { hello }` },
  { name: 'anonymous mutation on a query-only schema', schema: QUERY_ONLY, document: `mutation { hello }` },
  { name: 'subscription on a query-only schema', schema: QUERY_ONLY, document: `subscription S { hello }` },
  { name: 'query and unsupported mutation in one document', schema: QUERY_ONLY, document: `query Q { hello } mutation M { hello }`, operationName: 'Q' },
  d('subscription on the data schema', `subscription { hello }`),
  { name: 'schema with a renamed query root', schema: `schema { query: Root } type Root { hello: String }`, document: `{ hello __typename }`, rootValue: { hello: 'hi' } },
  { name: 'mutation with a renamed mutation root', schema: `schema { query: Root mutation: Change } type Root { a: Int } type Change { b: Int }`, document: `mutation { b __typename }`, rootValue: { b: 2 } },
];
