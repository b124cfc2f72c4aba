#!/usr/bin/env bash
# Stall benchmark (issue 9, item 2): other clients' planningAt p50/p99, alone and while
# BENCH_ATTACKERS clients send the worst documents of the issue in a loop, on the sample data.
# Not a test: timings never gate anything. Loopback only, bounded duration.
#
#   tests/bench/stall/run.sh                 this tree's host
#   BENCH_BEFORE=8a1542c tests/bench/stall/run.sh   also the host of that commit first (built from git archive)
#
# Settings (environment):
#   BENCH_DURATION=15     seconds per measurement (after a 3 s warm-up)
#   BENCH_ATTACKERS=4     clients sending the worst documents
#   BENCH_WORST=issue     issue 9's documents; "admitted": the most expensive ones the default limits admit
#   BENCH_PG_PORT=55470   port of the throwaway PostgreSQL cluster (.data/stall-pg, removed afterwards)
#   BENCH_HOST_PORT=5097  port of the host under test
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DATA="$ROOT/.data"
CLUSTER="$DATA/stall-pg"
PG_BIN="/usr/lib/postgresql/15/bin"
PG_PORT="${BENCH_PG_PORT:-55470}"
HOST_PORT="${BENCH_HOST_PORT:-5097}"
DB=planninggis_stall
USER_NAME=planning

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'bench-stall: %s\n' "$*" >&2; exit 1; }
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { PGPASSWORD="$(cat "$CLUSTER.password")" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$USER_NAME" "$@"; }

host_pid=""; before_tree=""
cleanup() {
    local status=$?
    if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
    if [ -d "$CLUSTER" ]; then as_owner "$PG_BIN/pg_ctl" -D "$CLUSTER" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$CLUSTER" "$CLUSTER-run" "$CLUSTER.password"
    if [ -n "$before_tree" ]; then rm -rf "$before_tree"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v psql >/dev/null && [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 is missing: run ./planning-gis run once (it installs it)."
node -e 'fetch' 2>/dev/null || die "Node.js 18 or later is needed (fetch)."

# The trees to measure: the commit of BENCH_BEFORE (exported clean), then this one.
trees=()
if [ -n "${BENCH_BEFORE:-}" ]; then
    before_tree="$(mktemp -d)"
    say "exporting $BENCH_BEFORE"
    git -C "$ROOT" archive "$BENCH_BEFORE" | tar -x -C "$before_tree"
    trees+=("$before_tree")
fi
trees+=("$ROOT")
for tree in "${trees[@]}"; do
    say "building the host of ${tree} (Release)"
    dotnet build "$tree/server/PlanningGIS.Host/PlanningGIS.Host.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly\;NoSummary
done

say "creating the throwaway PostgreSQL cluster .data/stall-pg (port $PG_PORT)"
rm -rf "$CLUSTER" "$CLUSTER-run"
mkdir -p "$DATA" "$CLUSTER" "$CLUSTER-run"
chmod 755 "$DATA"
head -c 18 /dev/urandom | base64 | tr -d '+/=' > "$CLUSTER.password"
chmod 600 "$CLUSTER.password"
pwfile="$(mktemp)"; cp "$CLUSTER.password" "$pwfile"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$CLUSTER" "$CLUSTER-run" "$pwfile"; fi
chmod 700 "$CLUSTER"
as_owner "$PG_BIN/initdb" -D "$CLUSTER" -U "$USER_NAME" --pwfile="$pwfile" --auth-local=scram-sha-256 \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
rm -f "$pwfile"
printf '%s\n' "listen_addresses = '127.0.0.1'" "port = $PG_PORT" "unix_socket_directories = '$CLUSTER-run'" \
    "max_connections = 200" "fsync = off" "synchronous_commit = off" "full_page_writes = off" \
    | as_owner tee -a "$CLUSTER/postgresql.conf" >/dev/null
as_owner "$PG_BIN/pg_ctl" -D "$CLUSTER" -l "$CLUSTER-run/postgres.log" -w -t 60 start >/dev/null
DATABASE="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=$USER_NAME;Password=$(cat "$CLUSTER.password")"

say "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
for tree in "${trees[@]}"; do
    label="$( [ "$tree" = "$ROOT" ] && git -C "$ROOT" rev-parse --short HEAD || echo "$BENCH_BEFORE" )"
    dll="$tree/server/PlanningGIS.Host/bin/Release/net10.0/PlanningGIS.Host.dll"
    sql -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
    say "$label: migrations and sample data"
    PLANNINGGIS_DATABASE="$DATABASE" Planning__LoadSampleData=true Planning__SampleDataDirectory="$ROOT/gis-data/sample" \
        Logging__LogLevel__Default=Warning dotnet "$dll" migrate --contentRoot "$tree/server/PlanningGIS.Host"
    sql -d "$DB" -c "vacuum analyze" >/dev/null
    say "$label: starting the host on 127.0.0.1:$HOST_PORT"
    PLANNINGGIS_DATABASE="$DATABASE" Urls="http://127.0.0.1:$HOST_PORT" Logging__LogLevel__Default=Warning \
        dotnet "$dll" --contentRoot "$tree/server/PlanningGIS.Host" >"$DATA/stall-host.log" 2>&1 &
    host_pid=$!
    for _ in $(seq 1 240); do
        curl -fsS -o /dev/null "http://127.0.0.1:$HOST_PORT/healthz" 2>/dev/null && break
        kill -0 "$host_pid" 2>/dev/null || die "the host stopped during start-up (see .data/stall-host.log)"
        sleep 0.5
    done
    say "$label: ${BENCH_DURATION:-15} s alone, then ${BENCH_DURATION:-15} s with ${BENCH_ATTACKERS:-4} attackers"
    URL="http://127.0.0.1:$HOST_PORT/graphql" BENCH_LABEL="$label" node "$HERE/stall.mjs"
    kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
done
