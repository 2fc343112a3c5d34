package org.maizuru.claims.audit;

import java.time.Instant;
import java.util.List;

/**
 * How the installation stands, for its administrators: what runs (the version, the database, the nodes this one sees in the data grid), what the scheduled
 * duties did lately, the mail still to send, and the imports and reports under way. Read from the shared database,
 * so every node of a cluster shows the same.
 *
 * @param lastRound        when the duties last ran, on any node; null before their first round
 * @param rounds           rounds of the duties in the last 24 hours
 * @param roundsWithFailures rounds in the last 24 hours in which a duty failed (the next round retries it)
 */
public record SystemStatus(
        String version,
        String database,
        int gridMembers,
        Instant lastRound,
        long rounds,
        long roundsWithFailures,
        long mailsPending,
        long mailsFailed,
        List<RunningImport> imports,
        long reportsUnderWay) {

    public SystemStatus {
        imports = List.copyOf(imports);
    }

    /** An import being read: whose, since when, and how far it has come. */
    public record RunningImport(long id, String startedBy, Instant startedAt, long accepted, long rejected) {}
}
