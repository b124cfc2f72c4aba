// Runs every case through graphql-js (the oracle) and writes expected/<file>.json.
//   node generate.mjs          write expected/
//   node generate.mjs --check  exit 1 if expected/ is not up to date
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, requestOf, EXPECTED_DIR } from './lib/cases.mjs';
import { runRequest } from './lib/oracle.mjs';
import { createRequire } from 'node:module';

const graphqlVersion = createRequire(import.meta.url)('graphql/package.json').version;

/** Build the expected files in memory: { '<file>.json': text }. */
export async function buildExpected() {
  const corpus = await loadCorpus();
  const files = {};
  for (const { file, cases } of corpus) {
    const out = [];
    for (const c of cases) {
      let answer;
      try {
        answer = await runRequest(requestOf(c));
      } catch (e) {
        throw new Error(`graphql-js threw on ${file}/${c.name}: ${e.stack}`);
      }
      const { stage, result } = answer;
      out.push({ name: c.name, stage, result });
    }
    files[`${file}.json`] = JSON.stringify({ oracle: `graphql@${graphqlVersion}`, cases: out }, null, 2) + '\n';
  }
  return files;
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await buildExpected();
  const existing = existsSync(EXPECTED_DIR) ? readdirSync(EXPECTED_DIR).filter((f) => f.endsWith('.json')) : [];
  let stale = 0;
  for (const [name, text] of Object.entries(files)) {
    const path = join(EXPECTED_DIR, name);
    const old = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (old !== text) {
      stale++;
      if (check) console.error(`stale: expected/${name}`);
      else { mkdirSync(EXPECTED_DIR, { recursive: true }); writeFileSync(path, text); }
    }
  }
  for (const name of existing) {
    if (!(name in files)) {
      stale++;
      if (check) console.error(`orphan: expected/${name}`);
      else rmSync(join(EXPECTED_DIR, name));
    }
  }
  let total = 0;
  for (const text of Object.values(files)) total += JSON.parse(text).cases.length;
  if (check) {
    console.log(stale ? `expected/ is stale (${stale} files)` : `expected/ is up to date (${total} cases)`);
    process.exit(stale ? 1 : 0);
  }
  console.log(`wrote expected/ for ${Object.keys(files).length} files, ${total} cases (${stale} files changed)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
