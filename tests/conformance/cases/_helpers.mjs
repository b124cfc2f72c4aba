// Helpers for writing cases (files starting with "_" are not case files).

/** A case on the shared validation schema. */
export const v = (name, document, extra = {}) => ({ name, schema: 'validation', document, ...extra });

/** A root value whose listed fields all echo their coerced arguments ({ "$args": true }). */
export const argsRoot = (...fields) => Object.fromEntries(fields.map((f) => [f, { $args: true }]));

/** An error marker: the field's resolver throws an error with this message. */
export const err = (message) => ({ $error: message });

/** An async marker: the resolver returns the value after yielding. */
export const later = (value) => ({ $async: value });

const COERCION_FIELDS = [
  'int', 'intNN', 'intDefault', 'intNNDefault', 'float', 'string', 'boolean', 'id', 'color', 'colorDefault',
  'json', 'list', 'listNN', 'listNNNN', 'listDefault', 'listSingleDefault', 'matrix', 'matrixNN', 'colors',
  'strings', 'inner', 'innerNN', 'outer', 'inners', 'deep', 'many', 'ordered',
];
/** Root value for the shared "coercion" schema: every field echoes its arguments. */
export const COERCION_ROOT = argsRoot(...COERCION_FIELDS);

/** A case on the shared coercion schema. */
export const c = (name, document, extra = {}) => ({ name, schema: 'coercion', document, rootValue: COERCION_ROOT, ...extra });

/** A case on the shared "data" schema with the given root value. */
export const d = (name, document, rootValue = {}, extra = {}) => ({ name, schema: 'data', document, rootValue, ...extra });

/** A "build" case: the schema alone, built and checked as graphql-js's buildSchema does (no document). */
export const sdl = (name, schema) => ({ name, schema, buildOnly: true });
