# Issue 10, item 7: a streaming standby of cluster A (pg_basebackup -R) answers the API's reads, the
# primary takes every write, and a session reads its own write at once. What answered is seen by
# pausing the standby's replay: the standby then still has the old zone name, the primary the new one.

STANDBY="$OPS/standby/pg"
# Chosen once, when the runner sources this file: every test (each in its own subshell) finds the standby there.
STANDBY_PORT="${PLANNINGGIS_TEST_STANDBY_PORT:-$(free_port)}"
ZONE=CK-BINH-NGHI

# Cluster A's standby, created at the first call (a base backup streams the WAL it needs) and started.
standby_ready() {
    if [ ! -f "$STANDBY/PG_VERSION" ]; then
        mkdir -p "$STANDBY-run"
        if [ "$(id -u)" -eq 0 ]; then chown postgres: "$(dirname "$STANDBY")" "$STANDBY-run"; fi
        cp "$cluster.password" "$STANDBY.password"
        # -R: standby.signal and primary_conninfo (with the password) in postgresql.auto.conf.
        pg_as_owner env PGPASSWORD="$(cat "$cluster.password")" "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" \
            -D "$STANDBY" -R -X stream -c fast
        printf "port = %s\nunix_socket_directories = '%s'\n" "$STANDBY_PORT" "$STANDBY-run" | pg_as_owner tee -a "$STANDBY/postgresql.conf" > /dev/null
    fi
    cluster_start "$STANDBY" "$STANDBY_PORT"
    [ "$(psql_on "$STANDBY" "$STANDBY_PORT" "$DB_NAME" -tAc "select pg_is_in_recovery()")" = t ]
}

# How long Npgsql trusts what it found a server to be (up, down, standby): short, so a restarted server is used again soon.
RECHECK=4

# The host with both servers in its connection string.
start_host_with_standby() {
    start_host "Host=127.0.0.1:$PG_PORT,127.0.0.1:$STANDBY_PORT;Database=$DB_NAME;Username=$DB_USER;Password=$(cat "$cluster.password");Host Recheck Seconds=$RECHECK"
}

on_standby() { psql_on "$STANDBY" "$STANDBY_PORT" "$DB_NAME" -tAc "$1"; }
on_primary() { psql_on "$cluster" "$PG_PORT" "$DB_NAME" -tAc "$1"; }

zone_name() { # $1 token or "": the zone's name as the API answers it
    graphql "$1" "{\"query\":\"{ zone(code: \\\"$ZONE\\\") { name } }\"}" | head -1 | grep -o '"name":"[^"]*"' | cut -d'"' -f4
}

rename_zone() { # $1 token, $2 new name, $3 the version edited (default: the primary's): prints the answer, then its status
    local version="${3:-$(on_primary "select version from zones where code = '$ZONE'")}"
    graphql "$1" "{\"query\":\"mutation(\$i: UpdateZoneInput!) { updateZone(input: \$i) { name } }\",\"variables\":{\"i\":{\"code\":\"$ZONE\",\"expectedVersion\":$version,\"legalBasis\":\"QĐ thử bản sao\",\"name\":\"$2\"}}}"
}

health() { curl -sS "$HOST_URL/healthz"; }

# The standby has replayed everything the primary has written so far.
wait_for_replay() {
    local target; target="$(on_primary "select pg_current_wal_lsn()")"
    for _ in $(seq 1 100); do
        [ "$(on_standby "select pg_last_wal_replay_lsn() >= '$target'")" = t ] && return 0
        sleep 0.1
    done
    echo "the standby did not replay up to $target in 10 s"; return 1
}

test_7_the_standby_answers_reads_the_primary_writes_and_a_session_reads_its_own_write() {
    standby_ready
    start_host_with_standby
    trap 'on_standby "select pg_wal_replay_resume()" > /dev/null || true; stop_host' EXIT
    local body; body="$(health)"
    echo "$body" | grep -q "\"standby\":{\"reachable\":true,\"server\":\"127.0.0.1:$STANDBY_PORT\"" || { echo "healthz: $body"; exit 1; }
    echo "$body" | grep -q '"status":"ok"'

    local writer reader before renamed answer
    writer="$(login planner)"; reader="$(login planner)" # two sessions of one user: the key is the session
    [ -n "$writer" ] && [ -n "$reader" ]
    before="$(zone_name "")"
    [ -n "$before" ]

    on_standby "select pg_wal_replay_pause()" > /dev/null
    renamed="Khu thử bản sao $RANDOM"
    answer="$(rename_zone "$writer" "$renamed")"
    # The standby is read-only: a successful edit went to the primary, and its answer is the new name.
    echo "$answer" | grep -q "\"updateZone\":{\"name\":\"$renamed\"}" || { echo "the edit: $answer"; exit 1; }
    [ "$(on_primary "select name from zones where code = '$ZONE'")" = "$renamed" ]

    [ "$(zone_name "$writer")" = "$renamed" ] || { echo "the writer did not read its own write"; exit 1; }
    [ "$(zone_name "")" = "$before" ] || { echo "an anonymous read was not answered by the (paused) standby"; exit 1; }
    [ "$(zone_name "$reader")" = "$before" ] || { echo "another session's read was not answered by the standby"; exit 1; }
    body="$(health)"
    echo "$body" | grep -q '"replayPaused":true,"sessionsReadingFromPrimary":1' || { echo "healthz: $body"; exit 1; }
    echo "paused standby: $(echo "$body" | grep -o '"replayLagBytes":[0-9]*')"

    # Replay resumes: everyone sees the edit, and the writer goes back to the standby.
    local started=$EPOCHREALTIME
    on_standby "select pg_wal_replay_resume()" > /dev/null
    for _ in $(seq 1 100); do [ "$(zone_name "")" = "$renamed" ] && break; sleep 0.05; done
    [ "$(zone_name "")" = "$renamed" ] || { echo "the standby did not catch up"; exit 1; }
    echo "anonymous reads saw the edit $(( (${EPOCHREALTIME/./} - ${started/./}) / 1000 )) ms after replay resumed"
    # /healthz asks the standby how far it has replayed, and so ends the writer's stay on the primary
    # (the WAL position recorded after the commit may be a little past the commit: background WAL).
    for _ in $(seq 1 40); do health | grep -q '"sessionsReadingFromPrimary":0' && break; sleep 0.05; done
    health | grep -q '"sessionsReadingFromPrimary":0' || { echo "healthz: $(health)"; exit 1; }

    on_standby "select pg_wal_replay_pause()" > /dev/null
    rename_zone "$reader" "$before" | grep -q "\"name\":\"$before\""
    [ "$(zone_name "$writer")" = "$renamed" ] || { echo "the writer still reads from the primary after the standby caught up"; exit 1; }
    [ "$(zone_name "$reader")" = "$before" ]
    on_standby "select pg_wal_replay_resume()" > /dev/null

    # Without a paused replay, how far behind the standby is just after an edit (this machine, other work on it).
    local lags=() i
    for i in 1 2 3 4 5; do
        rename_zone "$writer" "$renamed $i" > /dev/null
        started=$EPOCHREALTIME
        until [ "$(zone_name "")" = "$renamed $i" ]; do sleep 0.005; done
        lags+=("$(( (${EPOCHREALTIME/./} - ${started/./}) / 1000 ))")
    done
    echo "an edit seen by anonymous reads after (ms, including one API read): ${lags[*]}"
}

test_8_reads_go_on_without_the_standby_and_without_the_primary() {
    standby_ready
    wait_for_replay
    start_host_with_standby
    trap 'cluster_start "$cluster" "$PG_PORT"; standby_ready; stop_host' EXIT
    local writer before answers=() status i tile="$HOST_URL/tiles/zones/12/3260/1795.mvt"
    writer="$(login planner)"
    before="$(zone_name "")"

    # The standby draws a tile, then stops. The next tile finds the pooled connection to it broken, and
    # the primary draws it. (Npgsql asks a server what it is at most every Host Recheck Seconds: the
    # first tile asks, so the next one uses the connection without asking, as it would at any time.)
    sleep "$RECHECK"
    curl -fsS -o "$OPS/tile-standby.mvt" "$tile"
    [ -s "$OPS/tile-standby.mvt" ]
    cluster_stop "$STANDBY"
    status="$(curl -sS -o "$OPS/tile-primary.mvt" -w '%{http_code}' "$tile")"
    [ "$status" = 200 ] || { echo "a tile with the standby down: $status $(cat "$OPS/tile-primary.mvt")"; exit 1; }
    cmp "$OPS/tile-standby.mvt" "$OPS/tile-primary.mvt"
    grep -q 'A tile lost its standby' "$OPS/host.log" || { echo "the tile did not meet the broken connection"; exit 1; }
    # Reads go on, from the primary; /healthz says degraded (200); edits go on.
    for i in 1 2 3; do answers+=("$(graphql "" "{\"query\":\"{ zone(code: \\\"$ZONE\\\") { name } }\"}" | tail -1)"); done
    [ "${answers[*]}" = "200 200 200" ] || { echo "anonymous reads with the standby down: ${answers[*]}"; exit 1; }
    status="$(curl -sS -o "$OPS/health.json" -w '%{http_code}' "$HOST_URL/healthz")"
    [ "$status" = 200 ] && grep -q '"status":"degraded"' "$OPS/health.json" && grep -q '"standby":{"reachable":false' "$OPS/health.json" \
        || { echo "healthz $status: $(cat "$OPS/health.json")"; exit 1; }
    rename_zone "$writer" "Khu không bản sao" | grep -q '"name":"Khu không bản sao"'
    [ "$(zone_name "")" = "Khu không bản sao" ]

    # Back up, it answers reads again (seen with its replay paused) ...
    standby_ready
    wait_for_replay
    sleep "$RECHECK"
    on_standby "select pg_wal_replay_pause()" > /dev/null
    rename_zone "$writer" "$before" > /dev/null
    [ "$(zone_name "")" = "Khu không bản sao" ] || { echo "the restarted standby does not answer reads"; exit 1; }
    on_standby "select pg_wal_replay_resume()" > /dev/null
    wait_for_replay
    # ... and stops again (within Host Recheck Seconds of the first read above): a query on its broken
    # pooled connection runs once more, on the primary.
    cluster_stop "$STANDBY"
    answers=()
    for i in 1 2 3; do answers+=("$(graphql "" "{\"query\":\"{ zone(code: \\\"$ZONE\\\") { name } }\"}" | tail -1)"); done
    [ "${answers[*]}" = "200 200 200" ] || { echo "anonymous reads with the standby down: ${answers[*]}"; exit 1; }
    [ "$(zone_name "")" = "$before" ]
    grep -q 'A query lost its database server; it runs once more' "$OPS/host.log" || { echo "no query met the broken connection"; exit 1; }

    # The primary stops: reads are answered by the standby; an edit is 503 SERVICE_UNAVAILABLE, never a 500.
    standby_ready
    wait_for_replay
    sleep "$RECHECK"
    cluster_stop "$cluster"
    answers=()
    for i in 1 2 3; do answers+=("$(graphql "" "{\"query\":\"{ zone(code: \\\"$ZONE\\\") { name } }\"}" | tail -1)"); done
    [ "${answers[*]}" = "200 200 200" ] || { echo "anonymous reads with the primary down: ${answers[*]}"; exit 1; }
    [ "$(zone_name "")" = "$before" ]
    local edit; edit="$(rename_zone "$writer" "Khu không chính" 1 || true)"
    [ "${edit##*$'\n'}" = 503 ] && echo "$edit" | grep -q SERVICE_UNAVAILABLE || { echo "an edit with the primary down: $edit"; exit 1; }
    [ "$(curl -sS -o /dev/null -w '%{http_code}' "$HOST_URL/healthz")" = 503 ]
}
