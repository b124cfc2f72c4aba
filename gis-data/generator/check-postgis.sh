#!/usr/bin/env bash
# Loads gis-data/sample into a throwaway PostGIS (a private cluster, never the system's) with the
# project's migrations, so the real constraints and triggers judge it, then runs consistency queries.
# Optional: SYNTHETIC_COUNT=100000 also runs ../synthetic/generate_parcels.sql with that count.
# Needs postgresql-15 + postgresql-15-postgis-3 and node. Usage: bash check-postgis.sh
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
PGDIR="${PGDIR:-/tmp/planninggis-sampledata-pg}"
PORT="${PORT:-55490}"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true; [ "${KEEP:-0}" = 1 ] || rm -rf "$PGDIR"; }
trap cleanup EXIT
rm -rf "$PGDIR"; mkdir -p "$PGDIR"
[ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -o "-p $PORT -k $PGDIR -c listen_addresses=''" -l "$PGDIR/log" -w start >/dev/null
PSQL=(psql -X -q -h "$PGDIR" -p "$PORT" -U postgres -v ON_ERROR_STOP=1)
"${PSQL[@]}" -d postgres -c 'create database sample'
for m in "$ROOT"/server/PlanningGIS.Planning/Migrations/*.sql; do "${PSQL[@]}" -d sample -f "$m"; done
node "$HERE/src/to-sql.js" > "$PGDIR/load.sql"
start=$(date +%s)
"${PSQL[@]}" -d sample -f "$PGDIR/load.sql"
echo "loaded in $(( $(date +%s) - start )) s"
"${PSQL[@]}" -d sample -P pager=off -f "$HERE/checks.sql"
if [ -n "${SYNTHETIC_COUNT:-}" ]; then
  for run in 1 2; do
    start=$(date +%s)
    "${PSQL[@]}" -d sample -v count="$SYNTHETIC_COUNT" -f "$ROOT/gis-data/synthetic/generate_parcels.sql"
    echo "synthetic run $run: $SYNTHETIC_COUNT plots in $(( $(date +%s) - start )) s"
  done
  "${PSQL[@]}" -d sample -P pager=off -f "$ROOT/gis-data/synthetic/check_parcels.sql"
fi
