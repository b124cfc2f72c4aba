import { getIntrospectionQuery } from 'graphql';

/** The options of the full introspection query (graphql@16 supports all of them). */
export const FULL_OPTIONS = Object.freeze({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

export const FULL_INTROSPECTION_QUERY = getIntrospectionQuery(FULL_OPTIONS);
