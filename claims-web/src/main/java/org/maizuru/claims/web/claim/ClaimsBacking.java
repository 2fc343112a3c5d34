package org.maizuru.claims.web.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maizuru.claims.claim.ClaimPage;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.ClaimSort;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.review.InformationRequest;
import org.maizuru.claims.review.ReviewService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** {@code /app/association/claims.xhtml}: the association's claims, filtered by status or text, in pages. */
@Named
@ViewScoped
public class ClaimsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The paginator counts no further than this. */
    static final int COUNT_LIMIT = 1000;

    @Inject
    ClaimService claims;

    @Inject
    ReviewService review;

    @Inject
    CurrentActor actor;

    private ClaimStatus status;
    private String query;
    private final LazyDataModel<ClaimRow> model = new Rows();

    public LazyDataModel<ClaimRow> getModel() {
        return model;
    }

    public List<ClaimStatus> getStatuses() {
        return List.of(ClaimStatus.values());
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    static ClaimSort sort(Map<String, SortMeta> sortBy) {
        for (SortMeta meta : sortBy.values()) {
            boolean descending = meta.getOrder() == SortOrder.DESCENDING;
            switch (meta.getField()) {
                case "number":
                    return descending ? ClaimSort.NUMBER_DESCENDING : ClaimSort.NUMBER;
                case "submittedAt":
                    return descending ? ClaimSort.FILED_DESCENDING : ClaimSort.FILED;
                case "claimantBirthDate":
                    return ClaimSort.OLDEST_CLAIMANT;
                default:
                    break;
            }
        }
        return ClaimSort.NEWEST;
    }

    private final class Rows extends LazyDataModel<ClaimRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return claims.countUpTo(actor.get(), status, query, COUNT_LIMIT);
        }

        @Override
        public List<ClaimRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ClaimPage page = claims.list(actor.get(), status, query, sort(sortBy), first / pageSize, pageSize);
            Map<Long, InformationRequest> open =
                    review
                            .openRequests(
                                    actor.get(),
                                    page.items().stream().map(c -> c.id()).toList())
                            .stream()
                            .collect(Collectors.toMap(InformationRequest::claimId, Function.identity(), (a, b) -> a));
            var today = Today.inJapan();
            return page.items().stream()
                    .map(c -> ClaimRow.of(
                            c,
                            today,
                            open.containsKey(c.id()) ? open.get(c.id()).dueOn() : null))
                    .toList();
        }

        @Override
        public String getRowKey(ClaimRow row) {
            return String.valueOf(row.id());
        }
    }
}
