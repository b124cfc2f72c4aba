// The oracle: runs one conformance case through graphql-js with the resolver
// convention described in README.md. Used by generate.mjs (to write expected/)
// and by adapters/graphql-js.mjs (the "oracle adapter" that checks the harness).
import { oracleRules, rootTypesDifferent } from './spec-supplement.mjs';
import {
  buildASTSchema,
  buildSchema,
  execute,
  parse,
  validate,
  validateSchema,
  GraphQLError,
} from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';

const MARKERS = ['$error', '$args', '$async', '$seq'];

/** A marker is an object with exactly one own key, and that key is one of MARKERS. */
export function markerOf(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1 || !MARKERS.includes(keys[0])) return null;
  return keys[0];
}

/** Turn a property value into the resolver's result following the convention. */
function interpret(value, args, context) {
  switch (markerOf(value)) {
    case '$error':
      throw new Error(String(value.$error));
    case '$args':
      return args;
    case '$seq':
      context.seq += 1;
      return context.seq;
    case '$async':
      return new Promise((resolve) => setImmediate(resolve)).then(() =>
        interpret(value.$async, args, context),
      );
    default:
      return value;
  }
}

/** Default field resolver of the convention: property with the field's name (not the alias). */
export function conventionFieldResolver(source, args, context, info) {
  if (source === null || typeof source !== 'object') return undefined;
  const value = Object.prototype.hasOwnProperty.call(source, info.fieldName)
    ? source[info.fieldName]
    : undefined;
  return interpret(value, args, context);
}

/** Abstract types resolve by the `__typename` property of the value. */
export function conventionTypeResolver(value) {
  if (value !== null && typeof value === 'object' && typeof value.__typename === 'string') {
    return value.__typename;
  }
  return undefined;
}

/** Serialize an error the way the suite compares it: message, locations, path (no extensions). */
export function formatError(error) {
  const out = { message: error.message };
  if (error.locations && error.locations.length) {
    out.locations = error.locations.map(({ line, column }) => ({ line, column }));
  }
  if (error.path && error.path.length) out.path = [...error.path];
  return out;
}

const schemaCache = new Map();
export function schemaFromSdl(sdl) {
  let schema = schemaCache.get(sdl);
  if (!schema) {
    schema = buildSchema(sdl);
    schemaCache.set(sdl, schema);
  }
  return schema;
}

/**
 * Run one request: parse -> validate (graphql@16 specifiedRules + the September
 * 2025 rules of spec-supplement.mjs) -> execute.
 * req: { schema: SDL string, document, variables?, operationName?, rootValue?, validateOnly? }
 * Returns { stage, result } where result is { data?, errors? } (JSON-safe).
 */
export async function runRequest(req) {
  if (req.buildOnly) return runBuild(req.schema);
  const schema = schemaFromSdl(req.schema);
  let document;
  try {
    document = parse(req.document);
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    return { stage: 'parse', result: { errors: [formatError(e)] } };
  }
  const validationErrors = validate(schema, document, oracleRules);
  if (validationErrors.length > 0) {
    return { stage: 'validate', result: { errors: validationErrors.map(formatError) } };
  }
  if (req.validateOnly) return { stage: 'validate', result: {} };
  const executed = await execute({
    schema,
    document,
    rootValue: req.rootValue ?? {},
    contextValue: { seq: 0 },
    variableValues: req.variables ?? undefined,
    operationName: req.operationName ?? undefined,
    fieldResolver: conventionFieldResolver,
    typeResolver: conventionTypeResolver,
  });
  const result = {};
  if ('data' in executed) result.data = executed.data;
  if (executed.errors && executed.errors.length) result.errors = executed.errors.map(formatError);
  // Round-trip through JSON so that the expected value is exactly what a JSON
  // response would carry (e.g. -0 -> 0, undefined dropped, key order kept).
  return { stage: 'execute', result: JSON.parse(JSON.stringify(result)) };
}

/**
 * A "build" case (buildOnly): the schema alone, built as buildSchema does — parse, SDL validation
 * (validateSDL, which buildSchema runs and throws as one joined message), then validateSchema plus
 * the spec's distinct-root-types rule — reporting the failing stage's errors with their locations.
 * Returns { stage, result } with result {} for a valid schema.
 */
export function runBuild(sdl) {
  let document;
  try {
    document = parse(sdl);
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    return { stage: 'parse', result: { errors: [formatError(e)] } };
  }
  const sdlErrors = validateSDL(document);
  if (sdlErrors.length > 0) return { stage: 'build', result: { errors: sdlErrors.map(formatError) } };
  let schema;
  try {
    schema = buildASTSchema(document, { assumeValidSDL: true });
  } catch (e) {
    // The GraphQLSchema constructor's own checks (e.g. two types of one name) throw plain errors.
    return { stage: 'build', result: { errors: [{ message: e.message }] } };
  }
  const errors = [...validateSchema(schema), ...rootTypesDifferent(schema)];
  return { stage: 'build', result: errors.length ? { errors: errors.map(formatError) } : {} };
}
