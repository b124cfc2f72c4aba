// Merges BenchmarkDotNet's JSON report and graphql-js's bench output into one markdown table.
//   node table.mjs <BenchmarkDotNet *-report*.json> <graphql-js.json>
import { readFileSync } from 'node:fs';

const [dotnetFile, jsFile] = process.argv.slice(2);
const dotnet = JSON.parse(readFileSync(dotnetFile, 'utf8'));
const js = JSON.parse(readFileSync(jsFile, 'utf8'));

const ours = new Map();
for (const b of dotnet.Benchmarks) {
  const documentName = /Document=(\w+)/.exec(b.Parameters ?? '')?.[1];
  ours.set(`${documentName}/${b.Method}`, {
    nsPerOp: b.Statistics.Min,
    medianNsPerOp: b.Statistics.Median,
    allocated: b.Memory?.BytesAllocatedPerOperation,
  });
}
const theirs = new Map(js.results.map((r) => [`${r.document}/${r.stage}`, r]));

const fmtOps = (ns) => Math.round(1e9 / ns).toLocaleString('en-US');
const fmtTime = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(2)} µs`);
const fmtBytes = (b) => (b == null ? '?' : b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MB` : b >= 1024 ? `${(b / 1024).toFixed(1)} KB` : `${b} B`);

const rows = [];
let below = 0;
for (const documentName of ['simple', 'nested', 'introspection']) {
  for (const stage of ['Parse', 'Validate', 'Execute', 'ParseExecute', 'Service']) {
    const o = ours.get(`${documentName}/${stage}`);
    if (!o) continue;
    const t = theirs.get(`${documentName}/${stage}`);
    const ratio = t ? t.nsPerOp / o.nsPerOp : null;
    const medianRatio = t ? t.medianNsPerOp / o.medianNsPerOp : null;
    if (ratio != null && ratio < 3) below++;
    const label = { Service: 'Service (cached document, limits)', ParseExecute: 'Parse + execute (new document)' }[stage] ?? stage;
    rows.push(`| ${documentName} | ${label} | ${fmtOps(o.nsPerOp)} | ${fmtTime(o.nsPerOp)} | ${fmtBytes(o.allocated)} | ${t ? fmtOps(t.nsPerOp) : '—'} | ${t ? fmtTime(t.nsPerOp) : '—'} | ${ratio == null ? '—' : `**${ratio.toFixed(1)}×**`} | ${medianRatio == null ? '—' : `${medianRatio.toFixed(1)}×`} |`);
  }
}
console.log(`| Document | Stage | PlanningGIS.GraphQL ops/s | time/op | allocated/op | graphql-js ${js.graphql} ops/s | time/op | ratio | ratio of medians |`);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log();
console.log('Best iteration of each side (BenchmarkDotNet: Min of its iterations; graphql-js: best of 10 rounds); the last column compares medians.');
console.log(below === 0 ? 'Every stage is at least 3× graphql-js.' : `${below} stage(s) below the 3× goal.`);
