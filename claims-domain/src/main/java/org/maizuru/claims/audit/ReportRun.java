package org.maizuru.claims.audit;

import java.time.Duration;
import java.time.Instant;

/**
 * A report being computed for someone, or computed, as it stood when it was read. A class with bean getters
 * rather than a record, so that the pages' expressions read {@code run.over} and {@code run.state}.
 */
public final class ReportRun {

    /** Where a run stands. */
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    private final String id;
    private final String name;
    private final State state;
    private final Instant requested;
    private final Instant finished;
    private final Report report;

    ReportRun(String id, String name, State state, Instant requested, Instant finished, Report report) {
        this.id = id;
        this.name = name;
        this.state = state;
        this.requested = requested;
        this.finished = finished;
        this.report = report;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public State state() {
        return state;
    }

    public State getState() {
        return state;
    }

    public Instant requested() {
        return requested;
    }

    public Report report() {
        return report;
    }

    public boolean isOver() {
        return state == State.DONE || state == State.FAILED;
    }

    /** Seconds since it was asked for, or how long it took once over. */
    public long seconds() {
        return Duration.between(requested, finished != null ? finished : Instant.now())
                .toSeconds();
    }
}
