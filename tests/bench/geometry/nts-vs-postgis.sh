#!/usr/bin/env bash
# PostGIS-written GeoJSON and PostGIS checks against NTS objects over Npgsql (Npgsql.NetTopologySuite,
# NetTopologySuite.IO.GeoJSON4STJ): (a) a page of 500 plots as JSON, (b) checking an edited boundary.
# Not a test: timings never gate anything. Runs against the private database of './planning-gis run'
# (started here if it is not running; created with the sample data if there is none), or against
# PLANNINGGIS_DATABASE (a connection string to a database with the sample data).
#   tests/bench/geometry/nts-vs-postgis.sh [plots per page, default 500]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }

# shellcheck source=../../../planning-gis
source "$ROOT/planning-gis"
database="${PLANNINGGIS_DATABASE:-}"
if [ -z "$database" ]; then
    cluster="$DATA/pg"
    fresh=no
    if [ ! -f "$cluster/PG_VERSION" ]; then cluster_create "$cluster" "$PG_PORT"; fresh=yes; fi
    if ! cluster_running "$cluster"; then
        cluster_start "$cluster" "$PG_PORT"
        trap 'cluster_stop "$cluster"' EXIT
    fi
    database="$(connection_string "$cluster" "$PG_PORT" "$DB_NAME")"
    if [ $fresh = yes ]; then
        # As './planning-gis run' does at start-up, without the server: migrations and the sample data.
        database_create "$cluster" "$PG_PORT" "$DB_NAME"
        build_server "$ROOT/server/PlanningGIS.Host/PlanningGIS.Host.csproj"
        say "loading the sample data"
        PLANNINGGIS_DATABASE="$database" Planning__LoadSampleData=true Planning__SampleDataDirectory="$ROOT/gis-data/sample" \
        Logging__LogLevel__Default=Warning dotnet "$HOST_DLL" migrate --contentRoot "$ROOT/server/PlanningGIS.Host"
    fi
fi
say "building"
dotnet build "$HERE/GeometryBench" -c Release -nologo -v quiet -clp:ErrorsOnly\;NoSummary
say "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(psql --version | head -1)"
dotnet "$HERE/GeometryBench/bin/Release/net10.0/GeometryBench.dll" "$database" "${1:-500}"
say "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
