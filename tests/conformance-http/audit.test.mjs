// graphql-http's server audit (GraphQL over HTTP) against the running PlanningGIS host.
//   PLANNINGGIS_E2E_URL=http://127.0.0.1:5081 npm test      (./planning-gis test sets it)
// Every MUST has to pass. A SHOULD may only warn if its id is in expected-warnings.txt (each one is
// explained in the README); a MAY that is not met is reported as a notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAudits } from 'graphql-http';

if (!process.env.PLANNINGGIS_E2E_URL) {
  throw new Error('Set PLANNINGGIS_E2E_URL (the running host); ./planning-gis test does.');
}
const base = new URL('/graphql', process.env.PLANNINGGIS_E2E_URL).toString();

// "ID  reason" lines; # starts a comment.
const expectedWarnings = new Map(
  readFileSync(new URL('./expected-warnings.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => [line.split(/\s+/)[0], line.slice(line.indexOf(' ') + 1).trim()]),
);

for (const audit of serverAudits({ url: base, fetchFn: fetch })) {
  test(`${audit.id} ${audit.name}`, async (t) => {
    const result = await audit.fn();
    if (result.status === 'ok') {
      if (expectedWarnings.has(audit.id)) t.diagnostic(`listed in expected-warnings.txt but passes now: remove it`);
      return;
    }
    const detail = `${result.reason} (status ${result.response?.status})`;
    if (result.status === 'error') assert.fail(`MUST not met: ${detail}`);
    if (result.status === 'warn') {
      assert.ok(expectedWarnings.has(audit.id), `SHOULD not met and not listed in expected-warnings.txt: ${detail}`);
      t.diagnostic(`expected warning: ${detail} (${expectedWarnings.get(audit.id)})`);
      return;
    }
    t.diagnostic(`notice (MAY not met): ${detail}`);
  });
}
