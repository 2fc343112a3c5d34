package org.maizuru.claims.platform;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import io.micrometer.core.instrument.Gauge;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's data grid (the Hazelcast inside the server), for what the nodes of a cluster must share and the
 * database need not keep: counts that matter for minutes. With one node, or where the server runs no grid, the
 * maps are the node's own, which is the same thing for one node.
 */
@ApplicationScoped
public class Grid {

    /** Where Payara binds its Hazelcast instance. */
    static final String JNDI_NAME = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(Grid.class.getName());

    private HazelcastInstance hazelcast;
    private final ConcurrentMap<String, ConcurrentMap<String, String>> local = new ConcurrentHashMap<>();

    @PostConstruct
    void connect() {
        try {
            hazelcast = (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | ClassCastException | LinkageError none) {
            LOG.log(Level.INFO, "No data grid in this server: what the nodes would share stays in this one", none);
            return;
        }
        // For an operator (and the cluster's test): how many nodes this one sees in the grid now.
        Gauge.builder("claims.grid.members", this, grid -> grid.members())
                .description("Members of the data grid that this node sees, itself included")
                .register(Meters.registry());
    }

    /**
     * A map of text the whole cluster sees, whose entries vanish {@code timeToLive} after they were last written,
     * and of which each node keeps at most {@code maxEntries}, the least recently used going first. Keys and
     * values are text, so that no node ever needs another's classes to read them. Its methods of
     * {@link ConcurrentMap} ({@code putIfAbsent}, {@code replace(key, old, new)}) are atomic across the cluster.
     * Without a grid the map is this node's, unbounded: only tests run so.
     */
    public ConcurrentMap<String, String> map(String name, Duration timeToLive, int maxEntries) {
        if (hazelcast == null) {
            return local.computeIfAbsent(name, unused -> new ConcurrentHashMap<>());
        }
        // Added before the map is first used; adding the same configuration again (another node, a redeploy) is
        // allowed, a different one is not.
        var eviction = new EvictionConfig()
                .setEvictionPolicy(EvictionPolicy.LRU)
                .setMaxSizePolicy(MaxSizePolicy.PER_NODE)
                .setSize(maxEntries);
        hazelcast
                .getConfig()
                .addMapConfig(new MapConfig(name)
                        .setTimeToLiveSeconds((int) timeToLive.toSeconds())
                        .setEvictionConfig(eviction));
        return hazelcast.getMap(name);
    }

    /**
     * Whether this server was asked to join others (a member list, multicast, a discovery service), whether or
     * not any has joined yet.
     */
    public boolean clustered() {
        if (hazelcast == null) {
            return false;
        }
        JoinConfig join = hazelcast.getConfig().getNetworkConfig().getJoin();
        return join.getTcpIpConfig().isEnabled()
                || join.getMulticastConfig().isEnabled()
                || join.getKubernetesConfig().isEnabled()
                || join.getDiscoveryConfig().isEnabled()
                || members() > 1;
    }

    /** The members of the grid now, this one included; empty where the server runs no grid. */
    public Optional<Integer> memberCount() {
        return hazelcast == null
                ? Optional.empty()
                : Optional.of(hazelcast.getCluster().getMembers().size());
    }

    private int members() {
        return memberCount().orElse(1);
    }
}
