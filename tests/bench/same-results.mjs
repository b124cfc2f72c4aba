// Checks, before timing, that the three engines answer the benchmark documents alike.
//   node same-results.mjs <document> <ours.json> <graphql-js.json> <graphql-net.json>   (JSON texts)
// Ours and graphql-js must be equal. GraphQL.NET must be equal for simple and nested; for the
// introspection document (which GraphQL.NET runs without specifiedByURL, see GraphQLNetSchema.cs)
// the schema's own types must be equal: built-in descriptions, the order of types and the
// specifiedBy/oneOf directives differ (GraphQL.NET's conformance shows those), not the work done.
const [documentName, ...texts] = process.argv.slice(2);
const [ours, js, net] = texts.map((t) => JSON.parse(t));
const fail = (why) => { console.error(`results differ for ${documentName}: ${why}`); process.exit(1); };
if (JSON.stringify(ours) !== JSON.stringify(js)) fail('PlanningGIS.GraphQL vs graphql-js');
if (documentName !== 'introspection') {
  if (JSON.stringify(ours) !== JSON.stringify(net)) fail('PlanningGIS.GraphQL vs GraphQL.NET');
  process.exit(0);
}
const builtIn = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const withoutSpecifiedBy = (value) => JSON.parse(JSON.stringify(value, (key, v) => (key === 'specifiedByURL' ? undefined : v)));
const ownTypes = (result) => Object.fromEntries(result.data.__schema.types
  .filter((t) => !t.name.startsWith('__') && !builtIn.has(t.name))
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((t) => [t.name, withoutSpecifiedBy(t)]));
const [a, b] = [ownTypes(ours), ownTypes(net)];
if (JSON.stringify(a) !== JSON.stringify(b)) fail(`GraphQL.NET's schema types: ${Object.keys(a).filter((n) => JSON.stringify(a[n]) !== JSON.stringify(b[n])).join(', ')}`);
for (const root of ['queryType', 'mutationType', 'subscriptionType']) {
  if (JSON.stringify(ours.data.__schema[root]) !== JSON.stringify(net.data.__schema[root])) fail(`GraphQL.NET's ${root}`);
}
