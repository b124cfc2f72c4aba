// node --test: the committed gis-data/sample is exactly what the generator makes, and it passes
// the validator. Needs cs2cs (proj-bin) and `npm ci` here (for @turf/turf).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SRC = new URL('../src/', import.meta.url).pathname;
const SAMPLE = new URL('../../sample/', import.meta.url).pathname;

test('the committed sample equals a fresh deterministic generation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planninggis-sample-'));
  try {
    execFileSync(process.execPath, [SRC + 'generate.js'], { env: { ...process.env, SAMPLE_OUT: dir }, stdio: 'pipe' });
    const files = readdirSync(dir).sort();
    assert.deepEqual(files, readdirSync(SAMPLE).sort());
    for (const f of files) assert.ok(readFileSync(join(dir, f)).equals(readFileSync(join(SAMPLE, f))), `${f} differs: run npm run generate`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the sample passes every contract and consistency check', () => {
  const r = spawnSync(process.execPath, [SRC + 'validate.js'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /sample data valid/);
});
