import { v } from './_helpers.mjs';

export default [
  v('one named operation', `query A { version }`),
  v('distinct names', `query A { version } query B { me { id } }`, { operationName: 'B' }),
  v('same name twice', `query A { version } query A { me { id } }`),
  v('same name query and mutation', `query A { version } mutation A { approve(id: "1") }`),
  v('same name query and subscription', `query A { version } subscription A { statusChanged }`),
  v('same name three times', `query A { version } query A { me { id } } query A { holder { __typename } }`),
  v('fragment and operation may share a name', `query F { ...F } fragment F on Query { version }`),
  v('anonymous plus named', `{ version } query A { version }`),
  v('case-sensitive names are distinct', `query a { version } query A { version }`, { operationName: 'a' }),
];
