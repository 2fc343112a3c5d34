package org.maizuru.claims.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.maizuru.claims.audit.AuditEvent;
import org.maizuru.claims.audit.AuditPage;
import org.maizuru.claims.audit.AuditQuery;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.audit.ChainVerification;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.web.account.People;

/** {@code /app/audit/trail.xhtml}: search the trail by claim, account, action and period; verify the chain. */
@Named
@ViewScoped
public class TrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor actor;

    private Long claim;
    private String account;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private final List<Row> rows = new ArrayList<>();
    private Long next;
    private ChainVerification verification;

    @Inject
    EventWords words;

    @Inject
    People people;

    /** One event as the page shows it: the person by name, the act and what it was about in the reader's words. */
    public record Row(
            long id,
            Instant at,
            String actor,
            String actorName,
            String role,
            String action,
            String actionWords,
            Long claim,
            String summary)
            implements Serializable {}

    private Row row(AuditEvent event) {
        return new Row(
                event.id(),
                event.at(),
                event.actor(),
                people.name(event.actor()),
                event.role(),
                event.action(),
                words.action(event.action()),
                event.claimId(),
                words.text(event));
    }

    /** Opened from a claim ({@code ?claim=}): its events at once, newest first. */
    public void open() {
        if (claim != null && rows.isEmpty()) {
            search();
        }
    }

    /** Every act the trail knows, by its words, for the search. */
    public List<String> getActions() {
        var bundle = ResourceBundle.getBundle(EventWords.REPORTS, Locale.ROOT);
        return bundle.keySet().stream()
                .filter(key -> key.startsWith("action."))
                .map(key -> key.substring(7))
                .sorted(Comparator.comparing(words::action))
                .toList();
    }

    public void search() {
        rows.clear();
        next = null;
        load(null);
    }

    public void older() {
        if (next != null) {
            load(next);
        }
    }

    private void load(Long after) {
        AuditPage page = audit.search(
                actor.get(),
                new AuditQuery(
                        claim,
                        account,
                        action,
                        from == null ? null : from.atStartOfDay(Today.JAPAN).toInstant(),
                        to == null
                                ? null
                                : to.plusDays(1).atStartOfDay(Today.JAPAN).toInstant(),
                        after,
                        PAGE));
        page.items().forEach(event -> rows.add(row(event)));
        next = page.next();
    }

    public void verify() {
        verification = audit.verify(actor.get());
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isMore() {
        return next != null;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public Long getClaim() {
        return claim;
    }

    public void setClaim(Long value) {
        claim = value;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String value) {
        account = value;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String value) {
        action = value;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate value) {
        from = value;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate value) {
        to = value;
    }
}
