package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.ClaimAccess;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.platform.Meters;

/**
 * The audit capability's door for the pages and the API: the trail, its verification, a claim's history and
 * the reports. Every method takes the {@link Actor}; the trail and the reports are for auditors and
 * administrators, a claim's history also for the staff who work claims, a claim's story also for its association.
 */
@ApplicationScoped
public class AuditService {

    /** The reports there are. */
    public static final List<String> REPORTS = ReportService.NAMES;
    /** The managed executor of report runs; its definition (in the web module) allows two at a time. */
    public static final String REPORTS_EXECUTOR = "java:app/concurrent/Reports";
    /** The managed executor that checks the chain's hashes beside the thread that reads the trail. */
    public static final String VERIFICATION_EXECUTOR = "java:app/concurrent/Verification";

    @Inject
    BulkAppend bulk;

    @Inject
    ChainCheck chain;

    @Inject
    TrailSearch events;

    @Inject
    ReportRuns runs;

    @Inject
    ProgrammeClock clock;

    @Inject
    ClaimAccess claims;

    @Inject
    ProgrammeFigures figures;

    @Inject
    SystemReadings system;

    /** How the installation stands, for its administrators. */
    public SystemStatus system(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("audit.systemForAdministrators");
        }
        return system.read(clock.now());
    }

    /**
     * Every figure, the programme's read afresh, as Prometheus reads them. Who may scrape is decided at the door
     * that serves them (an address the operator allows, or an administrator), for a scraper is not a person.
     */
    public String scrape() {
        figures.refresh(clock.now());
        return Meters.scrape();
    }

    public ChainVerification verify(Actor actor) {
        return chain.verify(actor.role().name());
    }

    public AuditPage search(Actor actor, AuditQuery query) {
        return events.search(actor.role().name(), query);
    }

    /** The claim's own history, oldest first, for the staff who read or work it. */
    public List<AuditEvent> history(Actor actor, long claimId) {
        if (actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("audit.readersOnly");
        }
        return events.forClaim(claimId);
    }

    /**
     * The claim's story for anyone who may see the claim: its association reads what was done with its claim,
     * the programme's staff read everything that moved it; both read how often it was read. A claim the actor
     * may not see is not found, as if it did not exist.
     */
    public ClaimStory story(Actor actor, long claimId) {
        if (!claims.maySee(actor, claimId)) {
            throw new DomainException.NotFound("claim.notFound", claimId);
        }
        return ClaimStory.of(events.forClaim(claimId), actor.is(Role.ASSOCIATION));
    }

    /**
     * The changes to the actor's association's claims after the cursor (0 for the first page), oldest first, at
     * most {@code size} (1 to 500). Only an association has a feed, and only of its own claims.
     */
    public ClaimChanges changes(Actor actor, long after, int size) {
        if (!actor.is(Role.ASSOCIATION) || actor.associationId() == null) {
            throw new DomainException.Forbidden("audit.changesForAssociations");
        }
        if (after < 0) {
            throw new DomainException.Invalid("after", "audit.cursor");
        }
        return events.changes(actor.associationId(), after, Math.clamp(size, 1, 500));
    }

    /** Starts a report in the background for the actor, who follows it with {@link #reportRun}. */
    public ReportRun startReport(Actor actor, String name) {
        return runs.start(actor.username(), actor.role().name(), name, clock.today());
    }

    /** The actor's report run, while it is kept. */
    public Optional<ReportRun> reportRun(Actor actor, String runId) {
        return runs.find(actor.username(), runId);
    }

    /** A report computed while the caller waits, taking its turn like the background runs. */
    public Report report(Actor actor, String name) {
        return runs.now(actor.role().name(), name, clock.today());
    }

    /** An event that happened at a time of its own, for a writer of history (the sample history). */
    public record PastEvent(Instant at, AuditRecord record) {}

    /**
     * Appends events of the past to the chain in one batch, in the caller's transaction, holding the chain head's
     * lock until it commits: the chain verifies as if the application had appended them one by one.
     */
    public void appendPast(List<PastEvent> events) {
        bulk.appendPast(events);
    }
}
