# Sourced by the PostgreSQL benchmarks, after they set db (the database to use) and port: checks the build and
# psql, exports the connection for psql, and gives work (a scratch folder, removed at exit), ms (the time in
# milliseconds), fresh_database (drops and creates db) and start_app (runs maizuru-claims.jar on db in demo mode
# and waits until it is ready; the exit trap stops it).
# shellcheck source=deploy/jdk.sh
. "$(dirname "${BASH_SOURCE[0]}")/../jdk.sh"
jar="$(dirname "${BASH_SOURCE[0]}")/../target/maizuru-claims.jar"
[ -f "$jar" ] || { echo "Build first: deploy/mvn -q package -DskipTests" >&2; exit 1; }
command -v psql > /dev/null || { echo "psql is needed (apt-get install postgresql-client)" >&2; exit 1; }
export PGHOST="${BENCH_PGHOST:-localhost}" PGPORT="${BENCH_PGPORT:-5432}" PGUSER="${BENCH_PGUSER:-claims}"
export PGPASSWORD="${BENCH_PGPASSWORD:-claims}"
base="http://localhost:$port"
work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
ms() { echo $(( $(date +%s%N) / 1000000 )); }

fresh_database() {
    dropdb --if-exists "$db"
    createdb "$db"
}

start_app() {
    CLAIMS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" CLAIMS_DB_USER="$PGUSER" CLAIMS_DB_PASSWORD="$PGPASSWORD" \
        CLAIMS_DEMO=true CLAIMS_DATA_DIR="$work/data" \
        "$JAVA_HOME/bin/java" -jar "$jar" --port "$port" --rootdir "$work/runtime" > "$work/server.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { echo "the application did not start:" >&2; tail -n 40 "$work/server.log" >&2; exit 1; }
        sleep 0.5
    done
}
