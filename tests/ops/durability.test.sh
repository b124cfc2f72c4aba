# Item 14: writes under load through the API, one immediate PostgreSQL restart (a crash: no
# shutdown checkpoint), and every write the API acknowledged is there afterwards. While the
# database is away the API answers 503 SERVICE_UNAVAILABLE, never a 500.

WRITERS=4
# At most 800 writes: violation codes are numbered per day (VP-yyyymmdd-NNN), and this must not
# depend on more than 999 in a day (issue 9, item 4).
WRITES_PER_WRITER=200

# Flags violations (each with a photo) until $OPS/stop exists, at most WRITES_PER_WRITER; one line per answer.
write_violations() { # $1 token, $2 writer number
    local body response status
    body='{"query":"mutation($i: FlagViolationInput!) { flagViolation(input: $i) { code } }","variables":{"i":{"geometry":{"type":"Point","coordinates":[106.581736,21.6745064]},"category":"UNAUTHORISED_CONSTRUCTION","description":"Ghi dưới tải '"$2"'","photos":[{"fileName":"anh.jpg","contentType":"image/jpeg","contentBase64":"/9j/4AAQSkZJRgAB/9k="}]}}}'
    for _ in $(seq 1 "$WRITES_PER_WRITER"); do
        [ ! -e "$OPS/stop" ] || break
        response="$(graphql "$1" "$body" 2>/dev/null)" || response=$'\n000'
        status="${response##*$'\n'}"
        if [ "$status" = 200 ] && [[ "$response" =~ \"code\":\"(VP-[0-9-]+)\" ]]; then
            echo "200 ${BASH_REMATCH[1]}"
        else
            echo "$status ${response%$'\n'*}" | tr '\n' ' '; echo
        fi
    done
}

test_3_every_acknowledged_write_survives_an_immediate_restart() {
    start_host
    trap 'touch "$OPS/stop"; stop_host' EXIT
    local token writer answers="$OPS/answers"
    token="$(login inspector)"
    [ -n "$token" ]
    rm -f "$OPS/stop"
    for writer in $(seq 1 "$WRITERS"); do write_violations "$token" "$writer" > "$answers.$writer" & done
    sleep 2
    local before; before="$(cat "$answers".* | grep -c '^200 ')"
    pg_as_owner "$PG_BIN/pg_ctl" -D "$cluster" -m immediate -w -t 60 restart -l "$cluster-run/postgres.log" > /dev/null 9>&-
    sleep 5
    touch "$OPS/stop"
    wait $(jobs -p | grep -v "^$host_pid$")

    cat "$answers".* > "$answers"
    local acknowledged after refused other
    acknowledged="$(grep -c '^200 ' "$answers")"
    after=$((acknowledged - before))
    refused="$(grep -c '^503 ' "$answers")" || true
    other="$(grep -v '^200 \|^503 ' "$answers")" || true
    echo "acknowledged $acknowledged ($before before the restart, $after after), refused with 503: $refused"
    [ "$before" -gt 0 ] && [ "$after" -gt 0 ] || { echo "writes did not go on around the restart"; exit 1; }
    [ -z "$other" ] || { echo "answers other than 200 and 503:"; echo "$other" | sort | uniq -c | head; exit 1; }
    grep '^503 ' "$answers" | grep -vq 'SERVICE_UNAVAILABLE' && { echo "a 503 without SERVICE_UNAVAILABLE"; exit 1; }

    # Every acknowledged violation, and its photo file, is there after the crash.
    grep '^200 ' "$answers" | cut -d' ' -f2 | sort > "$OPS/acknowledged.txt"
    [ "$(sort -u "$OPS/acknowledged.txt" | wc -l)" -eq "$acknowledged" ] || { echo "a violation code was acknowledged twice"; exit 1; }
    psql_on "$cluster" "$PG_PORT" "$DB_NAME" -tA -c "select code from violations where description like 'Ghi dưới tải %'" | sort > "$OPS/stored.txt"
    local lost; lost="$(comm -23 "$OPS/acknowledged.txt" "$OPS/stored.txt")"
    [ -z "$lost" ] || { echo "acknowledged but lost: $lost"; exit 1; }
    local photos; photos="$(psql_on "$cluster" "$PG_PORT" "$DB_NAME" -tA -c "select p.storage_path from violation_photos p join violations v on v.id = p.violation_id where v.description like 'Ghi dưới tải %'")"
    [ "$(echo "$photos" | grep -c .)" -ge "$acknowledged" ]
    echo "$photos" | while read -r path; do [ -f "$DATA/files/photos/$path" ] || { echo "photo $path is missing"; exit 1; }; done
}
