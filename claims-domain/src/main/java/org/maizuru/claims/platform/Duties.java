package org.maizuru.claims.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.maizuru.claims.kernel.ProgrammeClock;

/**
 * Runs every {@link ScheduledDuty} once, on one node of the cluster at a time: the node that takes ShedLock's row
 * in the shared database runs them, any other skips the round. The lock is only against running twice at once;
 * never acting twice comes from the duties themselves, which act only on what the database says is still due.
 * Each run that took the lock is written to the audit trail with what it did.
 */
@ApplicationScoped
public class Duties {

    static final String LOCK = "claims-duties";

    /**
     * How long the lock outlives its node: a node that dies in a round (a crash, or a process ended before its
     * round could finish) holds the duties back for at most this long. A round that runs longer keeps the lock
     * by extending it every half of this while it works. Thirty seconds is the least ShedLock's keep-alive takes.
     */
    static final Duration AT_MOST = Duration.ofSeconds(30);
    /** Nodes whose clocks differ by less than this never both run the same round. */
    private static final Duration AT_LEAST = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(Duties.class.getName());

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    /** Extends the lock while a round runs. */
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService keepAlive;

    @Inject
    @Any
    Instance<ScheduledDuty> duties;

    @Inject
    ProgrammeClock clock;

    @Inject
    DutyRecord record;

    @Inject
    DatabaseOutage outage;

    private volatile LockingTaskExecutor lock;

    /** One round; answers what it did, or empty when another node held the lock. Never called in a transaction. */
    public Optional<Map<String, Integer>> runOnce() {
        LockingTaskExecutor.TaskWithResult<Map<String, Integer>> round = this::performAll;
        LockingTaskExecutor.TaskResult<Map<String, Integer>> result;
        try {
            result = executor().executeWithLock(round, new LockConfiguration(Instant.now(), LOCK, AT_MOST, AT_LEAST));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }

    private Map<String, Integer> performAll() {
        var today = clock.today();
        Map<String, Integer> done = new TreeMap<>();
        int failed = 0;
        for (ScheduledDuty duty : duties) {
            String name = duty.getClass().getSimpleName().replaceAll("\\$.*", "");
            try {
                duty.perform(today).forEach((what, count) -> done.merge(what, count, Integer::sum));
                Meters.counter("duty.rounds", "duty", name).increment();
            } catch (RuntimeException e) {
                failed++;
                Meters.counter("duty.failures", "duty", name).increment();
                LOG.log(
                        outage.explains(e) ? Level.FINE : Level.WARNING,
                        "A scheduled duty failed; the next round retries it",
                        e);
            }
        }
        if (failed > 0) {
            done.put("failedDuties", failed);
        }
        record.record(summary(done), done);
        return done;
    }

    static String summary(Map<String, Integer> done) {
        var parts = new StringBuilder();
        new TreeMap<>(done)
                .forEach((what, count) -> parts.append(parts.isEmpty() ? "" : ", ")
                        .append(what)
                        .append(' ')
                        .append(count));
        return parts.isEmpty() ? "nothing due" : parts.toString();
    }

    private LockingTaskExecutor executor() {
        LockingTaskExecutor made = lock;
        if (made == null) {
            made = new DefaultLockingTaskExecutor(
                    new KeepAliveLockProvider(new JdbcLockProvider(dataSource), keepAlive));
            lock = made;
        }
        return made;
    }
}
