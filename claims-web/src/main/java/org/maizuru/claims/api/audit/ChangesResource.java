package org.maizuru.claims.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.audit.ClaimChanges;
import org.maizuru.claims.platform.Actor;

/**
 * {@code /api/v1/changes}: an association's systems stay in step with its claims by asking for what changed after
 * the last cursor they read, instead of reading every claim again. Associations only; another role gets 403.
 */
@Path("changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    @Inject
    Actor actor;

    @Inject
    AuditService audit;

    /**
     * One change: {@code change} is the act (its code, as in the audit trail: {@code CLAIM_SUBMIT},
     * {@code CLAIM_REQUEST_INFORMATION}, {@code DECISION_MADE}, {@code TRANSFER_SENT} …), {@code details} its named
     * fields, {@code cursor} its place in the feed.
     */
    public record ChangeJson(long cursor, Instant at, long claim, String number, String change,
                             Map<String, String> details) {
        static ChangeJson of(ClaimChanges.Change change) {
            return new ChangeJson(change.cursor(), change.at(), change.claimId(), change.claimNumber(), change.action(),
                    change.details());
        }
    }

    /** A page of changes; {@code next} goes into {@code after} for the following one, now or after a restart. */
    public record ChangesJson(List<ChangeJson> items, long next, boolean more) {}

    @GET
    public ChangesJson changes(@QueryParam("after") @DefaultValue("0") long after,
                               @QueryParam("size") @DefaultValue("100") int size) {
        ClaimChanges page = audit.changes(actor, after, size);
        return new ChangesJson(page.items().stream().map(ChangeJson::of).toList(), page.next(), page.more());
    }
}
