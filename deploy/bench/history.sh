#!/usr/bin/env bash
# Scale benchmark on PostgreSQL (DESIGN §6): fills a database with the sample history at SCALE (1 is the history
# itself: about 520,000 internees, 650,000 claims, 11 million audit events; 1.6 reaches a million claims) through
# POST /api/v1/imports/sample-history, then times what an auditor and a caseworker do over it: the audit chain's
# verification (target: over 1,000,000 events a second), every report (target: under 1 s), an audit search and a
# work queue page. Prints the figures and their targets.
#   deploy/bench/history.sh [scale]       (build first: deploy/mvn -q package -DskipTests)
# The database named by BENCH_PGDATABASE (default claims_history) is dropped and created again, as BENCH_PGUSER
# (default claims, password BENCH_PGPASSWORD, default claims, who needs CREATEDB) on BENCH_PGHOST:BENCH_PGPORT.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scale="${1:-0.1}"
db="${BENCH_PGDATABASE:-claims_history}"
port=18781
# shellcheck source=deploy/bench/pg-app.sh
. "$here/pg-app.sh"
# timed USER URL: milliseconds for one GET (fails on anything but 200)
timed() {
    local out
    out=$(curl -s -o "$work/body" -w '%{http_code} %{time_total}' -u "$1:maizuru-demo" "$base$2")
    [ "${out%% *}" = 200 ] || { echo "GET $2 answered ${out%% *}: $(head -c 300 "$work/body")" >&2; exit 1; }
    awk -v t="${out#* }" 'BEGIN {printf "%.0f\n", t * 1000}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

fresh_database
# A throwaway database: filling it need not wait for the disk at each commit. The timed reads are unaffected.
psql -q -d "$db" -c "alter database $db set synchronous_commit = off"
start_app

started=$(ms)
job=$(curl -sf -u admin:maizuru-demo -X POST "$base/api/v1/imports/sample-history?scale=$scale" \
    | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
shown=0
while true; do
    status=$(curl -sf -u admin:maizuru-demo "$base/api/v1/imports/$job")
    case "$status" in *'"status":"RUNNING"'*) ;; *) break ;; esac
    if [ $(( $(ms) - shown )) -gt 60000 ]; then
        echo "  $(( ($(ms) - started) / 1000 )) s: $(echo "$status" | sed -n 's/.*"accepted":\([0-9]*\).*/\1/p') claims written" >&2
        shown=$(ms)
    fi
    sleep 1
done
generate_ms=$(( $(ms) - started ))
echo "$status" | grep -q '"status":"COMPLETED"' || { echo "generation failed: ${status:0:300}" >&2; grep -E "SEVERE|Caused by|ERROR" "$work/server.log" | cut -c1-300 | tail -n 20 >&2; exit 1; }
psql -q -d "$db" -c "vacuum analyze" 2> /dev/null
read -r claims events decisions < <(psql -tA -F ' ' -d "$db" -c \
    "select (select count(*) from claim), (select count(*) from audit_event), (select count(*) from decision)")

verify_ms=$(timed auditor /api/v1/audit/verify)
grep -q '"valid":true' "$work/body" || { echo "the chain does not verify: $(head -c 300 "$work/body")" >&2; exit 1; }

echo "cores: $(nproc), JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), PostgreSQL: $(psql -tA -d "$db" -c 'show server_version')"
echo "scale $scale: $claims claims, $decisions decisions, $events audit events, generated in $generate_ms ms"
echo "audit chain verified: $verify_ms ms ($(awk "BEGIN {printf \"%.0f\", $events / ($verify_ms / 1000)}") events/s; target over 1,000,000 events/s)"
for report in backlog decisions repatriation-by-year activity processing-times places; do
    times=()
    for _ in 1 2 3; do times+=("$(timed auditor "/api/v1/reports/$report?format=json")"); done
    echo "report $report: ${times[*]} ms (median $(printf '%s\n' "${times[@]}" | median) ms; target under 1000 ms)"
done
times=()
for actor in caseworker-01 caseworker-07 supervisor-02 assoc-1; do
    times+=("$(timed auditor "/api/v1/audit/events?actor=$actor")")
done
echo "audit search by actor, first page: ${times[*]} ms (median $(printf '%s\n' "${times[@]}" | median) ms)"
times=()
for _ in $(seq 1 20); do times+=("$(timed caseworker /api/v1/casework/queues/unassigned)"); done
echo "unassigned queue, first page, one user: median $(printf '%s\n' "${times[@]}" | median) ms, max $(printf '%s\n' "${times[@]}" | sort -n | tail -n 1) ms"
# Other users while reports run: four auditors ask for the heaviest reports at once (two are computed at a time,
# the others wait their turn) and a caseworker's queue is timed meanwhile.
loaders=()
for report in places processing-times places decisions; do
    curl -s -o /dev/null -u auditor:maizuru-demo "$base/api/v1/reports/$report?format=json" &
    loaders+=($!)
done
times=()
for _ in $(seq 1 20); do times+=("$(timed caseworker /api/v1/casework/queues/unassigned)"); sleep 0.1; done
wait "${loaders[@]}"
echo "unassigned queue while four reports run: median $(printf '%s\n' "${times[@]}" | median) ms, max $(printf '%s\n' "${times[@]}" | sort -n | tail -n 1) ms"
