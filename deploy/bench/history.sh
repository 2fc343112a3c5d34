# Part of deploy/bench.sh: the sample history at a scale, and what an auditor asks of it. bench_fill writes the
# history through POST /api/v1/imports/sample-history (1 is the internment itself: about 520,000 internees, 650,000
# claims, 11 million audit events), with the database's commits not waiting for the disk while it fills (a
# throwaway database; every timed write after it waits again). bench_history then times the audit chain's
# verification beside PostgreSQL's own read of the same events, and every report beside one pass over the claims.
# Figures: history_claims, history_audit_events, audit_verify_events_per_s beside pg_read_events_per_s,
# report_max_ms (the slowest of the ten to read as kept, each the median of three) and report_count_max_ms (the
# slowest to count over the whole history, which the duties do in the background) beside pg_count_claims_ms.

# api ACCOUNT METHOD PATH [CURL OPTIONS…]: the body of an answer, failing on anything but 2xx.
api() {
    local account="$1" method="$2" path="$3"; shift 3
    curl -sf -u "$account:maizuru-demo" -X "$method" "$@" "$base$path"
}

# timed ACCOUNT PATH: milliseconds for one GET, failing on anything but 200 (the body is in $work/body).
timed() {
    local out
    out=$(curl -s -o "$work/body" -w '%{http_code} %{time_total}' -u "$1:maizuru-demo" "$base$2")
    [ "${out%% *}" = 200 ] || { echo "GET $2 answered ${out%% *}: $(head -c 300 "$work/body")" >&2; exit 1; }
    awk -v t="${out#* }" 'BEGIN {printf "%.0f\n", t * 1000}'
}

# await_import ACCOUNT JOB: until the import job ends; its last status in $work/import.json. Fails unless COMPLETED.
await_import() {
    local account="$1" job="$2" status started shown
    started=$(ms); shown=$(ms)
    while true; do
        status=$(api "$account" GET "/api/v1/imports/$job")
        case "$status" in *'"status":"RUNNING"'*|*'"status":"QUEUED"'*) ;; *) break ;; esac
        if [ $(( $(ms) - shown )) -gt 60000 ]; then
            note "$(( ($(ms) - started) / 1000 )) s: $(echo "$status" | sed -n 's/.*"accepted":\([0-9]*\).*/\1/p') rows so far"
            shown=$(ms)
        fi
        sleep 0.2
    done
    echo "$status" > "$work/import.json"
    echo "$status" | grep -q '"status":"COMPLETED"' || {
        echo "import $job did not complete: ${status:0:300}" >&2
        grep -E "SEVERE|Caused by" "$work"/app-*/server.log | cut -c1-300 | tail -n 20 >&2
        exit 1
    }
}

bench_fill() {
    local scale="$1" started job
    note "history: filling the sample history at scale $scale"
    fresh_database
    psql -q -c "alter database $PGDATABASE set synchronous_commit = off"
    start_app 18781
    started=$(ms)
    job=$(api admin POST "/api/v1/imports/sample-history?scale=$scale" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
    await_import admin "$job"
    note "filled in $(( ($(ms) - started) / 1000 )) s"
    stop_app
    # From here on every commit waits for the disk again, as in production.
    psql -q -c "alter database $PGDATABASE reset synchronous_commit"
    psql -q -c "vacuum analyze" 2> /dev/null
}

bench_history() {
    local scale="$1"
    bench_fill "$scale"
    start_app 18781
    local claims events started verify copy_ms
    read -r claims events < <(psql -tA -F ' ' -c "select (select count(*) from claim), (select count(*) from audit_event)")
    figure history_claims "$claims" claims
    figure history_audit_events "$events" events

    # Once to warm up, then the median of three: the duties' first round, which counts the ten reports, may come
    # during one of them.
    local verifies=()
    timed auditor /api/v1/audit/verify > /dev/null
    for _ in 1 2 3; do
        verifies+=("$(timed auditor /api/v1/audit/verify)")
        grep -q '"valid":true' "$work/body" || { echo "the chain does not verify: $(head -c 300 "$work/body")" >&2; exit 1; }
    done
    verify=$(printf '%s\n' "${verifies[@]}" | median)
    note "audit chain verified in ${verifies[*]} ms"
    # The baseline: PostgreSQL handing the same events to a client as fast as it can, which verifying must do too.
    started=$(ms)
    psql -q -c "\\copy audit_event to '/dev/null' with (format binary)"
    copy_ms=$(( $(ms) - started ))
    figure audit_verify_events_per_s "$(per_s "$events" "$verify")" events/s \
        pg_read_events_per_s "$(per_s "$events" "$copy_ms")" events/s

    # Reports are kept once counted and counted again by the duties after acts (ReportSummaries): an auditor reads a
    # kept one. The kept ones are forgotten first, so that the first read of each counts it over the whole history,
    # as the duties do (report_count_max_ms); the three reads after it are what an auditor waits for.
    psql -q -c "delete from report_summary"
    local slowest=0 slowest_name="" counting=0 counting_name="" report times first m
    for report in backlog decisions repatriation-by-year activity processing-times places payments outstanding \
        suspended overpayments; do
        first=$(timed auditor "/api/v1/reports/$report?format=json")
        times=()
        for _ in 1 2 3; do times+=("$(timed auditor "/api/v1/reports/$report?format=json")"); done
        m=$(printf '%s\n' "${times[@]}" | median)
        note "report $report: counted in $first ms, then read in ${times[*]} ms"
        if [ "$m" -gt "$slowest" ]; then slowest=$m; slowest_name=$report; fi
        if [ "$first" -gt "$counting" ]; then counting=$first; counting_name=$report; fi
    done
    started=$(ms)
    psql -qAt -c "select count(*), count(distinct status) from claim" > /dev/null
    local count_ms=$(( $(ms) - started ))
    figure report_max_ms "$slowest" ms pg_count_claims_ms "$count_ms" ms
    figure report_count_max_ms "$counting" ms pg_count_claims_ms "$count_ms" ms
    note "the slowest report to read: $slowest_name; to count: $counting_name"
    stop_app
}
