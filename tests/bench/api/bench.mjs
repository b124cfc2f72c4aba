// Load for tests/bench/api/run.sh: the same two questions to the PlanningGIS host and to PostGraphile,
// each measured with autocannon for BENCH_DURATION s per concurrency in BENCH_CONNECTIONS, after a
// warm-up and a check that both answer the same. Latency percentiles come from every response's own
// time (autocannon's 'response' event, sub-millisecond), throughput from autocannon's counts.
//   node bench.mjs            measure, append JSON lines to $BENCH_RESULTS
//   node bench.mjs --table    print the results table (markdown)
import { appendFileSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import pg from "pg";

const env = process.env;
const results = env.BENCH_RESULTS;

if (process.argv.includes("--table")) {
  printTable();
  process.exit(0);
}

const duration = Number(env.BENCH_DURATION ?? 10);
const concurrencies = (env.BENCH_CONNECTIONS ?? "1 16").split(/\s+/).filter(Boolean).map(Number);
const servers = { planninggis: env.OURS, postgraphile: env.PGL };

// --- the questions --------------------------------------------------------------------------

const PLANNING_AT = `query At($lon: Float!, $lat: Float!) {
  planningAt(lon: $lon, lat: $lat) {
    vn2000 { easting northing }
    zone { code name kind }
    plot { code landUse { code nameVi } indicators { maxBuildingDensity maxFloors far } availability areaM2 }
    dossiers { code name kind status decision { number date } }
    currentLandUse { landUse { code nameVi } }
  }
}`;

// Root fields over SQL functions: what a PostGraphile user writes for "what is at this point".
const PGL_AT = `query At($lon: Float!, $lat: Float!) {
  vn2000At(lon: $lon, lat: $lat) { easting northing }
  zoneAt(lon: $lon, lat: $lat) { code name kind }
  plotAt(lon: $lon, lat: $lat) {
    code landUseCodeByLandUseCode { code nameVi } maxBuildingDensity maxFloors far availability areaM2
  }
  dossiersAt(lon: $lon, lat: $lat) { nodes { code name kind status decisionNumber decisionDate } }
  landUseAt(lon: $lon, lat: $lat) { landUseCodeByLandUseCode { code nameVi } }
}`;

const PAGE = `query Page($zone: String, $after: String) {
  plots(first: 100, after: $after, filter: { zoneCode: $zone }) {
    nodes {
      code landUse { code } areaM2 availability
      zone { code name }
      currentAllocation { code status startDate endDate }
      geometry
    }
    pageInfo { endCursor hasNextPage }
  }
}`;

const PGL_PAGE = `query Page($zoneId: BigInt!, $after: Cursor) {
  allPlots(first: 100, after: $after, orderBy: PRIMARY_KEY_ASC, condition: { zoneId: $zoneId, lifecycle: "current" }) {
    nodes {
      code landUseCode areaM2 availability
      zoneByZoneId { code name }
      currentAllocation { code status startDate endDate }
      geometry
    }
    pageInfo { endCursor hasNextPage }
  }
}`;

// --- inputs: points inside plots, pages starting at random plots -----------------------------

const db = new pg.Client({ connectionString: env.DATABASE_URL });
await db.connect();
const synthetic = env.BENCH_DATA !== "sample";
// Half the points in the sample zones (dossiers, current land use) and, with the synthetic set, half among its plots.
const points = (await db.query(`
  (select ST_X(c) as lon, ST_Y(c) as lat from (select ST_PointOnSurface(boundary) c from plots
    where lifecycle = 'current' and code not like 'SYN-%' order by random() limit 500) s)
  union all
  (select ST_X(c), ST_Y(c) from (select ST_PointOnSurface(boundary) c from plots tablesample system (1)
    where code like 'SYN-%' order by random() limit 500) s)`)).rows;
// A page starts after a random plot of a random zone (keyset paging: every page costs the same).
const starts = (await db.query(`
  select z.code as zone, z.id as zone_id, p.id - 1 as after from plots p join zones z on z.id = p.zone_id
  where p.lifecycle = 'current' and ${synthetic ? "true" : "p.code not like 'SYN-%'"}
  order by random() limit 1000`)).rows;
await db.end();

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

let n = 0;
const pick = (list) => list[n++ % list.length];
const ourCursor = (id) => Buffer.from(`id:${id}`).toString("base64");
// PostGraphile v5's cursor is base64 of [digest of the ordering, id as a string]: the digest is read
// from a page it served, so that a page can start after any plot, as with the PlanningGIS cursor.
const orderDigest = JSON.parse(Buffer.from((await post(servers.postgraphile,
  { query: "{ allPlots(first: 1, orderBy: PRIMARY_KEY_ASC) { pageInfo { endCursor } } }" })).allPlots.pageInfo.endCursor, "base64").toString())[0];
const pglCursor = (id) => Buffer.from(JSON.stringify([orderDigest, String(id)])).toString("base64");

const questions = {
  planningAt: {
    planninggis: () => { const p = pick(points); return { query: PLANNING_AT, variables: { lon: p.lon, lat: p.lat } }; },
    postgraphile: () => { const p = pick(points); return { query: PGL_AT, variables: { lon: p.lon, lat: p.lat } }; },
  },
  "plots page (100)": {
    planninggis: () => { const s = pick(starts); return { query: PAGE, variables: { zone: s.zone, after: ourCursor(s.after) } }; },
    postgraphile: () => { const s = pick(starts); return { query: PGL_PAGE, variables: { zoneId: String(s.zone_id), after: pglCursor(s.after) } }; },
  },
};

// --- check: both answer, without errors, the same plots ----------------------------------------

for (let i = 0; i < 20; i++) {
  const p = points[(i * 37) % points.length];
  const ours = (await post(servers.planninggis, { query: PLANNING_AT, variables: p })).planningAt;
  const theirs = await post(servers.postgraphile, { query: PGL_AT, variables: p });
  const same = ours.plot?.code === theirs.plotAt?.code && ours.zone?.code === theirs.zoneAt?.code
    && ours.plot?.availability === theirs.plotAt?.availability
    && JSON.stringify(ours.dossiers.map((d) => d.code)) === JSON.stringify(theirs.dossiersAt.nodes.map((d) => d.code));
  if (!same) throw new Error(`planningAt differs at ${JSON.stringify(p)}:\n${JSON.stringify(ours)}\n${JSON.stringify(theirs)}`);
  const s = starts[i];
  const ourPage = (await post(servers.planninggis, { query: PAGE, variables: { zone: s.zone, after: ourCursor(s.after) } })).plots.nodes;
  const theirPage = (await post(servers.postgraphile, { query: PGL_PAGE, variables: { zoneId: String(s.zone_id), after: pglCursor(s.after) } })).allPlots.nodes;
  if (ourPage.map((x) => x.code).join() !== theirPage.map((x) => x.code).join())
    throw new Error(`the pages after plot ${s.after} differ`);
}

// --- measure -----------------------------------------------------------------------------------

function load(url, makeBody, connections, seconds) {
  const latencies = [];
  const instance = autocannon({
    url, connections, duration: seconds, method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(makeBody()) }) }],
  });
  instance.on("response", (_client, status, _bytes, ms) => { if (status === 200) latencies.push(ms); });
  return new Promise((resolve, reject) => instance.once("done", (result) => {
    if (result.errors || result.timeouts || result.non2xx) reject(new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`));
    latencies.sort((a, b) => a - b);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    resolve({ rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), requests: latencies.length });
  }));
}

for (const [question, bodies] of Object.entries(questions)) {
  for (const connections of concurrencies) {
    for (const [server, url] of Object.entries(servers)) {
      await load(url, bodies[server], connections, 3);
      const r = await load(url, bodies[server], connections, duration);
      const line = { data: env.BENCH_DATA, question, connections, server, ...r };
      console.log(`${line.data}\t${question}\tc=${connections}\t${server}\t${r.rps.toFixed(0)} req/s\tp50 ${r.p50.toFixed(2)} ms\tp99 ${r.p99.toFixed(2)} ms`);
      appendFileSync(results, JSON.stringify(line) + "\n");
    }
  }
}

// --- report ------------------------------------------------------------------------------------

function printTable() {
  const lines = readFileSync(results, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const rows = new Map();
  for (const l of lines) {
    const key = `${l.data}|${l.question}|${l.connections}`;
    rows.set(key, { ...rows.get(key), [l.server]: l, data: l.data, question: l.question, connections: l.connections });
  }
  const f = (x, d = 2) => x.toFixed(d);
  console.log("| data | question | conc. | PlanningGIS req/s | p50 ms | p99 ms | PostGraphile req/s | p50 ms | p99 ms | req/s ratio |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows.values()) {
    const o = r.planninggis, p = r.postgraphile;
    const data = r.data === "sample" ? "sample" : `${Number(r.data).toLocaleString("en")} parcels`;
    console.log(`| ${data} | ${r.question} | ${r.connections} | ${f(o.rps, 0)} | ${f(o.p50)} | ${f(o.p99)} | ${f(p.rps, 0)} | ${f(p.p50)} | ${f(p.p99)} | ${f(o.rps / p.rps)}× |`);
  }
}
