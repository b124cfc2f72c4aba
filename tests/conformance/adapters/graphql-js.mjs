// The oracle adapter: the same stdin/stdout protocol as EngineAdapter (see
// README.md), answered by graphql-js. Used with CONFORMANCE_ENGINE=graphql-js to
// check the harness end to end; every case must pass in this mode.
import { createRequire } from 'node:module';
import { runRequest } from '../lib/oracle.mjs';

const version = createRequire(import.meta.url)('graphql/package.json').version;

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const batch = JSON.parse(input);

const results = [];
for (const req of batch.requests) {
  try {
    const { result } = await runRequest({ ...req, schema: batch.schemas[req.schema] });
    results.push({ id: req.id, result });
  } catch (e) {
    results.push({ id: req.id, crash: String(e && e.stack ? e.stack : e) });
  }
}
process.stdout.write(JSON.stringify({ engine: `graphql-js ${version}`, results }));
