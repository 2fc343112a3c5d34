package org.maizuru.claims.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.EvidenceService;
import org.maizuru.claims.claim.EvidenceType;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.decision.Programme;
import org.maizuru.claims.decision.ProgrammeKind;
import org.maizuru.claims.decision.Rate;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.payment.LifeEvent;
import org.maizuru.claims.payment.Pensions;
import org.maizuru.claims.review.ReviewService;

/**
 * The demo's pensioners: a pension programme set up as an administrator would, three claims granted under it,
 * and what befell two of the pensioners once their arrears were paid, so that the pension pages show a death to
 * recover from and a proof of life overdue.
 */
@ApplicationScoped
public class DemoPensions {

    /** The demonstration pension's code: a programme an administrator set up, as the pages let one do. */
    static final String PENSION = "INTERNEE_PENSION_DEMO";

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimService claims;

    @Inject
    EvidenceService documents;

    @Inject
    ReviewService review;

    @Inject
    DecisionService decisions;

    @Inject
    Pensions pensionPayments;

    /**
     * A demonstration pension, owed since October 2025 at a monthly rate raised in April 2026, with three
     * pensioners granted under it: they are paid their arrears in the first run; then one dies (what was paid
     * for the months after is to be recovered), and one was granted thirteen months ago and sent no proof of
     * life since (the duty suspends the pension at its first round). Answers the three pensioners' claims.
     * Mandatory: it is a part of the seeder's one transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Claim> grant(DemoActors actors) {
        Actor admin = actors.admin();
        Actor caseworker = actors.caseworker();
        Actor supervisor = actors.supervisor();
        var programme = new Programme(
                PENSION,
                ProgrammeKind.PENSION,
                "抑留者年金（デモ）",
                "Internee pension (demonstration)",
                LocalDate.of(1945, 9, 2),
                LocalDate.of(2025, 10, 1),
                75,
                60);
        programme.openFilingWindow(LocalDate.of(2025, 10, 1), LocalDate.of(2031, 3, 31), "Demonstration programme.");
        decisions.createProgramme(
                admin,
                programme,
                List.of(
                        new Rate(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31), null, null, null, 30_000),
                        new Rate(LocalDate.of(2026, 4, 1), null, null, null, null, 32_000)));
        var pensions = new ArrayList<Claim>();
        for (int i : new int[] {41, 43, 44}) {
            Actor association = actors.filerOf(i);
            Claim claim = claims.create(association, PENSION, DemoPeople.details(i));
            documents.addEvidence(
                    association,
                    claim.id(),
                    EvidenceType.REPATRIATION_CERTIFICATE,
                    "ja",
                    "引揚証明書-" + claim.number() + ".pdf",
                    DemoCertificate.of(claim));
            claims.submit(association, claim.id(), null);
            review.assign(caseworker, claim.id(), null);
            review.recommend(
                    caseworker,
                    claim.id(),
                    Recommendation.Outcome.GRANT,
                    claim.internment().returnedOn(),
                    List.of(),
                    "引揚証明書により抑留と帰還を確認しました。");
            review.approve(supervisor, claim.id(), true, null);
            pensions.add(claim);
        }
        return pensions;
    }

    /**
     * What happened after the pensioners' first run was sent: the second pensioner died six months ago (his
     * association sends the death certificate), and the third was granted thirteen months ago, so that his proof
     * of life is overdue. Mandatory: it is a part of the seeder's one transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterTheFirstRun(List<Claim> pensions, DemoActors actors) {
        Claim died = pensions.get(1);
        Actor association = actors.filerOf(died);
        var certificate = documents.addEvidence(
                association,
                died.id(),
                EvidenceType.DEATH_CERTIFICATE,
                "ja",
                "死亡診断書-" + died.number() + ".pdf",
                DemoCertificate.of(died));
        pensionPayments.recordLifeEvent(
                association,
                died.id(),
                LifeEvent.Kind.DEATH,
                Today.inJapan().minusMonths(6).withDayOfMonth(8),
                certificate.id());
        // The third was granted thirteen months ago...
        em.createNativeQuery("update decision set decided_at = ?1 where claim_id = ?2")
                .setParameter(
                        1,
                        Today.inJapan()
                                .minusMonths(13)
                                .atStartOfDay(Today.JAPAN)
                                .toOffsetDateTime())
                .setParameter(2, pensions.get(2).id())
                .executeUpdate();
        // ...filed a month before that, as a claim is filed before it is decided
        em.createNativeQuery("update claim set created_at = ?1, submitted_at = ?1 where id = ?2")
                .setParameter(
                        1,
                        Today.inJapan()
                                .minusMonths(14)
                                .atStartOfDay(Today.JAPAN)
                                .toOffsetDateTime())
                .setParameter(2, pensions.get(2).id())
                .executeUpdate();
    }
}
