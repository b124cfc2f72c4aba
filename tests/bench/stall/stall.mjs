// Load for tests/bench/stall/run.sh: how long a normal question takes for other clients while
// BENCH_ATTACKERS clients send the worst documents of issue 9 in a loop, against the host at $URL.
// Prints one JSON line: the normal client's p50/p99 alone and under attack, and what the attackers got.
// Plain fetch, one request at a time per client: the latency is each response's own time.

const url = process.env.URL;
const seconds = Number(process.env.BENCH_DURATION ?? 15);
const attackers = Number(process.env.BENCH_ATTACKERS ?? 4);

// The web map's main question: what is planned at a point of Đồng Đăng.
const NORMAL = {
  query: `query At($lon: Float!, $lat: Float!) { planningAt(lon: $lon, lat: $lat) {
    zone { code name kind } plot { code areaM2 availability landUse { code nameVi } } dossiers { code name status } } }`,
  variables: { lon: 106.584186, lat: 21.671156 }, // inside plot DB-B-04
};

// Issue 9, item 2: costed at about 1.4k before; 12–19 s, 56.6 MB and 35,441 SQL statements each.
const NESTED = "{ plots(first:500){ nodes { code zone { plots(first:500){ nodes { code zone { plots(first:500) { nodes { code } } } } } } } } }";
// 330 aliases of a 500-plot page with geometries: 3.8 s each.
const ALIASES = "{ " + Array.from({ length: 330 }, (_, i) => `a${i}: plots(first:500){nodes{geometry}}`).join(" ") + " }";
// The most expensive documents the default limits still admit (cost just under 50,000): what a
// hostile client can still send, and what the per-request time limit is for.
const ADMITTED_ALIASES = "{ " + Array.from({ length: 99 }, (_, i) => `a${i}: plots(first:500){nodes{geometry}}`).join(" ") + " }";
const ADMITTED_NESTED = "{ plots(first:220){ nodes { code zone { plots(first:220) { nodes { code } } } } } }";
const WORST = process.env.BENCH_WORST === "admitted" ? [ADMITTED_ALIASES, ADMITTED_NESTED] : [NESTED, ALIASES];

async function post(body) {
  const start = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { ms: performance.now() - start, status: response.status, bytes: text.length, text };
}

function codeOf(text) {
  try {
    return JSON.parse(text).errors?.[0]?.extensions?.code ?? "OK";
  } catch {
    return "NOT_JSON";
  }
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

// Every answer counts in the percentiles, failed ones too (their codes are listed).
async function normalClient(until) {
  const times = [];
  const failed = {};
  while (performance.now() < until) {
    const r = await post(NORMAL);
    const code = r.status === 200 ? codeOf(r.text) : `HTTP_${r.status}`;
    if (code !== "OK") failed[code] = (failed[code] ?? 0) + 1;
    times.push(r.ms);
  }
  times.sort((a, b) => a - b);
  return { requests: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1), failed };
}

async function attacker(index, stop) {
  const answers = [];
  for (let i = index; !stop.done; i++) {
    const r = await post({ query: WORST[i % WORST.length] });
    answers.push({ ms: r.ms, code: codeOf(r.text), bytes: r.bytes });
  }
  return answers;
}

const round = (x) => Math.round(x * 10) / 10;
const summary = (s) => ({ requests: s.requests, p50Ms: round(s.p50), p99Ms: round(s.p99), maxMs: round(s.max), failed: s.failed });

// Warm-up, then the normal client alone, then under attack.
await normalClient(performance.now() + 3000);
const alone = await normalClient(performance.now() + seconds * 1000);

const stop = { done: false };
const attacks = Array.from({ length: attackers }, (_, i) => attacker(i, stop));
await new Promise((resolve) => setTimeout(resolve, 500)); // every attacker has sent its first document
const underAttack = await normalClient(performance.now() + seconds * 1000);
stop.done = true;
const answers = (await Promise.all(attacks)).flat();

const codes = {};
for (const a of answers) codes[a.code] = (codes[a.code] ?? 0) + 1;
const attackMs = answers.map((a) => a.ms).sort((a, b) => a - b);
console.log(JSON.stringify({
  label: process.env.BENCH_LABEL ?? "",
  documents: process.env.BENCH_WORST === "admitted" ? "admitted" : "issue",
  seconds,
  attackers,
  alone: summary(alone),
  underAttack: summary(underAttack),
  attacks: { answered: answers.length, codes, p50Ms: round(percentile(attackMs, 50)), maxMs: round(attackMs.at(-1) ?? NaN),
    megabytes: round(answers.reduce((s, a) => s + a.bytes, 0) / 1e6) },
}));
