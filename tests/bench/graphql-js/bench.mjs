// The benchmark documents through graphql-js on this machine: parse, validate and execute, each
// on its own (execute gets a parsed, validated document; no JSON.stringify), and parse + execute of
// a fresh document, and parse + validate + execute (Request: a server without a document cache,
// as graphql-http does); warm-up then a timed loop. Prints a table, or JSON with --json (tests/bench/run.sh
// reads that).
//   node bench.mjs [--json] [--seconds 2]
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate, execute } from 'graphql';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 2;
const documents = ['simple', 'nested', 'introspection'];
const dir = new URL('../documents/', import.meta.url);
const read = (name) => readFileSync(new URL(name, dir), 'utf8');

// The same data as BenchSchema.cs: 1,000 items, one owner.
const categories = ['FOOD', 'TOOLS', 'BOOKS', 'TOYS'];
const owner = { id: 'o1', name: 'Owner', items: [] };
const items = Array.from({ length: 1000 }, (_, i) => ({
  id: 'i' + i, name: 'Item ' + i, price: i * 1.5, category: categories[i % 4], tags: ['tag' + (i % 7), 'all'], owner, oldPrice: null,
}));
const rootValue = {
  hello: () => 'world',
  version: () => '1.0',
  answer: () => 42,
  items: ({ first }) => items.slice(0, first),
  item: ({ id }) => items.find((i) => i.id === id) ?? null,
  search: () => [],
  addItem: () => items[0],
};
const schema = buildSchema(read('schema.graphql'));

// Warm-up (JIT), then ROUNDS timed rounds; per round the mean time per operation. The best and the
// median round are reported: on a busy machine the best round is the least disturbed one.
const ROUNDS = 10;
function measure(fn) {
  const warmUntil = performance.now() + Math.min(1000, seconds * 500);
  while (performance.now() < warmUntil) for (let i = 0; i < 50; i++) fn();
  const budget = BigInt(Math.round((seconds / ROUNDS) * 1e9));
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    let ops = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < budget) {
      for (let i = 0; i < 50; i++) fn();
      ops += 50;
      elapsed = process.hrtime.bigint() - start;
    }
    rounds.push(Number(elapsed) / ops);
  }
  rounds.sort((a, b) => a - b);
  return { nsPerOp: rounds[0], medianNsPerOp: rounds[Math.floor(ROUNDS / 2)], opsPerSecond: 1e9 / rounds[0] };
}

// --print <document>: the result once (run.sh checks that both engines answer the same).
if (args.includes('--print')) {
  const name = args[args.indexOf('--print') + 1];
  let variableValues;
  try { variableValues = JSON.parse(read(name + '.variables.json')); } catch { variableValues = undefined; }
  process.stdout.write(JSON.stringify(execute({ schema, document: parse(read(name + '.graphql')), rootValue, variableValues })) + '\n');
  process.exit(0);
}

const results = [];
for (const name of documents) {
  const text = read(name + '.graphql');
  let variableValues;
  try { variableValues = JSON.parse(read(name + '.variables.json')); } catch { variableValues = undefined; }
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length) throw new Error(`${name} does not validate: ${errors[0].message}`);
  const check = execute({ schema, document, rootValue, variableValues });
  if (check.errors) throw new Error(`${name} fails: ${check.errors[0].message}`);
  results.push({ document: name, stage: 'Parse', ...measure(() => parse(text)) });
  results.push({ document: name, stage: 'Validate', ...measure(() => validate(schema, document)) });
  results.push({ document: name, stage: 'Execute', ...measure(() => execute({ schema, document, rootValue, variableValues })) });
  results.push({ document: name, stage: 'ParseExecute', ...measure(() => execute({ schema, document: parse(text), rootValue, variableValues })) });
  results.push({ document: name, stage: 'Request', ...measure(() => {
    const requestDocument = parse(text);
    if (validate(schema, requestDocument).length) throw new Error(`${name} does not validate`);
    return execute({ schema, document: requestDocument, rootValue, variableValues });
  }) });
}

if (asJson) {
  process.stdout.write(JSON.stringify({ node: process.version, graphql: (await import('graphql')).version, results }, null, 2) + '\n');
} else {
  console.log(`graphql-js ${(await import('graphql')).version} on node ${process.version}`);
  for (const r of results) {
    console.log(`${r.document.padEnd(14)} ${r.stage.padEnd(9)} ${r.opsPerSecond.toFixed(0).padStart(10)} ops/s  ${(r.nsPerOp / 1000).toFixed(2).padStart(9)} µs/op`);
  }
}
