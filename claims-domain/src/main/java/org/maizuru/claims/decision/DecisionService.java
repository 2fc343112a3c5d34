package org.maizuru.claims.decision;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.maizuru.claims.association.Account;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimEvent;
import org.maizuru.claims.claim.ClaimProgress;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.claim.InterneeKeys;
import org.maizuru.claims.claim.InternmentStay;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.claim.Relationship;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.PlainText;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.notice.AssociationNotice;
import org.maizuru.claims.notice.NoticeService;
import org.maizuru.claims.notice.Told;
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

    @Inject
    ProgrammeClock clock;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ProgrammeService programmes;

    @Inject
    RegistryService registry;

    @Inject
    ClaimProgress progress;

    @Inject
    NoticeLetters letters;

    @Inject
    AccountService accounts;

    @Inject
    NoticeService notices;

    @Override
    public void checkRecommendation(Claim claim, Recommendation recommendation) {
        var fitting = ReasonCode.fitting(recommendation.outcome()).stream()
                .map(ReasonCode::name)
                .toList();
        for (String code : recommendation.reasonCodes()) {
            if (!fitting.contains(code)) {
                Object named = Arrays.stream(ReasonCode.values())
                        .filter(c -> c.name().equals(code))
                        .<Object>map(c -> c)
                        .findFirst()
                        .orElse(code);
                throw new DomainException.Invalid("reasonCodes", "decision.reasonDoesNotFit", named);
            }
        }
        if (recommendation.outcome() == Recommendation.Outcome.DENY) {
            if (recommendation.reasonCodes().isEmpty()
                    && (recommendation.reason() == null
                            || recommendation.reason().isBlank())) {
                throw new DomainException.Invalid("reasonCodes", "decision.denialNeedsReasons");
            }
            return;
        }
        Assessment assessment = assess(claim, recommendation.returnedOn(), clock.today());
        if (!assessment.eligible()) {
            throw new DomainException.Conflict("decision.notEligible", claim.number(), assessment.reasons());
        }
    }

    @Override
    public void decide(Actor approver, Claim claim, Recommendation recommendation) {
        LocalDate today = clock.today();
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
        var decision = new Decision(
                claim.id(),
                claim.programme(),
                grant ? Decision.Outcome.GRANTED : Decision.Outcome.DENIED,
                assessment,
                landing,
                claim.internedFrom().orElse(null),
                claim.internedTo().orElse(null),
                new ArrayList<>(reasons),
                recommendation.reason(),
                recommendation.recommendedBy(),
                approver.username(),
                today.plusDays(programme.appealDays()));
        em.persist(decision);
        em.flush();
        progress.note(
                approver,
                "DECISION_MADE",
                claim,
                decision.outcome() + " " + decision.amountYen() + " yen"
                        + (decision.tier() == null ? "" : ", tier " + decision.tier()),
                details(
                        "decision",
                        decision.id(),
                        "outcome",
                        decision.outcome(),
                        "amountYen",
                        decision.amountYen(),
                        "tier",
                        decision.tier()));
        notices.tell(new Told(
                AssociationNotice.Kind.DECISION_MADE,
                claim.associationId(),
                claim.id(),
                claim.number(),
                decision.id(),
                null));
    }

    /**
     * What the programme's schedule gives the claim today if it landed on {@code landing}: eligible or not and why,
     * the tier and the amount. Nothing is decided or recorded; a caseworker weighs a recommendation with it, and a
     * supervisor reads what approving one will pay.
     */
    public Assessment preview(Actor actor, long claimId, LocalDate landing) {
        if (!actor.role().worksClaims()) {
            throw new DomainException.Forbidden("review.caseworkOnly");
        }
        return assess(progress.claim(actor, claimId), landing, clock.today());
    }

    /** The claim's latest decision, for those who may see the claim. */
    public Decision decision(Actor actor, long claimId) {
        Claim claim = progress.claim(actor, claimId);
        Decision decision =
                latest(claim.id()).orElseThrow(() -> new DomainException.NotFound("decision.notFound", claimId));
        progress.note(actor, "DECISION_VIEWED", claim, "Decision " + decision.id(), details("decision", decision.id()));
        return decision;
    }

    public Optional<Decision> latest(long claimId) {
        return em.createNamedQuery(Decision.LATEST_FOR_CLAIM, Decision.class)
                .setParameter("claim", claimId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The notice letter of the latest decision, as a PDF in the claimant's language. */
    public Notice notice(Actor actor, long claimId) {
        Claim claim = progress.claim(actor, claimId);
        Decision decision =
                latest(claim.id()).orElseThrow(() -> new DomainException.NotFound("decision.notFound", claimId));
        progress.note(
                actor,
                "NOTICE_DOWNLOADED",
                claim,
                "Notice of decision " + decision.id(),
                details("decision", decision.id()));
        return new Notice(
                "notice-" + claim.number() + ".pdf",
                letters.write(
                        claim,
                        decision,
                        programme(claim),
                        accounts.find(decision.approvedBy())
                                .map(Account::displayName)
                                .orElse(decision.approvedBy())));
    }

    /** The association appeals the latest decision within its appeal period; answers the claim, back in review's reach. */
    public Claim appeal(Actor actor, long claimId, String grounds) {
        if (!actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("appeal.filerOnly");
        }
        PlainText.requireLines("grounds", grounds, 4000);
        Claim claim = progress.claim(actor, claimId);
        Decision decision =
                latest(claim.id()).orElseThrow(() -> new DomainException.Conflict("decision.none", claim.number()));
        if (!decision.isAppealableOn(clock.today())) {
            throw new DomainException.Conflict("decision.appealPeriodOver", claim.number(), decision.appealableUntil());
        }
        var appeal = new Appeal(decision, grounds, actor.username());
        // the grounds go into the trail with the appeal: an auditor reads what was appealed and why
        progress.move(
                actor,
                claim,
                ClaimEvent.APPEAL,
                "Appeal against decision " + decision.id(),
                details("decision", decision.id(), "grounds", appeal.grounds()));
        em.persist(appeal);
        return claim;
    }

    /**
     * The appeals against the claim's decisions, oldest first, with their grounds: for the association whose claim
     * it is and for staff; another association's claim does not exist for it.
     */
    public List<Appeal> appeals(Actor actor, long claimId) {
        Claim claim = progress.claim(actor, claimId);
        return em.createNamedQuery(Appeal.OF_CLAIM, Appeal.class)
                .setParameter("claim", claim.id())
                .getResultList();
    }

    /** A decided claim whose appeal period has passed is closed. */
    public Claim close(Actor actor, long claimId) {
        if (!actor.is(Role.SUPERVISOR) && !actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("decision.closersOnly");
        }
        Claim claim = progress.claim(actor, claimId);
        latest(claim.id()).filter(d -> d.isAppealableOn(clock.today())).ifPresent(d -> {
            throw new DomainException.Conflict("decision.appealable", claim.number(), d.appealableUntil());
        });
        progress.move(actor, claim, ClaimEvent.CLOSE, "Closed");
        return claim;
    }

    // The appeal windows' duty: decided claims whose appeal period has ended, each closed in a transaction of its own.

    /** Decided claims whose latest decision could last be appealed before {@code today}. */
    List<Long> appealPeriodsEnded(LocalDate today) {
        return em.createQuery(
                        "select c.id from Claim c, Decision d where d.claimId = c.id and c.status = :decided"
                                + " and d.id = (select max(d2.id) from Decision d2 where d2.claimId = c.id)"
                                + " and d.appealableUntil < :today order by d.appealableUntil, c.id",
                        Long.class)
                .setParameter("decided", ClaimStatus.DECIDED)
                .setParameter("today", today)
                .getResultList();
    }

    /** Closes a decided claim the day after its appeal period; false when it is no longer due (appealed meanwhile). */
    boolean closeAfterAppealPeriod(long claimId, LocalDate today) {
        Claim claim = progress.claim(SYSTEM, claimId);
        Optional<Decision> decision = latest(claim.id());
        if (claim.status() != ClaimStatus.DECIDED
                || decision.isEmpty()
                || decision.get().isAppealableOn(today)) {
            return false;
        }
        progress.move(
                SYSTEM,
                claim,
                ClaimEvent.CLOSE,
                "Closed: the appeal period ended on " + decision.get().appealableUntil(),
                details("appealableUntil", decision.get().appealableUntil()));
        notices.tell(new Told(
                AssociationNotice.Kind.CLAIM_CLOSED,
                claim.associationId(),
                claim.id(),
                claim.number(),
                decision.get().id(),
                null));
        return true;
    }

    /** The system closing claims by itself, under the trail's name for the system. */
    static final Actor SYSTEM = Actor.system(Role.SUPERVISOR);

    Assessment assess(Claim claim, LocalDate recommendedLanding, LocalDate on) {
        Programme programme = programme(claim);
        var stays = claim.stays().stream().map(this::stay).toList();
        var facts = new ClaimFacts(
                claim.relationship(),
                claim.internee().dateOfDeath(),
                stays,
                landingDate(claim, recommendedLanding),
                alreadyDetermined(claim));
        return EligibilityRules.assess(programme.terms(), facts, on);
    }

    private ClaimFacts.Stay stay(InternmentStay stay) {
        boolean territory =
                registry.place(stay.place()).map(Place::isInternmentTerritory).orElse(false);
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
        var internee = claim.internee();
        var keys = InterneeKeys.of(
                internee.familyName(), internee.givenName(), internee.familyNameKana(), internee.givenNameKana());
        var familyKeys = keys.stream()
                .filter(key -> key.startsWith(InterneeKeys.family("")))
                .toList();
        var givenKeys = keys.stream()
                .filter(key -> key.startsWith(InterneeKeys.given("")))
                .toList();
        if (familyKeys.isEmpty() || givenKeys.isEmpty()) {
            return false;
        }
        // A pension ends with the pensioner's death and the survivor's pension is a right of its own: a surviving
        // spouse is bound by another survivor's grant, not by the one the internee had himself.
        boolean survivor = claim.relationship() == Relationship.SPOUSE
                && internee.dateOfDeath() != null
                && programme(claim).kind() == ProgrammeKind.PENSION;
        long grants = em.createNamedQuery(Decision.GRANTS_FOR_INTERNEE, Long.class)
                .setParameter(
                        "bindingRelationships",
                        Arrays.stream(Relationship.values())
                                .filter(r -> !survivor || r != Relationship.SELF)
                                .toList())
                .setParameter("programme", claim.programme())
                .setParameter("granted", Decision.Outcome.GRANTED)
                .setParameter("claim", claim.id())
                .setParameter("birthDate", internee.birthDate())
                .setParameter("familyKeys", familyKeys)
                .setParameter("givenKeys", givenKeys)
                .getSingleResult();
        return grants > 0;
    }

    private Programme programme(Claim claim) {
        return programmes
                .programme(claim.programme())
                .orElseThrow(
                        () -> new IllegalStateException("Claim " + claim.number() + " names an unknown programme"));
    }

    /** The benefit programmes with their schedules and filing windows. */
    public List<Programme> programmes() {
        return programmes.programmes();
    }

    /** The programme a filing goes under unless it names another (see {@link ProgrammeService#defaultProgramme}). */
    public String defaultProgramme(LocalDate filedOn) {
        return programmes.defaultProgramme(filedOn);
    }

    public Optional<Programme> programme(String code) {
        return programmes.programme(code);
    }

    /** An administrator creates a programme, for example a pension with its monthly rate. */
    public Programme createProgramme(Actor actor, Programme programme, List<Rate> rates) {
        return programmes.create(actor, programme, rates);
    }

    /** An administrator adds a rate to a programme's schedule (a change takes effect from its date). */
    public Programme addRate(Actor actor, String code, Rate rate) {
        return programmes.addRate(actor, code, rate);
    }

    /** An administrator opens a filing window of a programme. */
    public FilingWindow openFilingWindow(Actor actor, String code, LocalDate opensOn, LocalDate closesOn, String note) {
        return programmes.openFilingWindow(actor, code, opensOn, closesOn, note);
    }
}
