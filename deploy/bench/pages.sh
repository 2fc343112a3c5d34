#!/usr/bin/env bash
# Page benchmark on PostgreSQL (DESIGN §6: a caseworker queue over 1,000,000 claims answers in under 50 ms at
# the 95th percentile with 50 concurrent users): runs maizuru-claims.jar on the database BENCH_PGDATABASE
# (default claims_history, as deploy/bench/history.sh left it; it is not emptied), signs in USERS caseworkers
# through the sign-in form and has them open the work queues alone, then the queues and claim workbenches, for
# SECONDS each; then one user alone, for the time a page takes without a queue in front of it.
#   deploy/bench/pages.sh [users] [seconds]     (build first: deploy/mvn -q package -DskipTests)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
users="${1:-50}"
seconds="${2:-60}"
db="${BENCH_PGDATABASE:-claims_history}"
port=18782
# shellcheck source=deploy/bench/pg-app.sh
. "$here/pg-app.sh"

psql -q -d "$db" -c "select 1" > /dev/null 2>&1 || fresh_database
start_app
claims=$(psql -tA -d "$db" -c "select count(*) from claim")
echo "cores: $(nproc), JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), $claims claims"
# a warm-up, then the measured run
"$JAVA_HOME/bin/java" "$here/PageLoad.java" "$base" "$users" 10 mixed > /dev/null
for mix in queues mixed; do
    echo "$users users, $mix:"
    "$JAVA_HOME/bin/java" "$here/PageLoad.java" "$base" "$users" "$seconds" "$mix"
done
echo "one user, mixed:"
"$JAVA_HOME/bin/java" "$here/PageLoad.java" "$base" 1 "$seconds" mixed
echo "target: the queue page under 50 ms at the 95th percentile with 50 users"
