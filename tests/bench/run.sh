#!/usr/bin/env bash
# The GraphQL engine's benchmark: BenchmarkDotNet (PlanningGIS.GraphQL and GraphQL.NET) and graphql-js
# on the same machine, the same documents (documents/), the same data; prints one table with the ratios.
#   tests/bench/run.sh                 10 iterations of 250 ms per benchmark after 3 warm-ups (about 8 minutes)
#   BENCH_JOB=default tests/bench/run.sh   BenchmarkDotNet's default job instead (slower, tighter)
# Not part of the tests: timings never gate anything.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JOB="${BENCH_JOB:-}"
JS_SECONDS="${BENCH_JS_SECONDS:-3}"
OUT="$HERE/BenchmarkDotNet.Artifacts"
PROJECT="$HERE/PlanningGIS.GraphQL.Benchmarks/PlanningGIS.GraphQL.Benchmarks.csproj"
DLL="$HERE/PlanningGIS.GraphQL.Benchmarks/bin/Release/net10.0/PlanningGIS.GraphQL.Benchmarks.dll"

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }

if [ ! -f "$HERE/graphql-js/node_modules/.package-lock.json" ] || [ "$HERE/graphql-js/package-lock.json" -nt "$HERE/graphql-js/node_modules/.package-lock.json" ]; then
    (cd "$HERE/graphql-js" && npm ci --no-audit --no-fund --loglevel=error)
fi
say "building the benchmarks"
dotnet build "$PROJECT" -c Release -nologo -v quiet -clp:ErrorsOnly\;NoSummary

say "checking that the three engines give the same results"
for doc in simple nested introspection; do
    node "$HERE/same-results.mjs" "$doc" "$(dotnet "$DLL" --print "$doc")" \
        "$(cd "$HERE/graphql-js" && node bench.mjs --print "$doc")" "$(dotnet "$DLL" --print-graphql-net "$doc")"
done

say "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load $(cut -d' ' -f1-3 /proc/loadavg)"
JOB_ARGS=(--launchCount 1 --warmupCount 3 --iterationCount 10 --iterationTime 250)
# BenchmarkDotNet 0.15 builds a project per job; on a busy 2-core machine that takes over its 120 s default.
BUILD_ARGS=(--buildTimeout 600)
if [ -n "$JOB" ]; then JOB_ARGS=(--job "$JOB"); fi
say "dotnet $(dotnet --version), node $(node --version); BenchmarkDotNet: ${JOB_ARGS[*]}"

rm -rf "$OUT"; mkdir -p "$OUT"
say "BenchmarkDotNet (PlanningGIS.GraphQL, GraphQL.NET)"
(cd "$HERE" && dotnet "$DLL" "${JOB_ARGS[@]}" "${BUILD_ARGS[@]}" --exporters json --filter '*' --artifacts "$OUT" >"$OUT/bench-dotnet.log" 2>&1) \
    || { tail -40 "$OUT/bench-dotnet.log"; exit 1; }
grep -A30 '^| Method' "$OUT/bench-dotnet.log" | sed '/^$/q' >&2 || true

say "graphql-js (${JS_SECONDS} s per measurement after warm-up)"
(cd "$HERE/graphql-js" && node bench.mjs --json --seconds "$JS_SECONDS") > "$OUT/graphql-js.json"

say "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
node "$HERE/table.mjs" "$OUT/graphql-js.json" "$OUT"/results/*-report*.json
