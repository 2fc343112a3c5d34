package org.maizuru.claims.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.maizuru.claims.claim.ClaimPage;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.ClaimSort;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.payment.PaymentRun;
import org.maizuru.claims.payment.PaymentRuns;
import org.maizuru.claims.review.Queue;
import org.maizuru.claims.review.ReviewService;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.claim.ClaimRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /app/casework/queues.xhtml}: the work queues, each a lazy table in the order the programme pays —
 * the oldest claimants first — read a page at a time and counted only up to a bound.
 */
@Named
@ViewScoped
public class QueuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int COUNT_LIMIT = 1000;

    @Inject
    ReviewService review;

    @Inject
    CurrentActor actor;

    @Inject
    ClaimService claims;

    @Inject
    PaymentRuns payments;

    private final Map<Queue, LazyDataModel<ClaimRow>> models = new EnumMap<>(Queue.class);

    /** What the search looks for: a claim number, or a name (family name, or family and given name), kanji or kana. */
    @Size(max = 100)
    private String query;

    private List<ClaimRow> found;

    /** For a supervisor, the payment runs that wait for a second person's approval, with their totals. */
    public List<PaymentRun> getRunsToApprove() {
        if (!actor.get().is(Role.SUPERVISOR)) {
            return List.of();
        }
        return PerRequest.get(
                this,
                "runs",
                () -> payments.runs(actor.get()).stream()
                        .filter(r -> r.state() == PaymentRun.State.PREPARED
                                && !r.preparedBy().equals(actor.get().username()))
                        .toList());
    }

    /** The claims the search finds in any status, oldest claimant first, the first page of them. */
    public void search() {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            found = null;
            return;
        }
        var today = Today.inJapan();
        found = new ArrayList<>(
                claims.list(actor.get(), null, text, ClaimSort.OLDEST_CLAIMANT, 0, FOUND).items().stream()
                        .map(c -> ClaimRow.of(c, today, null))
                        .toList());
    }

    static final int FOUND = 50;

    public List<ClaimRow> getFound() {
        return found;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String value) {
        query = value;
    }

    /** The queues this person works: approvals are a supervisor's. */
    public List<Queue> getQueues() {
        var queues = new ArrayList<>(
                List.of(Queue.UNASSIGNED, Queue.MINE, Queue.OVERDUE, Queue.AWAITING_INFORMATION, Queue.RETURNED_TO_ME));
        if (actor.get().is(Role.SUPERVISOR)) {
            queues.add(1, Queue.APPROVALS);
        }
        return queues;
    }

    /** How many claims a tab holds, counted up to {@link #COUNT_LIMIT} ("1000+" beyond), once per view. */
    public String count(Queue queue) {
        int counted = counts.computeIfAbsent(queue, q -> review.queueCountUpTo(actor.get(), q, COUNT_LIMIT + 1));
        return counted > COUNT_LIMIT ? COUNT_LIMIT + "+" : Integer.toString(counted);
    }

    private final EnumMap<Queue, Integer> counts = new EnumMap<>(Queue.class);

    public LazyDataModel<ClaimRow> model(Queue queue) {
        return models.computeIfAbsent(queue, QueueRows::new);
    }

    private final class QueueRows extends LazyDataModel<ClaimRow> {
        private static final long serialVersionUID = 1L;
        private final Queue queue;

        QueueRows(Queue queue) {
            this.queue = queue;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return review.queueCountUpTo(actor.get(), queue, COUNT_LIMIT);
        }

        @Override
        public List<ClaimRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ClaimPage page = review.queue(actor.get(), queue, first / pageSize, pageSize);
            var today = Today.inJapan();
            return page.items().stream().map(c -> ClaimRow.of(c, today, null)).toList();
        }

        @Override
        public String getRowKey(ClaimRow row) {
            return String.valueOf(row.id());
        }
    }
}
