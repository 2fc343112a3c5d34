package org.maizuru.claims.decision;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maizuru.claims.claim.FilingPolicy;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.PlainText;
import org.maizuru.claims.kernel.Role;

/** Benefit programmes: what claims may be filed under, and what administrators maintain. */
@ApplicationScoped
@Transactional
class ProgrammeService implements FilingPolicy {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    Event<AuditRecord> audit;

    public List<Programme> programmes() {
        return em.createNamedQuery(Programme.ALL, Programme.class).getResultList();
    }

    public Optional<Programme> programme(String code) {
        return em.createNamedQuery(Programme.BY_CODE, Programme.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean exists(String programme) {
        return programme(programme).isPresent();
    }

    @Override
    public void checkFilingWindow(String code, LocalDate filedOn) {
        Programme programme =
                programme(code).orElseThrow(() -> new DomainException.NotFound("programme.notFound", code));
        if (!programme.acceptsFilingOn(filedOn)) {
            throw new DomainException.Conflict(
                    "programme.filingClosed", programme.nameEn(), programme.nameJa(), filedOn);
        }
    }

    @Override
    public String defaultProgramme(LocalDate filedOn) {
        List<Programme> all = programmes().stream()
                .sorted(Comparator.comparing(Programme::id))
                .toList();
        return all.stream()
                .filter(programme -> programme.acceptsFilingOn(filedOn))
                .findFirst()
                .or(() -> all.stream().findFirst())
                .map(Programme::code)
                .orElseThrow(() -> new DomainException.NotFound("programme.notFound", "—"));
    }

    /** An administrator creates a programme, for example a pension with its monthly rate. */
    public Programme create(Actor actor, Programme programme, List<Rate> rates) {
        requireAdministrator(actor);
        if (exists(programme.code())) {
            throw new DomainException.Invalid("code", "programme.codeTaken", programme.code());
        }
        programme.addRates(rates);
        em.persist(programme);
        record(
                actor,
                "PROGRAMME_CREATED",
                programme,
                programme.kind() + " with " + rates.size() + " rate(s)",
                details("programme", programme.code(), "kind", programme.kind(), "rates", rates.size()));
        return programme;
    }

    /** An administrator adds a line to a programme's schedule; overlaps and gaps are refused. */
    public Programme addRate(Actor actor, String code, Rate rate) {
        requireAdministrator(actor);
        Programme programme =
                programme(code).orElseThrow(() -> new DomainException.NotFound("programme.notFound", code));
        programme.addRates(List.of(rate));
        em.flush();
        record(
                actor,
                "RATE_ADDED",
                programme,
                rate.toString(),
                details(
                        "programme",
                        programme.code(),
                        "effectiveFrom",
                        rate.effectiveFrom(),
                        "effectiveTo",
                        rate.effectiveTo(),
                        "returnedFrom",
                        rate.returnedFrom(),
                        "returnedTo",
                        rate.returnedTo(),
                        "tier",
                        rate.tier(),
                        "amountYen",
                        rate.amountYen()));
        return programme;
    }

    /** An administrator reopens filing under a programme. */
    public FilingWindow openFilingWindow(Actor actor, String code, LocalDate opensOn, LocalDate closesOn, String note) {
        requireAdministrator(actor);
        PlainText.requireLines("note", note, 500);
        Programme programme =
                programme(code).orElseThrow(() -> new DomainException.NotFound("programme.notFound", code));
        FilingWindow window = programme.openFilingWindow(opensOn, closesOn, note);
        em.persist(window);
        record(
                actor,
                "FILING_WINDOW_OPENED",
                programme,
                opensOn + " to " + closesOn,
                details("programme", programme.code(), "opensOn", opensOn, "closesOn", closesOn));
        return window;
    }

    private void record(Actor actor, String action, Programme programme, String summary, Map<String, String> details) {
        audit.fire(AuditRecord.by(actor, action, null, "Programme " + programme.code(), summary, details));
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("programme.administratorsOnly");
        }
    }
}
