// Loads the corpus: cases/*.mjs (each exports `default` an array of cases) and
// the shared schemas in schemas/*.graphql.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const CASES_DIR = join(ROOT, 'cases');
export const SCHEMAS_DIR = join(ROOT, 'schemas');
export const EXPECTED_DIR = join(ROOT, 'expected');

const NAME_RE = /^[A-Za-z0-9_.-]+$/;

export function loadSchemas() {
  const schemas = {};
  for (const f of readdirSync(SCHEMAS_DIR).sort()) {
    if (f.endsWith('.graphql')) schemas[basename(f, '.graphql')] = readFileSync(join(SCHEMAS_DIR, f), 'utf8');
  }
  return schemas;
}

/** Resolve a case's `schema` field (a shared schema name or inline SDL) to SDL text. */
export function resolveSchema(schema, schemas) {
  if (typeof schema !== 'string') throw new Error('case.schema must be a string');
  if (NAME_RE.test(schema.trim())) {
    const sdl = schemas[schema.trim()];
    if (sdl === undefined) throw new Error(`unknown shared schema "${schema}"`);
    return sdl;
  }
  return schema;
}

const ALLOWED = new Set(['name', 'schema', 'document', 'variables', 'operationName', 'rootValue', 'validateOnly', 'buildOnly', 'note']);

/**
 * Returns [{ file, cases: [{ name, schema (name or SDL), sdl, document, ... }] }],
 * sorted by file name. Throws on malformed cases (duplicate names, unknown keys).
 */
export async function loadCorpus() {
  const schemas = loadSchemas();
  const files = readdirSync(CASES_DIR).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).sort();
  const out = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(join(CASES_DIR, f)).href);
    const list = mod.default;
    if (!Array.isArray(list)) throw new Error(`${f}: default export must be an array of cases`);
    const seen = new Set();
    const cases = list.map((c, i) => {
      const where = `${f}[${i}]${c && c.name ? ` "${c.name}"` : ''}`;
      if (!c || typeof c.name !== 'string' || !c.name) throw new Error(`${where}: missing name`);
      if (seen.has(c.name)) throw new Error(`${where}: duplicate case name`);
      seen.add(c.name);
      for (const k of Object.keys(c)) if (!ALLOWED.has(k)) throw new Error(`${where}: unknown key "${k}"`);
      if (c.buildOnly ? c.document !== undefined : typeof c.document !== 'string') {
        throw new Error(`${where}: ${c.buildOnly ? 'a buildOnly case has no document' : 'document must be a string'}`);
      }
      return { ...c, sdl: resolveSchema(c.schema, schemas) };
    });
    out.push({ file: basename(f, '.mjs'), cases });
  }
  return out;
}

/** The request object sent to an adapter / the oracle for one case. */
export function requestOf(c) {
  if (c.buildOnly) return { schema: c.sdl, buildOnly: true };
  const req = { schema: c.sdl, document: c.document };
  if (c.variables !== undefined) req.variables = c.variables;
  if (c.operationName !== undefined) req.operationName = c.operationName;
  if (c.rootValue !== undefined) req.rootValue = c.rootValue;
  if (c.validateOnly) req.validateOnly = true;
  return req;
}
