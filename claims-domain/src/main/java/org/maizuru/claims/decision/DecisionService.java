package org.maizuru.claims.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.maizuru.claims.association.Actor;
import org.maizuru.claims.association.Role;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimEvent;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.InternmentStay;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.Today;
import org.maizuru.claims.registry.Place;
import org.maizuru.claims.registry.RegistryService;
import org.maizuru.claims.review.DecisionMaker;

/**
 * The decision capability's boundary: applies a programme's rules to an approved recommendation, keeps the
 * decisions, writes notice letters and takes appeals.
 */
@ApplicationScoped
@Transactional
public class DecisionService implements DecisionMaker {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ProgrammeService programmes;

    @Inject
    RegistryService registry;

    @Inject
    ClaimService claims;

    @Inject
    NoticeLetters letters;

    @Override
    public void checkRecommendation(Claim claim, Recommendation recommendation) {
        if (recommendation.outcome() == Recommendation.Outcome.DENY) {
            if (recommendation.reasonCodes().isEmpty() && (recommendation.reason() == null || recommendation.reason().isBlank())) {
                throw new DomainException.Invalid("reasonCodes", "A denial states its reasons.");
            }
            return;
        }
        Assessment assessment = assess(claim, recommendation.returnedOn(), Today.inJapan());
        if (!assessment.eligible()) {
            throw new DomainException.Conflict("decision.notEligible", "The rules of the programme do not allow claim "
                    + claim.number() + " to be granted: " + assessment.reasons() + ".");
        }
    }

    @Override
    public void decide(Actor approver, Claim claim, Recommendation recommendation) {
        LocalDate today = Today.inJapan();
        Programme programme = programme(claim);
        LocalDate landing = landingDate(claim, recommendation.returnedOn());
        Assessment assessment = assess(claim, landing, today);
        boolean grant = recommendation.outcome() == Recommendation.Outcome.GRANT && assessment.eligible();
        var reasons = new LinkedHashSet<String>();
        assessment.reasons().forEach(code -> reasons.add(code.name()));
        reasons.addAll(recommendation.reasonCodes());
        if (grant) {
            reasons.remove(ReasonCode.NOT_INTERNED_IN_TERRITORY.name());
        }
        var decision = new Decision(claim.id(), claim.programme(), grant ? Decision.Outcome.GRANTED : Decision.Outcome.DENIED,
                assessment, landing, claim.internedFrom().orElse(null), claim.internedTo().orElse(null),
                new ArrayList<>(reasons), recommendation.reason(), recommendation.recommendedBy(), approver.username(),
                today.plusDays(programme.appealDays()));
        em.persist(decision);
        claims.record(approver, "DECISION_MADE", claim, decision.outcome() + " " + decision.amountYen() + " yen"
                + (decision.tier() == null ? "" : ", tier " + decision.tier()));
    }

    /** The claim's latest decision, for those who may see the claim. */
    public Decision decision(Actor actor, long claimId) {
        Claim claim = claims.load(actor, claimId);
        Decision decision = latest(claim.id()).orElseThrow(() -> new DomainException.NotFound("The decision on claim " + claimId));
        claims.record(actor, "DECISION_VIEWED", claim, "Decision " + decision.id());
        return decision;
    }

    public Optional<Decision> latest(long claimId) {
        return em.createNamedQuery(Decision.LATEST_FOR_CLAIM, Decision.class).setParameter("claim", claimId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The notice letter of the latest decision, as a PDF in the claimant's language. */
    public byte[] notice(Actor actor, long claimId) {
        Claim claim = claims.load(actor, claimId);
        Decision decision = latest(claim.id()).orElseThrow(() -> new DomainException.NotFound("The decision on claim " + claimId));
        claims.record(actor, "NOTICE_DOWNLOADED", claim, "Notice of decision " + decision.id());
        return letters.write(claim, decision, programme(claim));
    }

    public Appeal appeal(Actor actor, long claimId, String grounds) {
        if (!actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("Only the filing association appeals a decision.");
        }
        Claim claim = claims.load(actor, claimId);
        Decision decision = latest(claim.id()).orElseThrow(() ->
                new DomainException.Conflict("decision.none", "Claim " + claim.number() + " has no decision to appeal."));
        if (!decision.isAppealableOn(Today.inJapan())) {
            throw new DomainException.Conflict("decision.appealPeriodOver", "The period for an appeal against the decision on claim "
                    + claim.number() + " ended on " + decision.appealableUntil() + ".");
        }
        var appeal = new Appeal(decision, grounds, actor.username());
        claims.transition(actor, claim, ClaimEvent.APPEAL, "Appeal against decision " + decision.id());
        em.persist(appeal);
        return appeal;
    }

    /** A decided claim whose appeal period has passed is closed. */
    public Claim close(Actor actor, long claimId) {
        if (!actor.is(Role.SUPERVISOR) && !actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("Only supervisors and administrators close claims.");
        }
        Claim claim = claims.load(actor, claimId);
        latest(claim.id()).filter(d -> d.isAppealableOn(Today.inJapan())).ifPresent(d -> {
            throw new DomainException.Conflict("decision.appealable", "Claim " + claim.number()
                    + " can still be appealed until " + d.appealableUntil() + ".");
        });
        claims.transition(actor, claim, ClaimEvent.CLOSE, "Closed");
        return claim;
    }

    Assessment assess(Claim claim, LocalDate recommendedLanding, LocalDate on) {
        Programme programme = programme(claim);
        var stays = claim.stays().stream().map(this::stay).toList();
        var facts = new ClaimFacts(claim.relationship(), claim.internee().dateOfDeath(), stays,
                landingDate(claim, recommendedLanding), alreadyDetermined(claim));
        return EligibilityRules.assess(programme.terms(), facts, on);
    }

    private ClaimFacts.Stay stay(InternmentStay stay) {
        boolean territory = registry.place(stay.place()).map(Place::isInternmentTerritory).orElse(false);
        return new ClaimFacts.Stay(stay.from(), stay.to(), territory);
    }

    private static LocalDate landingDate(Claim claim, LocalDate recommended) {
        return recommended != null ? recommended : claim.internment().returnedOn();
    }

    /**
     * The benefit is paid once for an internee. A grant to him binds his heirs. A grant to one heir binds the
     * heirs of the same rank (one determination binds them all), and heirs of a later rank inherit only where
     * no earlier rank exists. So any earlier grant for the same internee under the programme binds this claim.
     */
    private boolean alreadyDetermined(Claim claim) {
        long grants = em.createNamedQuery(Decision.GRANTS_FOR_INTERNEE, Long.class)
                .setParameter("programme", claim.programme())
                .setParameter("granted", Decision.Outcome.GRANTED)
                .setParameter("claim", claim.id())
                .setParameter("familyName", claim.internee().familyName())
                .setParameter("givenName", claim.internee().givenName())
                .setParameter("birthDate", claim.internee().birthDate())
                .getSingleResult();
        return grants > 0;
    }

    private Programme programme(Claim claim) {
        return programmes.programme(claim.programme())
                .orElseThrow(() -> new IllegalStateException("Claim " + claim.number() + " names an unknown programme"));
    }
}
