# Part of deploy/bench.sh: REST filings at a fixed arrival rate (BENCH_SUBMIT_RATE, default 500 a second, DESIGN §6)
# through Gatling, after a warm-up at half the rate; beside pgbench's one-row inserts on the same database, with as
# many clients as the application's connection pool has connections: what PostgreSQL itself commits a second on
# this machine, each commit waiting for the disk. Then every acknowledged claim is looked for in the database.
# The floor of the latency is the same server asked for its liveness at the same rate (nothing read, nothing written).
# Figures: submit_per_s (claims acknowledged with 201 a second) beside pg_insert_tps, submit_p99_ms beside
# floor_p99_ms, submit_lost (acknowledged but not in the database) beside how many were acknowledged.

bench_filing() {
    local seconds="$1" rate="${BENCH_SUBMIT_RATE:-500}" tps
    note "filing: pgbench's one-row inserts, then $rate filings a second for $seconds s"
    psql -q -c "drop table if exists bench_insert" -c "create table bench_insert (id bigserial primary key, filed_at timestamptz not null, body text not null)"
    echo "insert into bench_insert (filed_at, body) values (now(), 'one row');" > "$work/insert.sql"
    tps=$("$pg_bin/pgbench" -n -c 32 -j 2 -T "$seconds" -f "$work/insert.sql" 2>&1 \
        | sed -n 's/^tps = \([0-9.]*\) .*/\1/p' | head -n 1)
    psql -q -c "drop table bench_insert"

    start_app 18781
    load Filing filing-warm-up -Dbase="$base" -Drate="$((rate / 2))" -Dseconds=10 -Dfamily=予熱 \
        -Dacknowledged="$work/acknowledged-warm-up.txt"
    load Filing filing -Dbase="$base" -Drate="$rate" -Dseconds="$seconds" -Dfamily=負荷 \
        -Dacknowledged="$work/acknowledged.txt"
    load Floor filing-floor -Dbase="$base" -Drate="$rate" -Dseconds="$seconds"
    local acknowledged ko
    cat "$work/acknowledged-warm-up.txt" "$work/acknowledged.txt" > "$work/acknowledged-all.txt"
    acknowledged=$(wc -l < "$work/acknowledged-all.txt")
    ko=$(stat filing file ko)
    figure submit_per_s "$(acknowledged_per_s filing file)" claims/s pg_insert_tps "${tps%.*}" rows/s
    figure submit_p99_ms "$(stat filing file p99)" ms floor_p99_ms "$(stat filing-floor live p99)" ms
    figure submit_lost "$(missing "$work/acknowledged-all.txt")" claims acknowledged "$acknowledged" claims
    [ "$ko" = 0 ] || [ "$ko" = - ] || note "$ko filings were not acknowledged (timed out or refused): see $work/load-filing.log"
    stop_app
}
