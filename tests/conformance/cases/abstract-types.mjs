import { v, err } from './_helpers.mjs';

// The shared validation schema has interfaces Node and Feature, unions SearchResult and Holder.
const parcel = { __typename: 'Parcel', id: 'p1', name: 'Lot 1', area: 120.5, code: 'P-1', landUse: 'PARK', tags: ['a'] };
const building = { __typename: 'Building', id: 'b1', name: 'Hall', area: 300, floors: 3, height: 12.5 };
const road = { __typename: 'Road', id: 'r1', name: 'Main St', lengthKm: 2.5, lanes: 4 };
const person = { __typename: 'Person', id: 'u1', name: 'Ana', email: 'ana@example.org', parcels: [parcel] };

const root = { node: parcel, feature: building, search: [parcel, building, road], holder: person, me: person, nearest: [parcel, building, null] };

export default [
  v('interface field on object value', `{ node(id: "p1") { id __typename } }`, { rootValue: root }),
  v('interface with inline fragment on the runtime type', `{ node(id: "p1") { id ... on Parcel { code landUse } } }`, { rootValue: root }),
  v('interface with inline fragment on another type', `{ node(id: "p1") { id ... on Road { lanes } } }`, { rootValue: root }),
  v('interface with fragments on every implementation', `{ node(id: "p1") { ... on Parcel { code } ... on Building { floors } ... on Road { lanes } ... on Person { email } } }`, { rootValue: root }),
  v('interface spread on interface', `{ node(id: "b1") { ...F } } fragment F on Feature { name area }`, { rootValue: { node: building } }),
  v('interface spread on interface not implemented', `{ node(id: "r1") { id ...F } } fragment F on Feature { name area }`, { rootValue: { node: road } }),
  v('interface field with argument', `{ feature(id: "b1") { name area(unit: HECTARES) } }`, { rootValue: root }),
  v('union with fragments on members', `{ search(text: "x") { __typename ... on Parcel { code } ... on Building { floors } ... on Road { lanes } } }`, { rootValue: root }),
  v('union with only __typename', `{ search(text: "x") { __typename } }`, { rootValue: root }),
  v('union with interface fragment', `{ search(text: "x") { ... on Feature { name } ... on Node { id } } }`, { rootValue: root }),
  v('union with named fragments', `{ search(text: "x") { ...P ...B } } fragment P on Parcel { code } fragment B on Building { floors }`, { rootValue: root }),
  v('union fragment matching no member value', `{ search(text: "x") { ... on Road { name } } }`, { rootValue: { search: [parcel, building] } }),
  v('single-member union', `{ holder { __typename ... on Person { name } } }`, { rootValue: root }),
  v('list of interface values with a null', `{ nearest(point: { lat: 0, lng: 0 }) { __typename id name } }`, { rootValue: root }),
  v('nested abstract inside abstract', `{ node(id: "u1") { ... on Person { parcels { ... on Feature { name } ... on Node { id } } } } }`, { rootValue: { node: person } }),
  v('abstract value with an unknown runtime type', `{ node(id: "x") { id } }`, { rootValue: { node: { __typename: 'Lake', id: 'l1' } } }),
  v('abstract value whose type does not implement the interface', `{ feature(id: "x") { id } }`, { rootValue: { feature: { ...road } } }),
  v('union value of a non-member type', `{ holder { __typename } }`, { rootValue: { holder: parcel } }),
  v('abstract value whose runtime type is an interface', `{ node(id: "x") { id } }`, { rootValue: { node: { __typename: 'Feature', id: 'f' } } }),
  v('resolver error on abstract field', `{ node(id: "x") { id } }`, { rootValue: { node: err('node failed') } }),
  v('runtime type error in a non-null list of unions', `{ search(text: "x") { __typename } }`, { rootValue: { search: [road, { __typename: 'Lake' }] } }),
  v('fields merged across fragments on same runtime type', `{ node(id: "p1") { ... on Parcel { id } ... on Parcel { name } ... on Feature { area } id } }`, { rootValue: root }),
  v('__typename in each possible fragment', `{ search(text: "x") { ... on Parcel { t: __typename } ... on Road { t: __typename } } }`, { rootValue: root }),
  v('interface fragment inside object fragment', `{ me { parcels { ... on Node { ... on Feature { ... on Parcel { code } } } } } }`, { rootValue: root }),
];
