#!/usr/bin/env bash
# Start-up benchmark: time from launch to ready for a bare Payara Micro (until its HTTP listener answers) and
# for maizuru-claims.jar (until /health/ready answers 200), on the embedded database, N rounds each, in the
# same run. Prints each time, the medians and their ratio (the target is at most 1.5).
#   deploy/bench/startup.sh [rounds]      (build first: deploy/mvn -q package -DskipTests)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/jdk.sh
. "$here/../jdk.sh"
rounds="${1:-3}"
jar="$here/../target/maizuru-claims.jar"
micro="$(ls "$here"/../target/payara/payara-micro-*.jar 2>/dev/null | head -n 1)"
[ -f "$jar" ] && [ -n "$micro" ] || { echo "Build first: deploy/mvn -q package -DskipTests" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
port=18700

# measure NAME URL EXPECT200 COMMAND…: seconds until URL answers (200 when EXPECT200 is yes, anything otherwise)
measure() {
    local name="$1" url="$2" expect="$3"; shift 3
    local dir="$work/$name.$RANDOM" started pid code elapsed
    mkdir -p "$dir"
    started=$(date +%s%N)
    CLAIMS_DATA_DIR="$dir/data" "$@" --port "$port" --rootdir "$dir/runtime" > "$dir/log" 2>&1 &
    pid=$!
    while true; do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port$url" || true)
        if [ "$code" != "000" ] && { [ "$expect" = "no" ] || [ "$code" = "200" ]; }; then break; fi
        if ! kill -0 "$pid" 2>/dev/null; then echo "$name did not start; see $dir/log" >&2; exit 1; fi
        sleep 0.05
    done
    elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$elapsed"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

bare=(); first=(); again=()
for _ in $(seq 1 "$rounds"); do
    bare+=("$(measure bare / no "$JAVA_HOME/bin/java" -jar "$micro")")
    # a fresh data folder: migrations and demo data run (the first start a newcomer sees)
    first+=("$(measure app /health/ready yes "$JAVA_HOME/bin/java" -jar "$jar")")
done
# the same data folder again: the start of every day after the first
dir="$work/kept"; mkdir -p "$dir"
CLAIMS_DATA_DIR="$dir/data" "$JAVA_HOME/bin/java" -jar "$jar" --port "$port" --rootdir "$dir/runtime" > "$dir/log" 2>&1 &
pid=$!; until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do sleep 0.2; done
kill "$pid"; wait "$pid" 2>/dev/null || true
for _ in $(seq 1 "$rounds"); do
    started=$(date +%s%N)
    CLAIMS_DATA_DIR="$dir/data" "$JAVA_HOME/bin/java" -jar "$jar" --port "$port" --rootdir "$dir/runtime" > "$dir/log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do sleep 0.05; done
    again+=("$(( ($(date +%s%N) - started) / 1000000 ))")
    kill "$pid"; wait "$pid" 2>/dev/null || true
done

b=$(printf '%s\n' "${bare[@]}" | median)
f=$(printf '%s\n' "${first[@]}" | median)
a=$(printf '%s\n' "${again[@]}" | median)
echo "cores: $(nproc), JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
echo "bare Payara Micro to HTTP:         ${bare[*]} ms (median $b ms)"
echo "maizuru-claims, new data folder:   ${first[*]} ms (median $f ms, ratio $(awk "BEGIN {printf \"%.2f\", $f / $b}"))"
echo "maizuru-claims, existing data:     ${again[*]} ms (median $a ms, ratio $(awk "BEGIN {printf \"%.2f\", $a / $b}"))"
echo "target: ready within 1.5 x bare"
