#!/usr/bin/env bash
# Operations tests of the launcher, on clusters of their own (.data/test-ops): a server upgraded under
# a running cluster, durability across an immediate PostgreSQL restart, backup and restore, reads from
# a streaming standby. They call
# the launcher's functions (it is sourced) and print TAP (`# pass N` / `# fail M`) for `./planning-gis test`.
# Needs the test cluster with planninggis_template that `./planning-gis test` prepares.
source "$(dirname "${BASH_SOURCE[0]}")/../../planning-gis"
set +e -uo pipefail

OPS="$DATA/test-ops"
TEMPLATE_CLUSTER="$DATA/test-pg"

free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }

# Cluster A: a durable cluster (as `run` makes it) with a copy of the sample database, restored
# from an archive in the backup format that holds the test template and no files.
prepare_cluster_a() {
    local seed="$OPS/seed"
    mkdir -p "$seed/files"
    PGPASSWORD="$(cat "$TEMPLATE_CLUSTER.password")" "$PG_BIN/pg_dump" -h 127.0.0.1 -p "$TEST_PG_PORT" -U "$DB_USER" -Fc \
        -f "$seed/database.dump" planninggis_template
    (cd "$seed" && sha256sum database.dump > MANIFEST.sha256)
    tar -C "$seed" -cf "$OPS/seed.tar" MANIFEST.sha256 database.dump files
    DATA="$OPS/a" PG_PORT="$(free_port)"
    ( cmd_restore "$OPS/seed.tar" )
    cluster="$DATA/pg"
    cluster_start "$cluster" "$PG_PORT"
}

# The host serving cluster A, as `run` starts it (documents and photos under $DATA/files); $1: another connection string.
start_host() {
    HOST_URL="http://127.0.0.1:$(free_port)"
    PLANNINGGIS_DATABASE="${1:-$(connection_string "$cluster" "$PG_PORT" "$DB_NAME")}" Planning__DemoAccountsFile="$DATA/demo-accounts.txt" \
    Planning__DocumentsDirectory="$DATA/files" Planning__PhotosDirectory="$DATA/files/photos" Urls="$HOST_URL" \
    Logging__LogLevel__Default=Warning \
        dotnet "$HOST_DLL" --contentRoot "$ROOT/server/PlanningGIS.Host" > "$OPS/host.log" 2>&1 &
    host_pid=$!
    wait_for_http "$HOST_URL/healthz" "$host_pid"
}

stop_host() { kill "$host_pid" 2>/dev/null; wait "$host_pid" 2>/dev/null; host_pid=""; }

# POST /graphql: $1 token or "", $2 JSON body; prints the body, then the HTTP status on a line of its own.
graphql() {
    curl -sS -w '\n%{http_code}' -X POST "$HOST_URL/graphql" -H 'content-type: application/json' \
        ${1:+-H "authorization: Bearer $1"} --data-binary "$2"
}

login() { # $1 role: prints the token of its demo account
    local username password
    read -r username password < <(grep "^$1" "$DATA/demo-accounts.txt")
    graphql "" "{\"query\":\"mutation { login(username: \\\"$username\\\", password: \\\"$password\\\") { token } }\"}" \
        | grep -o '"token":"[^"]*"' | cut -d'"' -f4
}

pass=0; fail=0; number=0
host_pid=""
cleanup() {
    if [ -n "$host_pid" ]; then stop_host; fi
    for dir in "$OPS"/*/pg; do cluster_stop "$dir"; done
}
trap cleanup EXIT
cluster_stop "$OPS/a/pg"; cluster_stop "$OPS/b/pg"
rm -rf "$OPS"; mkdir -p "$OPS"

echo "TAP version 13"
if ! prepare_cluster_a > "$OPS/setup.log" 2>&1; then
    echo "not ok 1 - preparing cluster A"; sed 's/^/# /' "$OPS/setup.log"; echo "# pass 0"; echo "# fail 1"; exit 1
fi
for file in "$(dirname "${BASH_SOURCE[0]}")"/*.test.sh; do source "$file"; done
# Each test runs in a subshell under set -e: its first failing command fails it.
for name in $(declare -F | awk '$3 ~ /^test_/ { print $3 }' | sort); do
    number=$((number + 1))
    started=$SECONDS
    # Not in an if: there, set -e would be ignored in the whole subshell, so a failing check would not fail the test.
    (set -e; "$name") > "$OPS/$name.log" 2>&1
    if [ $? -eq 0 ]; then
        pass=$((pass + 1)); title="${name#test_*_}"; echo "ok $number - ${title//_/ } ($((SECONDS - started)) s)"
    else
        fail=$((fail + 1)); title="${name#test_*_}"; echo "not ok $number - ${title//_/ }"; sed 's/^/# /' "$OPS/$name.log"
    fi
done
echo "1..$number"
echo "# pass $pass"
echo "# fail $fail"
[ "$fail" -eq 0 ]
