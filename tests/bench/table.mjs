// Merges BenchmarkDotNet's JSON reports (ours: EngineBenchmarks, GraphQL.NET: GraphQLNetBenchmarks)
// and graphql-js's bench output into one markdown table.
//   node table.mjs <graphql-js.json> <BenchmarkDotNet *-report*.json>...
import { readFileSync } from 'node:fs';

const [jsFile, ...dotnetFiles] = process.argv.slice(2);
const js = JSON.parse(readFileSync(jsFile, 'utf8'));

const engines = { EngineBenchmarks: new Map(), GraphQLNetBenchmarks: new Map() };
for (const file of dotnetFiles) {
  for (const b of JSON.parse(readFileSync(file, 'utf8')).Benchmarks) {
    const documentName = /Document=(\w+)/.exec(b.Parameters ?? '')?.[1];
    engines[b.Type]?.set(`${documentName}/${b.Method}`, {
      nsPerOp: b.Statistics.Min,
      medianNsPerOp: b.Statistics.Median,
      allocated: b.Memory?.BytesAllocatedPerOperation,
    });
  }
}
const ours = engines.EngineBenchmarks;
const net = engines.GraphQLNetBenchmarks;
const theirs = new Map(js.results.map((r) => [`${r.document}/${r.stage}`, r]));

const fmtOps = (ns) => Math.round(1e9 / ns).toLocaleString('en-US');
const fmtTime = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(2)} µs`);
const fmtBytes = (b) => (b == null ? '?' : b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MB` : b >= 1024 ? `${(b / 1024).toFixed(1)} KB` : `${b} B`);
const ratio = (other, o, key) => (other && o ? `${(other[key] / o[key]).toFixed(1)}×` : '—');
const cells = (r, withAlloc) => (r ? [fmtOps(r.nsPerOp), fmtTime(r.nsPerOp), ...(withAlloc ? [fmtBytes(r.allocated)] : [])] : withAlloc ? ['—', '—', '—'] : ['—', '—']);

const labels = {
  ParseExecute: 'Parse + execute (new document)',
  Request: 'Request: parse + validate + execute',
  Service: 'Request, cached document',
};
console.log(`| Document | Stage | PlanningGIS.GraphQL ops/s | time/op | alloc/op | GraphQL.NET 8.8.5 ops/s | time/op | alloc/op | graphql-js ${js.graphql} ops/s | time/op | ours ÷ GraphQL.NET | ours ÷ graphql-js |`);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const documentName of ['simple', 'nested', 'introspection']) {
  for (const stage of ['Parse', 'Validate', 'Execute', 'ParseExecute', 'Request', 'Service']) {
    const o = ours.get(`${documentName}/${stage}`);
    if (!o) continue;
    const n = net.get(`${documentName}/${stage}`);
    const t = theirs.get(`${documentName}/${stage}`);
    const best = (other) => ratio(other, o, 'nsPerOp');
    const median = (other) => ratio(other, o, 'medianNsPerOp');
    const both = (other) => (other ? `**${best(other)}** (${median(other)})` : '—');
    console.log(`| ${documentName} | ${labels[stage] ?? stage} | ${[...cells(o, true), ...cells(n, true), ...cells(t, false), both(n), both(t)].join(' | ')} |`);
  }
}
console.log();
console.log('Best iteration of each (BenchmarkDotNet: Min of its iterations; graphql-js: best of 10 rounds); a ratio is how many times');
console.log('faster ours is, from the best iterations (in brackets: from the medians). graphql-js has no document cache of its own.');
