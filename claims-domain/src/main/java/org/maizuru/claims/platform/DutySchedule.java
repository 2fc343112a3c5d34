package org.maizuru.claims.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.kernel.Today;

/**
 * When the duties run: by a cron expression in Japan's time, every minute unless {@code CLAIMS_DUTIES_CRON} (or
 * {@code claims.duties.cron}) says otherwise, with seconds first ({@code "0 * * * * *"}). Jakarta Concurrency's
 * {@link CronTrigger} on the server's managed scheduled executor, rather than {@code @Asynchronous(runAt=…)},
 * whose expression is fixed when the code is compiled: the operator and the tests set the cadence. Every node
 * runs the schedule; {@link Duties} lets one of them act in each round.
 */
@ApplicationScoped
public class DutySchedule {

    static final String EVERY_MINUTE = "0 * * * * *";

    private static final Logger LOG = Logger.getLogger(DutySchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Duties duties;

    @Inject
    DatabaseOutage outage;

    private ScheduledFuture<?> running;

    /** Held by a round while it runs, so that a stop can wait for it. */
    private final ReentrantLock inRound = new ReentrantLock();

    public synchronized void start() {
        if (running != null || "off".equalsIgnoreCase(cron())) {
            return;
        }
        running = scheduler.schedule(this::round, new CronTrigger(cron(), Today.JAPAN));
        LOG.info(() -> "Scheduled duties run at " + cron() + " (Asia/Tokyo)");
    }

    /**
     * Ends the schedule and waits for a round in progress, so that an application that stops never leaves the
     * cluster lock held for its at-most time: the next node to start, or this one restarted, runs the duties at
     * once.
     */
    public synchronized void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
            try {
                if (inRound.tryLock(Duties.AT_MOST.toSeconds(), TimeUnit.SECONDS)) {
                    inRound.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A round never throws: an exception would end the schedule. */
    private void round() {
        inRound.lock();
        try {
            duties.runOnce();
        } catch (RuntimeException | Error e) {
            if (outage.explains(e)) {
                // The health check and every request already say so; a stack trace a minute adds nothing.
                LOG.info("The database is out of reach; the scheduled duties wait for the next round");
            } else {
                LOG.log(Level.WARNING, "A round of the scheduled duties failed; the next round tries again", e);
            }
        } finally {
            inRound.unlock();
        }
    }

    static String cron() {
        String value = Setting.of("claims.duties.cron");
        return value == null || value.isBlank() ? EVERY_MINUTE : value.strip();
    }
}
