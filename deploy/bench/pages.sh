# Part of deploy/bench.sh: caseworkers' pages at constant arrival rates (an open model, DESIGN §6): 200 work-queue
# pages and 50 claim workbenches a second (BENCH_QUEUE_RATE, BENCH_WORKBENCH_RATE), each in one of 50 sessions signed
# in through the sign-in form beforehand, over the history's claims; after a warm-up at a quarter of the rates. The
# floor is the same server asked for its liveness at the two rates together.
# Figures: queue_p95_ms and workbench_p95_ms, each beside floor_p95_ms; pages_failed (answers that were not the page).

bench_pages() {
    local seconds="$1" queues="${BENCH_QUEUE_RATE:-200}" workbenches="${BENCH_WORKBENCH_RATE:-50}"
    note "pages: $queues queue pages and $workbenches workbenches a second for $seconds s, 50 signed-in caseworkers"
    # Claims a caseworker opens: filed and not yet closed, drawn at random over the whole history.
    psql -tAq -c "select id from claim where status in ('SUBMITTED', 'IN_REVIEW', 'AWAITING_INFORMATION',
        'RECOMMENDED', 'DECIDED', 'APPEALED') order by random() limit 2000" > "$work/claims-to-open.txt"
    start_app 18781
    load Pages pages-warm-up -Dbase="$base" -Dusers=50 -Dclaims="$work/claims-to-open.txt" \
        -Drate="$((queues / 4))" -DworkbenchRate="$((workbenches / 4))" -Dseconds=10
    load Pages pages -Dbase="$base" -Dusers=50 -Dclaims="$work/claims-to-open.txt" \
        -Drate="$queues" -DworkbenchRate="$workbenches" -Dseconds="$seconds"
    load Floor pages-floor -Dbase="$base" -Drate="$((queues + workbenches))" -Dseconds="$seconds"
    local floor
    floor=$(stat pages-floor live p95)
    figure queue_p95_ms "$(stat pages queue p95)" ms floor_p95_ms "$floor" ms
    figure workbench_p95_ms "$(stat pages workbench p95)" ms floor_p95_ms "$floor" ms
    figure pages_failed "$(( $(stat pages queue ko | tr - 0) + $(stat pages workbench ko | tr - 0) ))" pages \
        pages_shown "$(( $(stat pages queue ok | tr - 0) + $(stat pages workbench ok | tr - 0) ))" pages
    stop_app
}
