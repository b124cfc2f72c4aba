# Item 14: `backup FILE` of cluster A and its stored files, `restore FILE` into an empty folder B.

# Every table's rows, in a stable order, as one checksum per table.
table_checksums() { # $1 cluster dir, $2 port
    psql_on "$1" "$2" "$DB_NAME" -tA -F ' ' <<'SQL'
select format('select %L, md5(coalesce(string_agg(t::text, E''\n'' order by t::text), '''')) from %I.%I t', schemaname, schemaname, tablename)
from pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1
\gexec
SQL
}

# The sha256 of every stored file, by path under files/.
file_checksums() { (cd "$1/files" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }

test_4_backup_and_restore_into_an_empty_folder_give_the_same_data_files_and_checksums() {
    local archive="$OPS/backup.tar" source="$DATA"
    # A document and a violation photo stored through the API, so that both folders are in the archive.
    start_host
    trap stop_host EXIT
    local planner inspector response
    planner="$(login planner)"; inspector="$(login inspector)"
    response="$(graphql "$planner" '{"query":"mutation($i: AddDocumentInput!) { addDossierDocument(input: $i) { sha256 } }","variables":{"i":{"dossierCode":"QHPK-KCX1","title":"Bản đồ sao lưu","kind":"DRAWING","fileName":"ban-do.pdf","contentType":"application/pdf","contentBase64":"JVBERi0xLjQKJcTl8uXrCjEgMCBvYmoKPDw+PgplbmRvYmoKdHJhaWxlcgo8PD4+CiUlRU9GCg=="}}}')"
    [ "${response##*$'\n'}" = 200 ] && [[ "$response" == *'"sha256"'* ]] || { echo "document upload: $response"; exit 1; }
    response="$(graphql "$inspector" '{"query":"mutation($i: FlagViolationInput!) { flagViolation(input: $i) { code } }","variables":{"i":{"geometry":{"type":"Point","coordinates":[106.581736,21.6745064]},"category":"UNAUTHORISED_CONSTRUCTION","description":"Sao lưu: ảnh hiện trường","photos":[{"fileName":"anh.jpg","contentType":"image/jpeg","contentBase64":"/9j/4AAQSkZJRgAB/9k="}]}}}')"
    [ "${response##*$'\n'}" = 200 ] && [[ "$response" == *'"VP-'* ]] || { echo "violation with photo: $response"; exit 1; }
    stop_host
    [ -n "$(ls -A "$source/files/photos")" ] && [ -n "$(find "$source/files" -path "$source/files/photos" -prune -o -type f -print)" ]

    # The backup is taken while the cluster runs, as while `run` serves.
    ( cmd_backup "$archive" ) # in a subshell: its EXIT trap cleans up there
    [ -s "$archive" ]
    local expected_tables expected_files
    expected_tables="$(table_checksums "$cluster" "$PG_PORT")"
    expected_files="$(file_checksums "$source")"

    DATA="$OPS/b" PG_PORT="$(free_port)"
    ( cmd_restore "$archive" )
    cluster_start "$DATA/pg" "$PG_PORT"
    trap 'cluster_stop "$DATA/pg"' EXIT
    diff <(echo "$expected_tables") <(table_checksums "$DATA/pg" "$PG_PORT")
    diff <(echo "$expected_files") <(file_checksums "$DATA")
    cmp "$source/demo-accounts.txt" "$DATA/demo-accounts.txt" # `run` keeps the demo accounts' passwords
    # The checksums recorded in the database are those of the restored files.
    psql_on "$DATA/pg" "$PG_PORT" "$DB_NAME" -tA -F ' ' -c "select sha256, storage_path from dossier_documents where storage_path <> '' union all select sha256, 'photos/' || storage_path from violation_photos" \
        > "$OPS/recorded.txt"
    local sha path checked=0
    while read -r sha path; do
        [ -f "$DATA/files/$path" ] || continue # sample rows whose files were never uploaded
        [ "$(sha256sum < "$DATA/files/$path" | cut -d' ' -f1)" = "$sha" ] || { echo "$path does not match its recorded sha256"; exit 1; }
        checked=$((checked + 1))
    done < "$OPS/recorded.txt"
    [ "$checked" -ge 2 ] || { echo "only $checked stored files were checked"; exit 1; }
}

test_5_restore_refuses_a_folder_that_already_has_a_database() {
    ! ( cmd_restore "$OPS/backup.tar" ) 2> "$OPS/refused.txt"
    grep -q "already has a database" "$OPS/refused.txt"
    [ "$(psql_on "$cluster" "$PG_PORT" "$DB_NAME" -tAc "select count(*) > 0 from plots")" = t ]
}

test_6_a_damaged_backup_is_refused_and_leaves_the_folder_empty() {
    local damaged="$OPS/damaged.tar" unpacked="$OPS/damaged"
    mkdir -p "$unpacked"
    tar -C "$unpacked" -xf "$OPS/backup.tar"
    printf 'x' >> "$unpacked/database.dump"
    tar -C "$unpacked" -cf "$damaged" .
    DATA="$OPS/c" PG_PORT="$(free_port)"
    ! ( cmd_restore "$damaged" ) 2> "$OPS/damaged.txt"
    grep -q "is damaged" "$OPS/damaged.txt"
    [ ! -e "$DATA/pg" ] && [ ! -e "$DATA/files" ]
}
