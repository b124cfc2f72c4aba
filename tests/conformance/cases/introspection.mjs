import { getIntrospectionQuery } from 'graphql';
import { FULL_INTROSPECTION_QUERY } from '../lib/introspection.mjs';

// The options named in issue 3 (graphql@16 supports them all).
const ISSUE_OPTIONS_QUERY = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const DEFAULT_QUERY = getIntrospectionQuery();
const MINIMAL_QUERY = getIntrospectionQuery({ descriptions: false });

const p = (name, document, extra = {}) => ({ name, schema: 'planning', document, ...extra });
const TYPE_REF = `fragment R on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

export default [
  // Full introspection queries
  p('full introspection query (issue options) on planning', ISSUE_OPTIONS_QUERY, { operationName: 'IntrospectionQuery' }),
  p('full introspection query (all options) on planning', FULL_INTROSPECTION_QUERY),
  p('default introspection query on planning', DEFAULT_QUERY),
  p('introspection query without descriptions on planning', MINIMAL_QUERY),
  { name: 'full introspection query on validation schema', schema: 'validation', document: FULL_INTROSPECTION_QUERY },
  { name: 'full introspection query on coercion schema', schema: 'coercion', document: FULL_INTROSPECTION_QUERY },
  { name: 'full introspection query on data schema', schema: 'data', document: FULL_INTROSPECTION_QUERY },
  { name: 'full introspection query on a minimal schema', schema: 'type Query { a: Int }', document: FULL_INTROSPECTION_QUERY },
  // __schema
  p('root types', `{ __schema { queryType { name kind } mutationType { name } subscriptionType { name } } }`),
  p('schema description', `{ __schema { description } }`),
  p('type names in order', `{ __schema { types { name kind } } }`),
  p('directives', `{ __schema { directives { name description isRepeatable locations args { name type { ...R } defaultValue } } } } ${TYPE_REF}`),
  p('__typename of introspection objects', `{ __schema { __typename queryType { __typename fields { __typename args { __typename } type { __typename } } } directives { __typename } } }`),
  // __type: each kind
  p('object type', `{ __type(name: "Parcel") { kind name description interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } ofType { name } specifiedByURL isOneOf fields { name description isDeprecated deprecationReason args { name } type { ...R } } } } ${TYPE_REF}`),
  p('interface type', `{ __type(name: "MapFeature") { kind name description interfaces { name } possibleTypes { name } fields { name args { name defaultValue type { ...R } } } } } ${TYPE_REF}`),
  p('interface implementing interfaces', `{ __type(name: "Node") { kind possibleTypes { name kind } interfaces { name } } }`),
  p('union type', `{ __type(name: "SearchHit") { kind name description possibleTypes { name } fields { name } interfaces { name } } }`),
  p('enum type with deprecated values', `{ __type(name: "LandUse") { kind name description enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } } }`),
  p('enum values without deprecated', `{ __type(name: "LandUse") { enumValues { name } } }`),
  p('enum values includeDeprecated false', `{ __type(name: "LandUse") { enumValues(includeDeprecated: false) { name } } }`),
  p('input object type', `{ __type(name: "PermitInput") { kind name description isOneOf inputFields { name description defaultValue isDeprecated deprecationReason type { ...R } } fields { name } } } ${TYPE_REF}`),
  p('input fields with deprecated', `{ __type(name: "ZoneFilter") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue } } }`),
  p('input fields without deprecated', `{ __type(name: "ZoneFilter") { inputFields { name } } }`),
  p('oneOf input object', `{ __type(name: "ParcelLocator") { kind isOneOf inputFields { name type { ...R } } } } ${TYPE_REF}`),
  p('custom scalar with specifiedBy', `{ __type(name: "Geometry") { kind name description specifiedByURL fields { name } } }`),
  p('custom scalar without specifiedBy', `{ __type(name: "Decimal") { kind name specifiedByURL } }`),
  p('built-in scalar', `{ __type(name: "Boolean") { kind name description specifiedByURL } }`),
  p('unknown type', `{ __type(name: "Nope") { name } }`),
  p('introspection type itself', `{ __type(name: "__Type") { kind name fields { name args { name defaultValue } } } }`),
  p('__TypeKind enum', `{ __type(name: "__TypeKind") { enumValues { name description } } }`),
  p('__DirectiveLocation enum', `{ __type(name: "__DirectiveLocation") { enumValues { name } } }`),
  // fields, args
  p('deprecated fields hidden by default', `{ __type(name: "Query") { fields { name } } }`),
  p('deprecated fields included', `{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`),
  p('deprecated arguments', `{ __type(name: "Query") { fields(includeDeprecated: true) { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }`),
  p('arguments without deprecated', `{ __type(name: "Query") { fields(includeDeprecated: true) { name args { name } } } }`),
  p('default values printed as GraphQL', `{ __type(name: "Query") { fields { name args { name defaultValue } } } }`),
  p('non-null and list wrappers', `{ __type(name: "Query") { fields { name type { ...R } } } } ${TYPE_REF}`),
  p('mutation type fields', `{ __type(name: "Mutation") { name fields { name description args { name type { ...R } defaultValue } type { ...R } } } } ${TYPE_REF}`),
  // mixed with data and aliases
  p('introspection with aliases and fragments', `{ t: __type(name: "Zone") { ...T } s: __schema { q: queryType { ...T } } } fragment T on __Type { n: name k: kind }`),
  p('introspection next to __typename', `{ __typename __type(name: "PageInfo") { fields { name } } }`),
  p('__type with variable', `query Q($n: String!) { __type(name: $n) { name kind } }`, { variables: { n: 'Permit' } }),
  // invalid introspection
  p('__type without name', `{ __type { name } }`),
  p('__schema without selection', `{ __schema }`),
  p('unknown field on __Type', `{ __type(name: "Plan") { names } }`),
  p('__type on a nested object', `{ plan(code: "x") { __type(name: "Plan") { name } } }`),
];
