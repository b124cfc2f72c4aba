// GraphiQL for /graphql, bundled by Vite from local packages: the host serves it offline.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

// The web map keeps the signed-in session in localStorage; GraphiQL reuses its token unless the
// headers editor sets an Authorization header of its own.
function sessionToken() {
  try {
    const session = JSON.parse(localStorage.getItem('planninggis.session') ?? 'null');
    return session && new Date(session.expiresAt).getTime() > Date.now() ? session.token : null;
  } catch {
    return null;
  }
}

const baseFetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).toString() });

function fetcher(params, options) {
  const token = sessionToken();
  const headers = { ...(options?.headers ?? {}) };
  const hasAuthorization = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  if (token && !hasAuthorization) headers.Authorization = `Bearer ${token}`;
  return baseFetcher(params, { ...options, headers });
}

// Links may carry ?query=...&variables=...&operationName=... (as the GET API does).
const search = new URLSearchParams(location.search);

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, {
    fetcher,
    query: search.get('query') ?? undefined,
    variables: search.get('variables') ?? undefined,
    operationName: search.get('operationName') ?? undefined,
    defaultQuery: '# PlanningGIS GraphQL API. Ctrl-Enter runs the query; the book icon opens the schema.\n{\n  __typename\n}\n',
  }),
);
