// The conformance suite: every case of cases/ is sent to an engine through an
// adapter, and its answer is compared with graphql-js's (expected/).
// Run with `npm test` (node --test). See README.md.
//
// Environment:
//   CONFORMANCE_ENGINE=csharp (default) | graphql-js | graphql-net   which adapter to run
//   CONFORMANCE_ADAPTER=path      prebuilt EngineAdapter.dll (or executable): skip the build
//   CONFORMANCE_STRICT_MESSAGES=1 error-message differences fail the case
//   CONFORMANCE_REPORT=file.json  write every difference to that file
//   CONFORMANCE_FILTER=text       run only cases whose "file/name" contains text
//   CONFORMANCE_STRICT=1          ignore known-failures.txt (every failure counts)
//   CONFORMANCE_WRITE_KNOWN_FAILURES=1  rewrite known-failures.txt from this run
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, buildSchema, printSchema } from 'graphql';
import { loadCorpus, loadSchemas, requestOf, ROOT, EXPECTED_DIR } from './lib/cases.mjs';
import { compareResult } from './lib/compare.mjs';
import { FULL_INTROSPECTION_QUERY } from './lib/introspection.mjs';
import { buildExpected } from './generate.mjs';

const ENGINE = process.env.CONFORMANCE_ENGINE || 'csharp';
const STRICT_MESSAGES = process.env.CONFORMANCE_STRICT_MESSAGES === '1';
const FILTER = process.env.CONFORMANCE_FILTER || '';
const ADAPTER_TIMEOUT_MS = 10 * 60 * 1000;

// ---------------------------------------------------------------------------
// The adapter command.
function adapterCommand() {
  if (ENGINE === 'graphql-js') return { cmd: process.execPath, args: [join(ROOT, 'adapters', 'graphql-js.mjs')] };
  if (ENGINE !== 'csharp' && ENGINE !== 'graphql-net') throw new Error(`unknown CONFORMANCE_ENGINE "${ENGINE}" (csharp | graphql-js | graphql-net)`);
  // graphql-net: GraphQL.NET 8 through GraphQLNetAdapter/, a comparison (strict, no known-failures list).
  const adapter = ENGINE === 'csharp' ? 'EngineAdapter' : 'GraphQLNetAdapter';
  let path = process.env.CONFORMANCE_ADAPTER;
  if (!path) {
    const project = join(ROOT, adapter, `${adapter}.csproj`);
    if (!existsSync(project)) throw new Error(`${project} does not exist yet`);
    const build = spawnSync(
      'dotnet',
      ['build', project, '-c', 'Release', '-nologo', '-v', 'q', '-clp:ErrorsOnly'],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    if (build.status !== 0) {
      throw new Error(`dotnet build of the adapter failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
    }
    path = join(ROOT, adapter, 'bin', 'Release', 'net10.0', `${adapter}.dll`);
  }
  if (path.endsWith('.dll')) return { cmd: 'dotnet', args: [path] };
  return { cmd: path, args: [] };
}

function runAdapter(batch) {
  const { cmd, args } = adapterCommand();
  const started = Date.now();
  const child = spawnSync(cmd, args, {
    input: JSON.stringify(batch),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: ADAPTER_TIMEOUT_MS,
  });
  if (child.error) throw new Error(`adapter ${cmd} ${args.join(' ')} failed to run: ${child.error.message}`);
  if (child.status !== 0) {
    throw new Error(`adapter exited with ${child.status}${child.signal ? ` (${child.signal})` : ''}\n${child.stderr.slice(-4000)}`);
  }
  let parsed;
  try {
    parsed = JSON.parse(child.stdout);
  } catch (e) {
    throw new Error(`adapter output is not JSON (${e.message}): ${child.stdout.slice(0, 2000)}\n${child.stderr.slice(-2000)}`);
  }
  return { ...parsed, ms: Date.now() - started };
}

// ---------------------------------------------------------------------------
// The batch: every case, plus one full-introspection request per shared schema
// for the buildClientSchema round trip.
const corpus = await loadCorpus();
const sharedSchemas = loadSchemas();
const expectedByFile = {};
for (const { file } of corpus) {
  const path = join(EXPECTED_DIR, `${file}.json`);
  expectedByFile[file] = existsSync(path) ? new Map(JSON.parse(readFileSync(path, 'utf8')).cases.map((c) => [c.name, c])) : new Map();
}

const schemaIds = new Map();
const batch = { schemas: {}, requests: [] };
function schemaId(sdl) {
  if (!schemaIds.has(sdl)) {
    const id = `s${schemaIds.size}`;
    schemaIds.set(sdl, id);
    batch.schemas[id] = sdl;
  }
  return schemaIds.get(sdl);
}
const selected = (id) => !FILTER || id.includes(FILTER);
for (const { file, cases } of corpus) {
  for (const c of cases) {
    const id = `${file}/${c.name}`;
    if (!selected(id)) continue;
    batch.requests.push({ id, ...requestOf(c), schema: schemaId(c.sdl) });
  }
}
const roundTrips = Object.entries(sharedSchemas).map(([name, sdl]) => ({ name, sdl, id: `round-trip/${name}` }));
for (const rt of roundTrips) {
  if (selected(rt.id)) batch.requests.push({ id: rt.id, schema: schemaId(rt.sdl), document: FULL_INTROSPECTION_QUERY });
}

let adapterError = null;
let answers = new Map();
let engineName = '?';
let adapterMs = 0;
try {
  const out = runAdapter(batch);
  engineName = out.engine ?? '?';
  adapterMs = out.ms;
  answers = new Map((out.results ?? []).map((r) => [r.id, r]));
} catch (e) {
  adapterError = e;
}

function answerFor(id) {
  if (adapterError) throw adapterError;
  const a = answers.get(id);
  if (!a) throw new Error(`the adapter gave no result for ${id}`);
  if (a.crash !== undefined) throw new Error(`the engine crashed: ${a.crash}`);
  return a.result;
}

// ---------------------------------------------------------------------------
// Known failures: cases the engine does not pass yet (known-failures.txt, one
// "file/case name" a line). They are reported as TODO instead of failing the
// run, so that CI catches regressions while the engine is being completed.
// Only for the C# engine; CONFORMANCE_STRICT=1 ignores the list.
const KNOWN_FAILURES_FILE = join(ROOT, 'known-failures.txt');
const STRICT = process.env.CONFORMANCE_STRICT === '1' || ENGINE !== 'csharp';
const knownFailures = new Set(
  !STRICT && existsSync(KNOWN_FAILURES_FILE)
    ? readFileSync(KNOWN_FAILURES_FILE, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    : [],
);

// ---------------------------------------------------------------------------
// Compare everything first (so that summaries know their outcome), then
// declare one test per case.
const report = { engine: ENGINE, hard: [], messages: [], orderDiffers: [] };
const outcomes = new Map();
for (const { file, cases } of corpus) {
  for (const c of cases) {
    const id = `${file}/${c.name}`;
    if (!selected(id)) continue;
    const expected = expectedByFile[file].get(c.name);
    try {
      if (!expected) throw new Error(`no expected result for ${id}: run "npm run generate"`);
      const actual = answerFor(id);
      const outcome = { ...compareResult(expected.result, actual), stage: expected.stage };
      if (outcome.orderDiffers) report.orderDiffers.push(id);
      for (const m of outcome.messages) report.messages.push({ id, ...m });
      if (STRICT_MESSAGES) {
        outcome.hard.push(...outcome.messages.map((m) => `message differs\n  expected: ${m.expected}\n  actual:   ${m.actual}`));
      }
      if (outcome.hard.length) report.hard.push({ id, stage: expected.stage, problems: outcome.hard });
      outcomes.set(id, outcome);
    } catch (error) {
      report.hard.push({ id, stage: expected?.stage, problems: [String(error.message).slice(0, 2000)] });
      outcomes.set(id, { error });
    }
  }
}
for (const rt of roundTrips) {
  if (!selected(rt.id)) continue;
  try {
    const actual = answerFor(rt.id);
    if (actual.errors) throw new Error(`introspection gave errors: ${JSON.stringify(actual.errors)}`);
    const want = printSchema(buildSchema(rt.sdl));
    const got = printSchema(buildClientSchema(actual.data));
    const outcome = { hard: [], want, got };
    if (got !== want) {
      outcome.hard.push('printSchema(buildClientSchema(engine introspection)) differs from printSchema(buildSchema(sdl))');
      report.hard.push({ id: rt.id, problems: outcome.hard });
    }
    outcomes.set(rt.id, outcome);
  } catch (error) {
    report.hard.push({ id: rt.id, problems: [String(error.message).slice(0, 2000)] });
    outcomes.set(rt.id, { error });
  }
}
const failing = [...outcomes].filter(([, o]) => o.error || o.hard.length).map(([id]) => id);
const nowPassing = [...knownFailures].filter((id) => outcomes.has(id) && !failing.includes(id));
report.knownFailures = [...knownFailures];
report.nowPassing = nowPassing;

if (process.env.CONFORMANCE_WRITE_KNOWN_FAILURES === '1') {
  if (FILTER || ENGINE !== 'csharp') throw new Error('write known-failures.txt only from a full run against the C# engine');
  writeFileSync(
    KNOWN_FAILURES_FILE,
    '# Conformance cases the C# engine does not pass yet (reported as TODO, not as failures).\n' +
      '# Regenerate with `npm run known-failures` after the engine improves; the goal is an empty list.\n' +
      failing.map((id) => `${id}\n`).join(''),
  );
}

const todoOf = (id) => (knownFailures.has(id) ? 'known failure (known-failures.txt)' : false);

describe(`conformance (${ENGINE})`, () => {
  test('adapter ran', () => {
    if (adapterError) throw adapterError;
    console.log(`# engine: ${engineName}; ${batch.requests.length} requests in ${adapterMs} ms`);
  });

  for (const { file, cases } of corpus) {
    const chosen = cases.filter((c) => selected(`${file}/${c.name}`));
    if (!chosen.length) continue;
    describe(file, () => {
      for (const c of chosen) {
        const id = `${file}/${c.name}`;
        test(c.name, { todo: todoOf(id) }, (t) => {
          const o = outcomes.get(id);
          if (o.error) throw o.error;
          if (o.orderDiffers) t.diagnostic('errors in another order than graphql-js (allowed)');
          for (const m of o.messages) t.diagnostic(`message differs: expected "${m.expected}", got "${m.actual}"`);
          if (o.hard.length) assert.fail(`${id} (${o.stage} stage)\n${o.hard.join('\n')}`);
        });
      }
    });
  }

  describe('buildClientSchema round trip', () => {
    for (const rt of roundTrips) {
      if (!selected(rt.id)) continue;
      test(rt.name, { todo: todoOf(rt.id) }, () => {
        const o = outcomes.get(rt.id);
        if (o.error) throw o.error;
        assert.equal(o.got, o.want, o.hard[0]);
      });
    }
  });

  const soft = report.messages.length;
  test(
    'error messages identical to graphql-js (soft check)',
    { todo: !STRICT_MESSAGES && soft > 0 ? `${soft} message(s) differ in wording; see README` : false },
    () => {
      if (soft) {
        const sample = report.messages.slice(0, 40).map((m) => `${m.id}\n    expected: ${m.expected}\n    actual:   ${m.actual}`);
        assert.fail(`${soft} error message(s) differ in wording:\n${sample.join('\n')}`);
      }
    },
  );

  test(
    'known-failures.txt lists only failing cases',
    { todo: nowPassing.length ? `${nowPassing.length} listed case(s) pass now: run "npm run known-failures"` : false },
    () => {
      if (nowPassing.length) assert.fail(`these cases pass now; remove them from known-failures.txt:\n${nowPassing.join('\n')}`);
    },
  );

  test('expected/ is up to date with cases/ (graphql-js)', { skip: !!FILTER }, async () => {
    const files = await buildExpected();
    const stale = Object.entries(files).filter(([name, text]) => {
      const path = join(EXPECTED_DIR, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    });
    assert.deepEqual(stale.map(([n]) => n), [], 'run "npm run generate" and commit expected/');
  });

  if (process.env.CONFORMANCE_REPORT) writeFileSync(process.env.CONFORMANCE_REPORT, JSON.stringify(report, null, 2));
});
