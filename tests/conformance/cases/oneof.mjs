import { v, c } from './_helpers.mjs';

const ONEOF = `
  scalar JSON
  input Location @oneOf { id: ID, code: String, point: Point, ids: [ID!] }
  input Point { lat: Float!, lng: Float! }
  input Wrapper { location: Location, tag: String }
  type Query {
    find(by: Location!): JSON
    findOptional(by: Location): JSON
    findMany(by: [Location!]): JSON
    wrap(w: Wrapper): JSON
  }
`;
const root = { find: { $args: true }, findOptional: { $args: true }, findMany: { $args: true }, wrap: { $args: true } };
const o = (name, document, extra = {}) => ({ name, schema: ONEOF, document, rootValue: root, ...extra });

export default [
  // literals (validation: ValuesOfCorrectType)
  o('exactly one field', `{ find(by: { id: "1" }) }`),
  o('exactly one object field', `{ find(by: { point: { lat: 1, lng: 2 } }) }`),
  o('exactly one list field', `{ find(by: { ids: ["a", "b"] }) }`),
  o('two fields', `{ find(by: { id: "1", code: "C" }) }`),
  o('no field', `{ find(by: {}) }`),
  o('one field set to null', `{ find(by: { code: null }) }`),
  o('one null and one value', `{ find(by: { code: null, id: "1" }) }`),
  o('unknown field', `{ find(by: { name: "x" }) }`),
  o('oneOf nested in a regular input object', `{ wrap(w: { location: { code: "A" }, tag: "t" }) }`),
  o('invalid oneOf nested in a regular input object', `{ wrap(w: { location: { code: "A", id: "1" } }) }`),
  o('list of oneOf objects', `{ findMany(by: [{ id: "1" }, { code: "2" }]) }`),
  o('list of oneOf objects with an invalid item', `{ findMany(by: [{ id: "1" }, { code: "2", id: "3" }]) }`),
  o('optional oneOf argument absent', `{ findOptional }`),
  o('optional oneOf argument null', `{ findOptional(by: null) }`),
  o('wrong type inside the one field', `{ find(by: { id: true }) }`),
  // variables inside literals (validation: VariablesInAllowedPosition)
  o('non-null variable as the one field', `query Q($id: ID!) { find(by: { id: $id }) }`, { variables: { id: '7' } }),
  // Not covered: a nullable variable as the one field (graphql-js 16.x versions disagree; see README).
  // variables of oneOf type (execution: variable coercion)
  o('variable with exactly one field', `query Q($by: Location!) { find(by: $by) }`, { variables: { by: { code: 'X' } } }),
  o('variable with two fields', `query Q($by: Location!) { find(by: $by) }`, { variables: { by: { code: 'X', id: '1' } } }),
  o('variable with no field', `query Q($by: Location!) { find(by: $by) }`, { variables: { by: {} } }),
  o('variable with a null field', `query Q($by: Location!) { find(by: $by) }`, { variables: { by: { id: null } } }),
  o('variable with a null field and a value', `query Q($by: Location!) { find(by: $by) }`, { variables: { by: { id: null, code: 'c' } } }),
  o('variable with unknown field', `query Q($by: Location!) { find(by: $by) }`, { variables: { by: { zip: '1' } } }),
  o('variable with nested object field', `query Q($by: Location!) { find(by: $by) }`, { variables: { by: { point: { lat: 1, lng: 2.5 } } } }),
  o('variable with invalid nested object field', `query Q($by: Location!) { find(by: $by) }`, { variables: { by: { point: { lat: 1 } } } }),
  o('list variable of oneOf', `query Q($by: [Location!]) { findMany(by: $by) }`, { variables: { by: [{ id: '1' }, { ids: ['2'] }] } }),
  o('list variable of oneOf with invalid item', `query Q($by: [Location!]) { findMany(by: $by) }`, { variables: { by: [{ id: '1' }, {}] } }),
  o('single value for list of oneOf', `query Q($by: [Location!]) { findMany(by: $by) }`, { variables: { by: { code: 'solo' } } }),
  o('oneOf variable inside regular input variable', `query Q($w: Wrapper) { wrap(w: $w) }`, { variables: { w: { location: { id: '1', code: '2' } } } }),
  o('oneOf default value of a variable', `query Q($by: Location! = { code: "dflt" }) { find(by: $by) }`),
  o('invalid oneOf default value of a variable', `query Q($by: Location = { code: "a", id: "b" }) { findOptional(by: $by) }`),
  // on the shared validation schema
  v('oneOf argument on validation schema', `{ parcelBy(ref: { code: "P-1" }) { id } }`, { rootValue: { parcelBy: { id: 'p' } } }),
  v('oneOf mutation argument with two fields', `mutation { deleteParcel(ref: { id: "1", code: "2" }) }`),
  // introspection
  o('isOneOf in introspection', `{ a: __type(name: "Location") { name isOneOf } b: __type(name: "Point") { name isOneOf } }`),
];
