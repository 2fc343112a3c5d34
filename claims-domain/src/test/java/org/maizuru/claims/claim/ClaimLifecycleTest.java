package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Language;

/** The claim's one state machine, checked against an independent table of every status × event. */
class ClaimLifecycleTest {

    /** The expected lifecycle, written out by hand; anything missing here must be illegal. */
    static final Map<ClaimStatus, Map<ClaimEvent, ClaimStatus>> EXPECTED = new EnumMap<>(ClaimStatus.class);

    static {
        for (ClaimStatus status : ClaimStatus.values()) {
            EXPECTED.put(status, new EnumMap<>(ClaimEvent.class));
        }
        EXPECTED.get(ClaimStatus.DRAFT).put(ClaimEvent.SUBMIT, ClaimStatus.SUBMITTED);
        EXPECTED.get(ClaimStatus.SUBMITTED).put(ClaimEvent.ASSIGN, ClaimStatus.IN_REVIEW);
        EXPECTED.get(ClaimStatus.APPEALED).put(ClaimEvent.ASSIGN, ClaimStatus.IN_REVIEW);
        EXPECTED.get(ClaimStatus.IN_REVIEW).put(ClaimEvent.REQUEST_INFORMATION, ClaimStatus.AWAITING_INFORMATION);
        EXPECTED.get(ClaimStatus.AWAITING_INFORMATION).put(ClaimEvent.RECEIVE_INFORMATION, ClaimStatus.IN_REVIEW);
        EXPECTED.get(ClaimStatus.AWAITING_INFORMATION).put(ClaimEvent.INFORMATION_OVERDUE, ClaimStatus.IN_REVIEW);
        EXPECTED.get(ClaimStatus.IN_REVIEW).put(ClaimEvent.EXTEND_REQUEST, ClaimStatus.AWAITING_INFORMATION);
        EXPECTED.get(ClaimStatus.IN_REVIEW).put(ClaimEvent.RECOMMEND, ClaimStatus.RECOMMENDED);
        EXPECTED.get(ClaimStatus.RECOMMENDED).put(ClaimEvent.RETURN_RECOMMENDATION, ClaimStatus.IN_REVIEW);
        EXPECTED.get(ClaimStatus.RECOMMENDED).put(ClaimEvent.APPROVE, ClaimStatus.DECIDED);
        EXPECTED.get(ClaimStatus.DECIDED).put(ClaimEvent.APPEAL, ClaimStatus.APPEALED);
        EXPECTED.get(ClaimStatus.DECIDED).put(ClaimEvent.CLOSE, ClaimStatus.CLOSED);
        for (ClaimStatus status : List.of(
                ClaimStatus.DRAFT,
                ClaimStatus.SUBMITTED,
                ClaimStatus.IN_REVIEW,
                ClaimStatus.AWAITING_INFORMATION,
                ClaimStatus.RECOMMENDED)) {
            EXPECTED.get(status).put(ClaimEvent.WITHDRAW, ClaimStatus.WITHDRAWN);
        }
    }

    /** A way to reach each status from a fresh draft, through legal events only. */
    static final Map<ClaimStatus, List<ClaimEvent>> PATH = Map.of(
            ClaimStatus.DRAFT, List.of(),
            ClaimStatus.SUBMITTED, List.of(ClaimEvent.SUBMIT),
            ClaimStatus.IN_REVIEW, List.of(ClaimEvent.SUBMIT, ClaimEvent.ASSIGN),
            ClaimStatus.AWAITING_INFORMATION,
                    List.of(ClaimEvent.SUBMIT, ClaimEvent.ASSIGN, ClaimEvent.REQUEST_INFORMATION),
            ClaimStatus.RECOMMENDED, List.of(ClaimEvent.SUBMIT, ClaimEvent.ASSIGN, ClaimEvent.RECOMMEND),
            ClaimStatus.DECIDED,
                    List.of(ClaimEvent.SUBMIT, ClaimEvent.ASSIGN, ClaimEvent.RECOMMEND, ClaimEvent.APPROVE),
            ClaimStatus.APPEALED,
                    List.of(
                            ClaimEvent.SUBMIT,
                            ClaimEvent.ASSIGN,
                            ClaimEvent.RECOMMEND,
                            ClaimEvent.APPROVE,
                            ClaimEvent.APPEAL),
            ClaimStatus.CLOSED,
                    List.of(
                            ClaimEvent.SUBMIT,
                            ClaimEvent.ASSIGN,
                            ClaimEvent.RECOMMEND,
                            ClaimEvent.APPROVE,
                            ClaimEvent.CLOSE),
            ClaimStatus.WITHDRAWN, List.of(ClaimEvent.WITHDRAW));

    static final String NUMBER = "MZ-2026-000042";

    static Claim draft() {
        var internee = new Person("山田", "太郎", "ヤマダ", "タロウ", LocalDate.of(1920, 3, 1), Sex.MALE, null);
        var details = new ClaimDetails(
                Relationship.SELF,
                internee,
                internee,
                new Internment(LocalDate.of(1945, 8, 20), "MANCHURIA", LocalDate.of(1948, 6, 20), "舞鶴"),
                List.of(new InternmentStay("KHABAROVSK", LocalDate.of(1945, 9, 1), LocalDate.of(1948, 5, 31))),
                Language.JAPANESE);
        return new Claim(NUMBER, "SPECIAL_BENEFIT_2010", 7L, details, "association.user");
    }

    static Claim claimIn(ClaimStatus status) {
        Claim claim = draft();
        PATH.get(status).forEach(claim::apply);
        assertEquals(status, claim.status(), "the path leads to " + status);
        return claim;
    }

    static Stream<Arguments> legalTransitions() {
        var all = new ArrayList<Arguments>();
        EXPECTED.forEach((from, events) -> events.forEach((event, to) -> all.add(Arguments.of(from, event, to))));
        return all.stream();
    }

    static Stream<Arguments> illegalTransitions() {
        var all = new ArrayList<Arguments>();
        for (ClaimStatus from : ClaimStatus.values()) {
            for (ClaimEvent event : ClaimEvent.values()) {
                if (!EXPECTED.get(from).containsKey(event)) {
                    all.add(Arguments.of(from, event));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalTransitions")
    void everyLegalTransition_isInTheLifecycle(ClaimStatus from, ClaimEvent event, ClaimStatus to) {
        assertEquals(Optional.of(to), ClaimLifecycle.next(from, event));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalTransitions")
    void everyLegalTransition_movesTheClaimAndReturnsTheStatusItLeft(
            ClaimStatus from, ClaimEvent event, ClaimStatus to) {
        Claim claim = claimIn(from);

        ClaimStatus left = claim.apply(event);

        assertEquals(from, left);
        assertEquals(to, claim.status());
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("illegalTransitions")
    void everyIllegalTransition_isAbsentFromTheLifecycle(ClaimStatus from, ClaimEvent event) {
        assertEquals(Optional.empty(), ClaimLifecycle.next(from, event));
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("illegalTransitions")
    void everyIllegalTransition_raisesAConflictNamingTheStatusAndLeavesTheClaimAsItWas(
            ClaimStatus from, ClaimEvent event) {
        Claim claim = claimIn(from);

        var refused = assertThrows(DomainException.Conflict.class, () -> claim.apply(event));

        assertInstanceOf(DomainException.Conflict.class, refused);
        assertEquals("claim.illegalTransition", refused.code());
        assertEquals(List.of(NUMBER, from, event), refused.arguments());
        assertTrue(refused.getMessage().contains(from.name()), refused.getMessage());
        assertTrue(refused.getMessage().contains(NUMBER), refused.getMessage());
        assertEquals(from, claim.status());
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void allowedIn_listsExactlyTheEventsOfTheTableThatAPersonMayAskFor(ClaimStatus status) {
        Set<ClaimEvent> expected = EnumSet.noneOf(ClaimEvent.class);
        EXPECTED.get(status).keySet().stream()
                .filter(event -> event != ClaimEvent.INFORMATION_OVERDUE)
                .forEach(expected::add);

        assertEquals(expected, ClaimLifecycle.allowedIn(status));
    }

    @Test
    void withdrawIsAllowedExactlyFromTheFiveStatesBeforeTheDecision() {
        var withdrawable = EnumSet.noneOf(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            if (ClaimLifecycle.next(status, ClaimEvent.WITHDRAW).isPresent()) {
                withdrawable.add(status);
            }
        }

        assertEquals(
                EnumSet.of(
                        ClaimStatus.DRAFT,
                        ClaimStatus.SUBMITTED,
                        ClaimStatus.IN_REVIEW,
                        ClaimStatus.AWAITING_INFORMATION,
                        ClaimStatus.RECOMMENDED),
                withdrawable);
    }

    @Test
    void anAppealedClaim_returnsToReviewWhenAssigned() {
        Claim claim = claimIn(ClaimStatus.APPEALED);

        claim.apply(ClaimEvent.ASSIGN);

        assertEquals(ClaimStatus.IN_REVIEW, claim.status());
    }

    @Test
    void aReturnedRecommendation_sendsTheClaimBackToReview() {
        Claim claim = claimIn(ClaimStatus.RECOMMENDED);

        claim.apply(ClaimEvent.RETURN_RECOMMENDATION);

        assertEquals(ClaimStatus.IN_REVIEW, claim.status());
    }

    @Test
    void aDecidedClaim_closes() {
        Claim claim = claimIn(ClaimStatus.DECIDED);

        claim.apply(ClaimEvent.CLOSE);

        assertEquals(ClaimStatus.CLOSED, claim.status());
    }

    @Test
    void aDecidedClaim_cannotBeWithdrawn() {
        Claim claim = claimIn(ClaimStatus.DECIDED);

        var refused = assertThrows(DomainException.Conflict.class, () -> claim.apply(ClaimEvent.WITHDRAW));

        assertEquals("Claim " + NUMBER + " is DECIDED: withdraw is not possible in that state.", refused.getMessage());
        assertEquals("請求 " + NUMBER + " は「決定済」のため、取下げはできません。", refused.message(Locale.JAPANESE));
    }

    @Test
    void aNewClaimIsADraftNotYetSubmitted() {
        Claim claim = draft();

        assertEquals(ClaimStatus.DRAFT, claim.status());
        assertNull(claim.submittedAt());
    }

    @Test
    void submitting_stampsTheTimeOfSubmission() {
        Claim claim = draft();

        claim.apply(ClaimEvent.SUBMIT);

        assertNotNull(claim.submittedAt());
    }

    @Test
    void onlyADraftCanBeRevised() {
        Claim claim = claimIn(ClaimStatus.SUBMITTED);
        var details = new ClaimDetails(
                claim.relationship(),
                claim.claimant(),
                claim.internee(),
                claim.internment(),
                claim.stays(),
                Language.ENGLISH);

        var refused = assertThrows(DomainException.Conflict.class, () -> claim.revise(details));

        assertEquals("claim.notDraft", refused.code());
        assertEquals(Language.JAPANESE, claim.language());
    }
}
