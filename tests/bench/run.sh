#!/usr/bin/env bash
# The GraphQL engine's benchmark: BenchmarkDotNet (PlanningGIS.GraphQL) and graphql-js on the same
# machine, the same documents (documents/), the same data; prints one table with the ratio.
#   tests/bench/run.sh                 10 iterations of 250 ms per benchmark after 3 warm-ups (about 3 minutes)
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

say "checking that both engines give the same results"
for doc in simple nested introspection; do
    node -e '
        const [a, b] = process.argv.slice(1).map(s => JSON.parse(s));
        const same = JSON.stringify(a) === JSON.stringify(b);
        if (!same) { console.error("results differ for '"$doc"'"); process.exit(1); }' \
        "$(dotnet "$DLL" --print "$doc")" "$(cd "$HERE/graphql-js" && node bench.mjs --print "$doc")"
done

say "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load $(cut -d' ' -f1-3 /proc/loadavg)"
JOB_ARGS=(--launchCount 1 --warmupCount 3 --iterationCount 10 --iterationTime 250)
if [ -n "$JOB" ]; then JOB_ARGS=(--job "$JOB"); fi
say "dotnet $(dotnet --version), node $(node --version); BenchmarkDotNet: ${JOB_ARGS[*]}"

rm -rf "$OUT"; mkdir -p "$OUT"
say "BenchmarkDotNet (PlanningGIS.GraphQL)"
(cd "$HERE" && dotnet "$DLL" "${JOB_ARGS[@]}" --exporters json --filter '*' --artifacts "$OUT" >"$OUT/bench-dotnet.log" 2>&1) \
    || { tail -40 "$OUT/bench-dotnet.log"; exit 1; }
grep -A30 '^| Method' "$OUT/bench-dotnet.log" | sed '/^$/q' >&2 || true

say "graphql-js (${JS_SECONDS} s per measurement after warm-up)"
(cd "$HERE/graphql-js" && node bench.mjs --json --seconds "$JS_SECONDS") > "$OUT/graphql-js.json"

say "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
node "$HERE/table.mjs" "$(ls "$OUT"/results/*-report*.json | head -1)" "$OUT/graphql-js.json"
