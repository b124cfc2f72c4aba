# Item 15: `run` may apt-get install while a cluster from an earlier run is still running. The
# upgrade is simulated: PG_SERVER (the installed binary the check looks at) is a file written after
# the cluster started, as apt would leave the new /usr/lib/postgresql/15/bin/postgres.

test_1_a_cluster_started_after_its_server_was_installed_is_current() {
    ! cluster_outdated "$cluster"
    cluster_start "$cluster" "$PG_PORT" # nothing to do
}

test_2_a_running_cluster_whose_server_was_upgraded_is_restarted() {
    local before after upgraded="$OPS/postgres-upgraded"
    before="$(head -1 "$cluster/postmaster.pid")"
    cp "$PG_BIN/postgres" "$upgraded"
    PG_SERVER="$upgraded"
    cluster_outdated "$cluster"
    cluster_start "$cluster" "$PG_PORT"
    after="$(head -1 "$cluster/postmaster.pid")"
    [ "$after" != "$before" ] || { echo "the postmaster was not restarted (pid $before)"; exit 1; }
    # The restarted server is newer than the upgrade, and it serves.
    ! cluster_outdated "$cluster"
    [ "$(psql_on "$cluster" "$PG_PORT" "$DB_NAME" -tAc "select count(*) > 0 from plots")" = t ]
}
