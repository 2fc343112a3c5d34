package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.Role;

/** What a person may do with a claim now: the lifecycle's moves, narrowed by role, the review held and four eyes. */
class ClaimActionsTest {

    private static final Actor ASSOCIATION = new Actor(1, "association.user", Role.ASSOCIATION, 7L, "127.0.0.1");
    private static final Actor KATO = new Actor(2, "kato", Role.CASEWORKER, null, "127.0.0.1");
    private static final Actor SATO = new Actor(3, "sato", Role.CASEWORKER, null, "127.0.0.1");
    private static final Actor CHIEF = new Actor(4, "chief", Role.SUPERVISOR, null, "127.0.0.1");
    private static final Actor DEPUTY = new Actor(5, "deputy", Role.SUPERVISOR, null, "127.0.0.1");
    private static final Actor ADMIN = new Actor(6, "admin", Role.ADMINISTRATOR, null, "127.0.0.1");
    private static final Actor AUDITOR = new Actor(7, "auditor", Role.AUDITOR, null, "127.0.0.1");

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void nobodyIsOfferedAMoveTheLifecycleRefusesNorTheSystemsOwn(ClaimStatus status) {
        Claim claim = ClaimLifecycleTest.claimIn(status);
        for (Actor actor : List.of(ASSOCIATION, KATO, CHIEF, ADMIN, AUDITOR)) {
            var allowed = ClaimActions.allowed(actor, claim);
            assertTrue(
                    ClaimLifecycle.allowedIn(status).containsAll(allowed),
                    actor.username() + " in " + status + ": " + allowed);
            assertFalse(allowed.contains(ClaimEvent.INFORMATION_OVERDUE));
        }
        assertEquals(EnumSet.noneOf(ClaimEvent.class), ClaimActions.allowed(AUDITOR, claim), "an auditor only reads");
    }

    @Test
    void theAssociationSubmitsAndWithdrawsItsDraftAndCaseworkTakesItUpOnceSubmitted() {
        assertEquals(
                EnumSet.of(ClaimEvent.SUBMIT, ClaimEvent.WITHDRAW),
                ClaimActions.allowed(ASSOCIATION, ClaimLifecycleTest.claimIn(ClaimStatus.DRAFT)));
        assertEquals(
                EnumSet.noneOf(ClaimEvent.class),
                ClaimActions.allowed(KATO, ClaimLifecycleTest.claimIn(ClaimStatus.DRAFT)));
        assertTrue(ClaimActions.allowed(KATO, ClaimLifecycleTest.claimIn(ClaimStatus.SUBMITTED))
                .contains(ClaimEvent.ASSIGN));
        assertFalse(
                ClaimActions.allowed(ADMIN, ClaimLifecycleTest.claimIn(ClaimStatus.SUBMITTED))
                        .contains(ClaimEvent.ASSIGN),
                "an administrator does not work claims");
    }

    @Test
    void theReviewIsWorkedByItsCaseworkerOrASupervisorNotByAnotherCaseworker() {
        Claim claim = ClaimLifecycleTest.claimIn(ClaimStatus.IN_REVIEW);
        claim.assignTo("kato");
        assertTrue(ClaimActions.allowed(KATO, claim)
                .containsAll(EnumSet.of(ClaimEvent.RECOMMEND, ClaimEvent.REQUEST_INFORMATION)));
        assertTrue(ClaimActions.allowed(CHIEF, claim).contains(ClaimEvent.RECOMMEND));
        assertFalse(ClaimActions.allowed(SATO, claim).contains(ClaimEvent.RECOMMEND), "another caseworker's claim");
        assertFalse(ClaimActions.holdsReview(SATO, claim));
    }

    @Test
    void aRecommendationIsApprovedOrReturnedOnlyByASupervisorWhoDidNotMakeIt() {
        Claim claim = ClaimLifecycleTest.claimIn(ClaimStatus.IN_REVIEW);
        claim.apply(ClaimEvent.RECOMMEND);
        claim.recommend(new Recommendation(Recommendation.Outcome.GRANT, null, List.of(), null, "chief"));
        assertEquals(
                EnumSet.of(ClaimEvent.APPROVE, ClaimEvent.RETURN_RECOMMENDATION), ClaimActions.allowed(DEPUTY, claim));
        assertFalse(ClaimActions.allowed(CHIEF, claim).contains(ClaimEvent.APPROVE), "four eyes: not one's own");
        assertFalse(ClaimActions.allowed(KATO, claim).contains(ClaimEvent.APPROVE), "a caseworker does not approve");
    }

    @Test
    void aDecisionIsAppealedByTheAssociationAndClosedBySupervisorsAndAdministrators() {
        Claim claim = ClaimLifecycleTest.claimIn(ClaimStatus.DECIDED);
        assertTrue(ClaimActions.allowed(ASSOCIATION, claim).contains(ClaimEvent.APPEAL));
        assertTrue(ClaimActions.allowed(CHIEF, claim).contains(ClaimEvent.CLOSE));
        assertTrue(ClaimActions.allowed(ADMIN, claim).contains(ClaimEvent.CLOSE));
        assertFalse(ClaimActions.allowed(KATO, claim).contains(ClaimEvent.CLOSE));
    }
}
