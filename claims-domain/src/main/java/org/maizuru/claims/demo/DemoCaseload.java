package org.maizuru.claims.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.EvidenceService;
import org.maizuru.claims.claim.EvidenceType;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.review.ReviewService;

/**
 * The demo's caseload: forty claims under the 2010 Act, each filed and then driven into its state by the same
 * service calls a person would make (submitted, reviewed, recommended, decided, appealed, closed, withdrawn), so
 * that every page and every report has a claim in each state with a true history behind it.
 */
@ApplicationScoped
public class DemoCaseload {

    private static final String PROGRAMME = "SPECIAL_BENEFIT_2010";

    /** The states the demo claims are driven into, forty in all. */
    private enum Target {
        DRAFT,
        SUBMITTED,
        IN_REVIEW,
        RETURNED,
        AWAITING_INFORMATION,
        RECOMMENDED,
        DECIDED,
        APPEALED,
        CLOSED,
        WITHDRAWN
    }

    private static final Target[] PLAN = {
        Target.DRAFT,
        Target.DRAFT,
        Target.DRAFT,
        Target.DRAFT,
        Target.SUBMITTED,
        Target.SUBMITTED,
        Target.SUBMITTED,
        Target.SUBMITTED,
        Target.SUBMITTED,
        Target.SUBMITTED,
        Target.IN_REVIEW,
        Target.IN_REVIEW,
        Target.IN_REVIEW,
        Target.IN_REVIEW,
        Target.RETURNED,
        Target.AWAITING_INFORMATION,
        Target.AWAITING_INFORMATION,
        Target.AWAITING_INFORMATION,
        Target.AWAITING_INFORMATION,
        Target.RECOMMENDED,
        Target.RECOMMENDED,
        Target.RECOMMENDED,
        Target.RECOMMENDED,
        Target.DECIDED,
        Target.DECIDED,
        Target.DECIDED,
        Target.DECIDED,
        Target.DECIDED,
        Target.DECIDED,
        Target.DECIDED,
        Target.APPEALED,
        Target.APPEALED,
        Target.CLOSED,
        Target.CLOSED,
        Target.CLOSED,
        Target.CLOSED,
        Target.WITHDRAWN,
        Target.WITHDRAWN,
        Target.WITHDRAWN,
        Target.SUBMITTED
    };

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

    /** How many claims the caseload files. */
    static int size() {
        return PLAN.length;
    }

    /**
     * Files the claims in the plan's order, so that their numbers are the same at every start, and answers those
     * that ended granted, to be paid. Mandatory: it is a part of the seeder's one transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Claim> file(DemoActors actors) {
        var grants = new ArrayList<Claim>();
        for (int i = 0; i < PLAN.length; i++) {
            Actor association = actors.filerOf(i);
            drive(i, PLAN[i], association, actors.caseworker(), actors.supervisor())
                    .ifPresent(grants::add);
        }
        return grants;
    }

    /** Drives a claim to its target; answers it when it ends granted (decided or closed), to be paid. */
    private Optional<Claim> drive(int i, Target target, Actor association, Actor caseworker, Actor supervisor) {
        Claim claim = claims.create(association, PROGRAMME, DemoPeople.details(i));
        if (target == Target.DRAFT) {
            return Optional.empty();
        }
        documents.addEvidence(
                association,
                claim.id(),
                EvidenceType.REPATRIATION_CERTIFICATE,
                "ja",
                "引揚証明書-" + claim.number() + ".pdf",
                DemoCertificate.of(claim));
        if (i % 4 == 1) {
            documents.addEvidence(
                    association,
                    claim.id(),
                    EvidenceType.FAMILY_REGISTER_EXTRACT,
                    "ja",
                    "戸籍謄本-" + claim.number() + ".pdf",
                    DemoCertificate.of(claim));
        }
        claims.submit(association, claim.id(), null);
        if (target == Target.WITHDRAWN) {
            claims.withdraw(association, claim.id(), null);
            return Optional.empty();
        }
        if (target == Target.SUBMITTED) {
            return Optional.empty();
        }
        review.assign(caseworker, claim.id(), null);
        if (target == Target.IN_REVIEW) {
            return Optional.empty();
        }
        if (target == Target.AWAITING_INFORMATION) {
            review.requestInformation(
                    caseworker,
                    claim.id(),
                    "抑留中の収容所の記録（登録カードまたは労働証明書）の写しを提出してください。",
                    Today.inJapan().plusDays(30));
            return Optional.empty();
        }
        boolean deny = claim.internee().dateOfDeath() != null
                && claim.internee().dateOfDeath().isBefore(LocalDate.of(2010, 6, 16));
        if (deny) {
            review.recommend(
                    caseworker,
                    claim.id(),
                    Recommendation.Outcome.DENY,
                    claim.internment().returnedOn(),
                    List.of("DIED_BEFORE_ENTITLEMENT_DATE"),
                    "抑留者は2010年6月16日より前に死亡しています。");
        } else {
            review.recommend(
                    caseworker,
                    claim.id(),
                    Recommendation.Outcome.GRANT,
                    claim.internment().returnedOn(),
                    List.of(),
                    "引揚証明書により帰還日を確認しました。");
        }
        if (target == Target.RETURNED) {
            review.approve(supervisor, claim.id(), false, "帰還日の根拠となる書類をもう一度確認してください。");
            return Optional.empty();
        }
        if (target == Target.RECOMMENDED) {
            return Optional.empty();
        }
        review.approve(supervisor, claim.id(), true, null);
        if (target == Target.APPEALED) {
            decisions.appeal(association, claim.id(), "帰還日の認定に誤りがあります。舞鶴入港の記録を追加で提出します。");
            return Optional.empty();
        } else if (target == Target.CLOSED) {
            agePastAppealPeriod(claim);
            decisions.close(supervisor, claim.id());
        }
        return deny ? Optional.empty() : Optional.of(claim);
    }

    /**
     * Demo history: a closed claim was decided months ago. The decision's dates are moved back so that its
     * appeal period is over, as it would be for a claim decided in the spring.
     */
    private void agePastAppealPeriod(Claim claim) {
        LocalDate decided = Today.inJapan().minusDays(120);
        em.flush();
        em.createNativeQuery("update decision set decided_at = ?1, appealable_until = ?2 where claim_id = ?3")
                .setParameter(1, Instant.now().minus(120, ChronoUnit.DAYS))
                .setParameter(2, decided.plusDays(60))
                .setParameter(3, claim.id())
                .executeUpdate();
        // Filed before it was decided, as every claim is: the processing-times report counts the days between.
        em.createNativeQuery("update claim set created_at = ?1, submitted_at = ?1 where id = ?2")
                .setParameter(1, Instant.now().minus(150, ChronoUnit.DAYS))
                .setParameter(2, claim.id())
                .executeUpdate();
        em.clear();
    }
}
