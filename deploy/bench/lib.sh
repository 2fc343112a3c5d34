# Sourced by deploy/bench.sh and its parts: the JDK, the jar, a throwaway PostgreSQL, the application on it, the
# load generator, and how a figure is printed. Every figure is one line "name value unit", with the baseline
# measured in the same run beside it: results keeps them all for the summary at the end.
# jar.sh builds the jar when its sources are newer, and gives the JVM's options (claims_jvm).
# shellcheck source=deploy/jar.sh
. "$bench_here/../jar.sh"
jar="$claims_jar"
micro="$(ls "$bench_here"/../target/payara/payara-micro-*.jar 2>/dev/null | head -n 1)"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$pg_bin" ]; then
    echo "The benchmark runs a PostgreSQL of its own: apt-get install postgresql" >&2
    exit 2
fi
bench_dir="$(realpath -m "${BENCH_DIR:-$bench_here/../target/bench}")"
work="$bench_dir/work"
results="$bench_dir/results.txt"
app_pid=""
pg_data="$bench_dir/pg"
export PGOPTIONS="-c client_min_messages=warning" PGHOST=127.0.0.1 PGPORT="${BENCH_PGPORT:-5460}" PGUSER=claims PGPASSWORD=claims PGDATABASE=claims_bench
base=""

ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
per_s() { awk -v n="$1" -v t="$2" 'BEGIN {printf "%.0f", (t > 0 ? n * 1000 / t : 0)}'; }
ratio() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN {printf f, (b > 0 ? a / b : 0)}'; }

# figure NAME VALUE UNIT [BASELINE_NAME BASELINE_VALUE BASELINE_UNIT]
figure() {
    local line
    line="$(printf '%-40s %12s %-9s' "$1" "$2" "$3")"
    [ $# -lt 6 ] || line="$line  beside $(printf '%s %s %s' "$4" "$5" "$6")"
    echo "$line" | tee -a "$results"
}

note() { echo "  $*" >&2; }

# as_postgres COMMAND…: the server's own tools run as the postgres user when the benchmark runs as root.
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A cluster of its own in the bench folder, on BENCH_PGPORT: nothing else runs on it, and it is thrown away.
# Commits are durable (synchronous_commit and fsync on): an acknowledged claim must survive the machine.
start_postgres() {
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" status > /dev/null 2>&1 && return
    rm -rf "$pg_data"
    mkdir -p "$pg_data"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$pg_data"
    as_postgres "$pg_bin/initdb" --no-instructions -D "$pg_data" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 > /dev/null
    cat >> "$pg_data/postgresql.conf" <<CONF
port = $PGPORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_data'
max_connections = 200
shared_buffers = '${BENCH_PG_SHARED_BUFFERS:-2GB}'
effective_cache_size = '8GB'
work_mem = '32MB'
maintenance_work_mem = '512MB'
max_wal_size = '8GB'
checkpoint_timeout = '15min'
CONF
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w start > /dev/null
    as_postgres "$pg_bin/psql" -h "$pg_data" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
        -c "create role claims login createdb password 'claims'"
    note "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $PGPORT, data in $pg_data"
}

stop_postgres() {
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop > /dev/null 2>&1 || true
}

fresh_database() {
    dropdb --if-exists "$PGDATABASE"
    createdb "$PGDATABASE"
}

# start_app PORT [NAME=VALUE…] [-- PAYARA OPTIONS…]: the jar on the benchmark's database, in demo mode, until ready.
start_app() {
    local port="$1"; shift
    local environment=() options=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do environment+=("$1"); shift; done
    [ $# -eq 0 ] || { shift; options=("$@"); }
    mkdir -p "$work/app-$port"
    # One log for every start on this port, each start marked: the parts' logs stay to be read after the run.
    echo "=== started for ${FUNCNAME[1]} at $(date -u +%H:%M:%S)" >> "$work/app-$port/server.log"
    env CLAIMS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" CLAIMS_DB_USER="$PGUSER" \
        CLAIMS_DB_PASSWORD="$PGPASSWORD" CLAIMS_DEMO=true CLAIMS_DATA_DIR="$work/app-$port/data" "${environment[@]}" \
        "$JAVA_HOME/bin/java" "${claims_jvm[@]}" -jar "$jar" --port "$port" --rootdir "$work/app-$port/runtime" \
        "${options[@]}" >> "$work/app-$port/server.log" 2>&1 &
    app_pid=$!
    base="http://localhost:$port"
    await_ready "$base" "$app_pid" "$work/app-$port/server.log"
}

await_ready() {
    local url="$1" pid="$2" log="$3"
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { echo "the application did not start:" >&2; tail -n 40 "$log" >&2; exit 1; }
        sleep 0.3
    done
}

stop_app() {
    [ -z "$app_pid" ] || { kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; }
    app_pid=""
}

# load SIMULATION NAME -Dkey=value…: runs a Gatling simulation of deploy/bench/load; its statistics are in
# $work/load-NAME.html afterwards.
load() {
    local simulation="$1" name="$2"; shift 2
    local reports="$bench_here/load/target/gatling" marker="$work/load-$name.started"
    touch "$marker"
    "$bench_here/../mvn" -B -q -f deploy/bench/load/pom.xml gatling:test \
        -Dgatling.simulationClass="org.maizuru.claims.load.$simulation" -Dgatling.description="$name" "$@" \
        > "$work/load-$name.log" 2>&1 || {
        echo "the load generator failed ($simulation):" >&2
        grep -v "^\s*$" "$work/load-$name.log" | tail -n 30 >&2
        exit 1
    }
    # The report this run wrote: the one folder newer than the moment it began.
    local report
    report="$(find "$reports" -mindepth 1 -maxdepth 1 -type d -newer "$marker" | head -n 1)"
    [ -n "$report" ] && [ -f "$report/index.html" ] || { echo "no Gatling report for $name in $reports" >&2; exit 1; }
    cp "$report/index.html" "$work/load-$name.html"
}

# stat NAME REQUEST FIELD: a figure of one request (or "All Requests") of a load's report: total, ok (answers that
# passed the checks), ko, rate (answers a second over the run), p50, p95, p99 or max (milliseconds).
stat() {
    "$JAVA_HOME/bin/java" "$bench_here/LoadStats.java" "$work/load-$1.html" "$2" "$3"
}

# acknowledged_per_s NAME REQUEST: answers that passed their checks, a second over the run (Gatling's rate counts
# every answer).
acknowledged_per_s() {
    local ok total rate
    ok=$(stat "$1" "$2" ok); total=$(stat "$1" "$2" total); rate=$(stat "$1" "$2" rate)
    awk -v o="$ok" -v t="$total" -v r="$rate" 'BEGIN {printf "%.0f", (t > 0 ? r * o / t : 0)}'
}

# missing FILE: how many claims of a list of acknowledged ones (id, tab, moment) are not in the database.
missing() {
    psql -tAq -c "create temporary table acknowledged (id bigint, at bigint)" \
        -c "\\copy acknowledged from '$1'" \
        -c "select count(*) from acknowledged a where not exists (select 1 from claim c where c.id = a.id)" | tail -n 1
}
