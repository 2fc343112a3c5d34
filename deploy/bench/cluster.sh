# Part of deploy/bench.sh: two nodes of the jar on the history's database, joined in one data grid behind HAProxy,
# as deploy/cluster starts them (README: Scaling out). REST filings at the same fixed rate as the single node's,
# through the balancer; then filings at a fifth of it while one node is killed with SIGKILL five seconds in.
# Figures: cluster_submit_per_s and cluster_submit_p99_ms beside the single node's (when filing ran),
# failover_s (the longest time in which nothing was acknowledged around the kill) beside the balancer's own time to
# mark a node down (two failed checks a second apart), cluster_submit_lost.

cluster_pids=()

stop_cluster() {
    [ "${#cluster_pids[@]}" -eq 0 ] || { kill "${cluster_pids[@]}" 2>/dev/null; wait "${cluster_pids[@]}" 2>/dev/null || true; }
    cluster_pids=()
}

bench_cluster() {
    local seconds="$1" rate="${BENCH_SUBMIT_RATE:-500}" balancer=18790 members="127.0.0.1:6910,127.0.0.1:6911"
    note "cluster: two nodes behind HAProxy, $rate filings a second for $seconds s, then a node killed under load"
    command -v haproxy > /dev/null || { echo "The cluster part needs Debian's haproxy" >&2; exit 2; }
    local node
    for node in 1 2; do
        mkdir -p "$work/node$node"
        env CLAIMS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" CLAIMS_DB_USER="$PGUSER" \
            CLAIMS_DB_PASSWORD="$PGPASSWORD" CLAIMS_DEMO=true CLAIMS_DATA_DIR="$work/node$node/data" \
            CLAIMS_TRUSTED_PROXIES=127.0.0.1 \
            "$JAVA_HOME/bin/java" "${claims_jvm[@]}" -jar "$jar" \
            --systemproperties "$bench_here/../src/main/payara/cluster.properties" --rootdir "$work/node$node/runtime" \
            --name "node$node" --port "$((balancer + node))" --clustermode "tcpip:$members" --clustername maizuru-bench \
            --interfaces 127.0.0.1 --startport "$((6909 + node))" --nohostaware --shutdowngrace 5000 \
            > "$work/node$node/server.log" 2>&1 &
        cluster_pids+=("$!")
    done
    await_ready "http://localhost:$((balancer + 1))" "${cluster_pids[0]}" "$work/node1/server.log"
    await_ready "http://localhost:$((balancer + 2))" "${cluster_pids[1]}" "$work/node2/server.log"
    CLAIMS_BALANCER_BIND="127.0.0.1:$balancer" CLAIMS_NODE1="127.0.0.1:$((balancer + 1))" \
        CLAIMS_NODE2="127.0.0.1:$((balancer + 2))" CLAIMS_BALANCER_SOCKET="$work/haproxy.sock" \
        haproxy -W -db -f "$bench_here/../src/main/haproxy/haproxy.cfg" > "$work/haproxy.log" 2>&1 &
    cluster_pids+=("$!")
    base="http://localhost:$balancer"
    await_ready "$base" "${cluster_pids[2]}" "$work/haproxy.log"
    sleep 3 # both nodes seen up by the balancer's checks (rise 2, a second apart)

    load Filing cluster-warm-up -Dbase="$base" -Drate="$((rate / 2))" -Dseconds=10 -Dfamily=群予熱 \
        -Dacknowledged="$work/cluster-acknowledged-warm-up.txt"
    load Filing cluster -Dbase="$base" -Drate="$rate" -Dseconds="$seconds" -Dfamily=群負荷 \
        -Dacknowledged="$work/cluster-acknowledged.txt"
    local single single_p99
    single=$(awk '$1 == "submit_per_s" {print $2}' "$results")
    single_p99=$(awk '$1 == "submit_p99_ms" {print $2}' "$results")
    figure cluster_submit_per_s "$(acknowledged_per_s cluster file)" claims/s \
        submit_per_s "${single:--}" claims/s
    figure cluster_submit_p99_ms "$(stat cluster file p99)" ms submit_p99_ms "${single_p99:--}" ms

    # A node killed under load: the balancer sends the next requests to the other node; what was in flight on the
    # killed one is lost to its clients (a 502), never acknowledged and then lost.
    local victim="${cluster_pids[1]}"
    ( sleep 5; kill -9 "$victim" ) &
    local killer=$! killed_at
    killed_at=$(( $(date +%s%3N) + 5000 ))
    load Filing failover -Dbase="$base" -Drate="$((rate / 5))" -Dseconds=20 -Dfamily=群障害 \
        -Dacknowledged="$work/failover-acknowledged.txt"
    wait "$killer" 2>/dev/null || true
    local gap
    gap=$(sort -t$'\t' -k2,2n "$work/failover-acknowledged.txt" \
        | awk -F'\t' -v k="$killed_at" 'NR > 1 && $2 >= k - 1000 && prev <= k + 15000 { if ($2 - prev > g) g = $2 - prev }
            { prev = $2 } END { printf "%.1f", g / 1000 }')
    figure failover_s "$gap" s balancer_down_after_s 2.0 s
    cat "$work/cluster-acknowledged-warm-up.txt" "$work/cluster-acknowledged.txt" "$work/failover-acknowledged.txt" \
        > "$work/cluster-acknowledged-all.txt"
    figure cluster_submit_lost "$(missing "$work/cluster-acknowledged-all.txt")" claims \
        acknowledged "$(wc -l < "$work/cluster-acknowledged-all.txt")" claims
    note "failover: $(stat failover file ko) filings not acknowledged around the kill"
    stop_cluster
}
