# Part of deploy/bench.sh: the start. From launch to ready for a bare Payara Micro (until its HTTP listener answers
# at all) and for the application on the embedded database in a data folder it has used before (until
# /health/ready answers 200): the start of every day after the first. Three rounds each, alternating, medians.
# Figures: startup_s beside bare_micro_s, and startup_vs_bare_micro (DESIGN §6: at most 1.5).

# started_in DIR URL EXPECT200 COMMAND…: milliseconds until URL answers (200 when EXPECT200 is yes, anything else
# otherwise); the process is stopped after.
started_in() {
    local dir="$1" url="$2" expect="$3"; shift 3
    local started pid code
    mkdir -p "$dir"
    started=$(date +%s%N)
    CLAIMS_DATA_DIR="$dir/data" "$@" --port 18700 --rootdir "$dir/runtime" > "$dir/log" 2>&1 &
    pid=$!
    while true; do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:18700$url" || true)
        if [ "$code" != "000" ] && { [ "$expect" = no ] || [ "$code" = 200 ]; }; then break; fi
        kill -0 "$pid" 2>/dev/null || { echo "did not start; see $dir/log" >&2; exit 1; }
        sleep 0.05
    done
    echo $(( ($(date +%s%N) - started) / 1000000 ))
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

bench_startup() {
    note "startup: bare Payara Micro and the application on an existing data folder, three rounds each"
    local bare=() again=()
    # The first start migrates the schema and writes the demo data: not measured, as on every day but the first.
    started_in "$work/startup-app" /health/ready yes "$JAVA_HOME/bin/java" "${claims_jvm[@]}" -jar "$jar" > /dev/null
    for round in 1 2 3; do
        bare+=("$(started_in "$work/startup-bare-$round" / no "$JAVA_HOME/bin/java" "${claims_jvm[@]}" -jar "$micro")")
        again+=("$(started_in "$work/startup-app" /health/ready yes "$JAVA_HOME/bin/java" "${claims_jvm[@]}" -jar "$jar")")
    done
    note "bare: ${bare[*]} ms; application: ${again[*]} ms"
    local b a
    b=$(printf '%s\n' "${bare[@]}" | median)
    a=$(printf '%s\n' "${again[@]}" | median)
    figure startup_s "$(ratio "$a" 1000 %.1f)" s bare_micro_s "$(ratio "$b" 1000 %.1f)" s
    figure startup_vs_bare_micro "$(ratio "$a" "$b")" x goal 1.5 x
}
