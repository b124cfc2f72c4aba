#!/usr/bin/env bash
# planningAt over a 50,000-vertex published dossier boundary (issue 9, item 3). Not a test: timings
# never gate anything. Needs the app serving (./planning-gis run) on its private database.
#   tests/bench/geometry/planning-at-large-boundary.sh
# Environment: PLANNINGGIS_PORT (5080), BENCH_PSQL (a psql command line; default ./planning-gis psql),
# BENCH_USER / BENCH_PASSWORD: a planner account, for the 1,000,000-vertex refusal (skipped without).
# Prints: the dossier lookup before (ST_Covers on the whole boundary) and after (boundary pieces), side
# by side in SQL; then planningAt over HTTP (p50/p99 of 300 requests); then how long a 1,000,000-vertex
# createDossier takes to be refused.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
URL="http://127.0.0.1:${PLANNINGGIS_PORT:-5080}/graphql"
read -r -a PSQL <<< "${BENCH_PSQL:-$ROOT/planning-gis psql}"
say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }

say "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
say "SQL, same 300 points, side by side"
"${PSQL[@]}" -q -f "$HERE/large-boundary.sql"
trap '"${PSQL[@]}" -q -c "delete from dossiers where code = '"'"'BENCH-50K'"'"'" >/dev/null' EXIT

say "planningAt over HTTP ($URL), 300 requests after 20 warm-ups"
times=()
for i in $(seq 1 320); do
    lon=$(awk -v s="$i" 'BEGIN { srand(s); a = 6.2832 * rand(); r = 0.015 * sqrt(rand()); printf "%.6f", 106.698 + r * cos(a) }')
    lat=$(awk -v s="$i" 'BEGIN { srand(s); a = 6.2832 * rand(); r = 0.015 * sqrt(rand()); printf "%.6f", 21.951 + r * sin(a) }')
    t=$(curl -s -o /tmp/bench-planning-at.json -w '%{time_total}' -H 'Content-Type: application/json' \
        -d "{\"query\":\"{ planningAt(lon: $lon, lat: $lat) { dossiers { code } zone { code } plot { code } } }\"}" "$URL")
    grep -q BENCH-50K /tmp/bench-planning-at.json || { echo "BENCH-50K not found at $lon $lat: $(cat /tmp/bench-planning-at.json)" >&2; exit 1; }
    [ "$i" -gt 20 ] && times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 * 1000 } END { printf "planningAt p50 %.2f ms, p99 %.2f ms (%d requests)\n", a[int(NR * 0.5)], a[int(NR * 0.99)], NR }'

if [ -n "${BENCH_USER:-}" ]; then
    say "createDossier with a 1,000,000-vertex boundary (6 decimals, so the body fits the 28 MB limit)"
    token=$(curl -s -H 'Content-Type: application/json' \
        -d "{\"query\":\"mutation { login(username: \\\"$BENCH_USER\\\", password: \\\"$BENCH_PASSWORD\\\") { token } }\"}" "$URL" \
        | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    awk 'BEGIN { printf "{\"query\":\"mutation($g: GeoJSON!) { createDossier(input: { code: \\\"BENCH-1M\\\", name: \\\"1M\\\", kind: ZONING_PLAN, status: IN_PREPARATION, geometry: $g }) { code } }\",\"variables\":{\"g\":{\"type\":\"Polygon\",\"coordinates\":[["
                 for (i = 0; i < 1000000; i++) { a = 6.2832 * (i % 999999) / 999999; printf "%s[%.6f,%.6f]", (i ? "," : ""), 106.698 + 0.02 * cos(a), 21.951 + 0.02 * sin(a) }
                 printf "]]}}}" }' > /tmp/bench-1m.json
    ls -l /tmp/bench-1m.json | awk '{ printf "body %.1f MB\n", $5 / 1048576 }'
    curl -s -o /tmp/bench-1m-answer.json -w 'answered in %{time_total} s, HTTP %{http_code}\n' -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $token" --data-binary @/tmp/bench-1m.json "$URL"
    head -c 400 /tmp/bench-1m-answer.json; echo
    rm -f /tmp/bench-1m.json /tmp/bench-1m-answer.json
fi
