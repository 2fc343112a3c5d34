#!/usr/bin/env bash
# The benchmark of DESIGN §6: one run that starts what it needs, fills the sample history at a scale, and prints one
# line per figure, "name value unit", each beside its baseline measured in the same run on the same machine:
#
#   deploy/bench.sh [--scale S] [--only PART,PART…] [--seconds N] [--keep]
#
# S is the share of the historical programme (1: about 650,000 claims and 11 million audit events of the sample
# history, 760,000 archive records and a bulk filing of 760,000 claims); the default 0.02 takes a few minutes. The
# parts, in order: startup, history (fill, audit chain, reports), filing, pages, imports (archive and claim lists,
# matching), cluster (two nodes behind HAProxy, one killed). --only runs some of them (all but startup and cluster
# need history first, which runs again unless --keep kept its database). --seconds sets how long each load lasts
# (default 30). Everything is under deploy/target/bench (BENCH_DIR): its own PostgreSQL cluster on BENCH_PGPORT
# (default 5460), thrown away at the end unless --keep, the servers' logs, the load generator's reports, and
# results.txt, the figures.
#
# Needs Debian's postgresql and haproxy and a JDK 21+ (deploy/jdk.sh finds one); the load generator (Gatling, in
# deploy/bench/load) comes from Maven Central at its first run.
set -euo pipefail
bench_here="$(cd "$(dirname "${BASH_SOURCE[0]}")/bench" && pwd)"
scale=0.02
only="startup,history,filing,pages,imports,cluster"
seconds=30
keep=no
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --keep) keep=yes; shift ;;
        *) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
    esac
done
# shellcheck source=deploy/bench/lib.sh
. "$bench_here/lib.sh"
for part in startup history filing pages imports cluster; do
    # shellcheck source=/dev/null
    . "$bench_here/$part.sh"
done

cleanup() {
    stop_app
    stop_cluster
    if [ "$keep" = yes ]; then
        note "PostgreSQL left running on port $PGPORT (data in $pg_data): --keep"
    else
        stop_postgres
    fi
}
trap cleanup EXIT

# The servers' folders and logs, the load reports and the figures are those of this run alone.
rm -rf "$work"
mkdir -p "$work"
: > "$results"
runs() { [[ ",$only," == *",$1,"* ]]; }
{
    echo "# $(date -u +%Y-%m-%dT%H:%MZ), scale $scale, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
        "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}')," \
        "$(git -C "$bench_here" rev-parse --short HEAD 2>/dev/null || echo 'no commit')"
} | tee -a "$results"

runs startup && bench_startup
if runs history || runs filing || runs pages || runs imports || runs cluster; then
    start_postgres
    if runs history; then
        bench_history "$scale"
    elif ! psql -qAt -c "select 1" > /dev/null 2>&1; then
        bench_fill "$scale"
    fi
fi
runs filing && bench_filing "$seconds"
runs pages && bench_pages "$seconds"
runs imports && bench_imports "$scale"
runs cluster && bench_cluster "$seconds"

echo
echo "Figures (also in $results):"
grep -v '^#' "$results"
