#!/usr/bin/env bash
# Import benchmark (./planning-gis bench-import [N]): N synthetic plot polygons (default 100,000) written
# to a GeoPackage, then imported as plots through our whole path (stage with GDAL, checks, preview;
# then the commit through the live tables' triggers) against plain `ogr2ogr` of the same file into
# PostGIS (the floor: no checks, no history). On a throwaway cluster (.data/bench-import-pg, removed).
# Prints rates, the ratio to ogr2ogr, and the importing process's peak RSS. Not a test.
#   BENCH_PG_PORT=55461   port of the throwaway cluster
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../../planning-gis"
count="${1:-100000}"
TEST_PG_PORT="${BENCH_PG_PORT:-55461}"
cluster="$DATA/bench-import-pg"
work="$(mktemp -d)"
trap 'cluster_stop "$cluster"; rm -rf "$cluster" "$cluster-run" "$cluster.password" "$work"' EXIT
[ -f "$HOST_DLL" ] || build_server "$ROOT/server/PlanningGIS.Host/PlanningGIS.Host.csproj"
cluster_stop "$cluster"; rm -rf "$cluster" "$cluster-run"
cluster_create "$cluster" "$TEST_PG_PORT" fast
cluster_start "$cluster" "$TEST_PG_PORT"
database_create "$cluster" "$TEST_PG_PORT" bench
database="$(connection_string "$cluster" "$TEST_PG_PORT" bench)"
say "preparing the sample database and $count synthetic plots"
PLANNINGGIS_DATABASE="$database" Planning__LoadSampleData=true Planning__SampleDataDirectory="$ROOT/gis-data/sample" \
Logging__LogLevel__Default=Warning dotnet "$HOST_DLL" migrate --contentRoot "$ROOT/server/PlanningGIS.Host"
psql_on "$cluster" "$TEST_PG_PORT" bench -v count="$count" -f "$ROOT/gis-data/synthetic/generate_parcels.sql" >/dev/null
pg="PG:host=127.0.0.1 port=$TEST_PG_PORT dbname=bench user=$DB_USER"
export PGPASSWORD="$(cat "$cluster.password")"
# The plots as a surveyor's GeoPackage would hold them (EPSG:9215), then gone from the database: the import creates them.
ogr2ogr -f GPKG "$work/plots.gpkg" "$pg" -nln plots -a_srs EPSG:9215 \
    -sql "select code, land_use_code, max_floors, far, ST_Transform(boundary, 9215) as geom from plots where code like 'SYN-%'"
psql_on "$cluster" "$TEST_PG_PORT" bench -c "alter table plots disable trigger plots_history; delete from plots where code like 'SYN-%'; alter table plots enable trigger plots_history" >/dev/null
size="$(du -m "$work/plots.gpkg" | cut -f1)"

say "floor: plain ogr2ogr into PostGIS"
start=$(date +%s.%N)
ogr2ogr -f PostgreSQL "$pg" "$work/plots.gpkg" -nln floor_plots -lco SPATIAL_INDEX=NONE -gt 65536 --config PG_USE_COPY YES
floor=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')

say "PlanningGIS: stage, check and preview, then commit"
PLANNINGGIS_DATABASE="$database" Logging__LogLevel__Default=Warning \
    dotnet "$HOST_DLL" import "$work/plots.gpkg" --target plots --commit --legal-basis "Benchmark" \
    --contentRoot "$ROOT/server/PlanningGIS.Host" 2> "$work/timing.txt" | tail -3
timing="$(grep '^# timing' "$work/timing.txt")" || { cat "$work/timing.txt"; die "the import failed"; }
stage=$(sed 's/.*stage_s=\([0-9.]*\).*/\1/' <<<"$timing"); commit=$(sed 's/.*commit_s=\([0-9.]*\).*/\1/' <<<"$timing")
rss=$(sed 's/.*peak_rss_mb=\([0-9]*\).*/\1/' <<<"$timing")
written="$(psql_on "$cluster" "$TEST_PG_PORT" bench -tAc "select count(*) from plots where code like 'SYN-%'")"
[ "$written" = "$count" ] || die "the import wrote $written plots, not $count"
rate() { awk -v n="$count" -v s="$1" 'BEGIN { printf "%d", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "| $count plots, GeoPackage ${size} MB, $(nproc) cores | seconds | features/s | vs ogr2ogr |"
echo "|---|---|---|---|"
echo "| ogr2ogr into PostGIS (floor) | $floor | $(rate "$floor") | 1.00 |"
echo "| PlanningGIS stage + checks + preview | $stage | $(rate "$stage") | $(ratio "$floor" "$stage") |"
echo "| PlanningGIS commit (triggers: snap, topology, history, audit) | $commit | $(rate "$commit") | $(ratio "$floor" "$commit") |"
echo "| importing process peak RSS | ${rss} MB | | |"
