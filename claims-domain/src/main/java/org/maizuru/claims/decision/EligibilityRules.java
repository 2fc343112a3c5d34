package org.maizuru.claims.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maizuru.claims.claim.Relationship;

/**
 * The eligibility rules of a programme, applied to the established facts on the day of the decision. Pure:
 * no database, no clock, so every rule has a plain unit test.
 *
 * <p>For the 2010 special benefit: interned in USSR or Mongolian territory on or after 2 September 1945;
 * returned to Japan; alive on 16 June 2010 (the Act's effective date). Heirs claim in their own name only
 * when the internee died on or after that day, and one determination binds heirs of the same rank. The lump
 * sum is the schedule's tier for the landing date.
 */
public final class EligibilityRules {

    private EligibilityRules() {}

    public static Assessment assess(Terms terms, ClaimFacts facts, LocalDate decidedOn) {
        return terms.kind() == ProgrammeKind.LUMP_SUM
                ? lumpSum(terms, facts, decidedOn)
                : pension(terms, facts, decidedOn);
    }

    private static Assessment lumpSum(Terms terms, ClaimFacts facts, LocalDate decidedOn) {
        var reasons = new ArrayList<ReasonCode>();
        checkInternment(terms, facts, reasons);
        if (facts.landedOn() == null) {
            reasons.add(ReasonCode.NOT_RETURNED_TO_JAPAN);
        }
        LocalDate entitlement = terms.entitlementDate();
        if (entitlement != null) {
            LocalDate died = facts.interneeDied();
            if (died != null && died.isBefore(entitlement)) {
                reasons.add(ReasonCode.DIED_BEFORE_ENTITLEMENT_DATE);
            } else if (died == null && facts.relationship().isHeir()) {
                reasons.add(ReasonCode.INTERNEE_LIVING);
            }
        }
        if (facts.alreadyDetermined()) {
            reasons.add(ReasonCode.ALREADY_DETERMINED);
        }
        if (!reasons.isEmpty()) {
            return Assessment.ineligible(reasons, Assessment.Period.ONCE);
        }
        Optional<Rate> rate = terms.rates().stream()
                .filter(r -> r.inEffectOn(decidedOn) && r.coversLanding(facts.landedOn()))
                .findFirst();
        if (rate.isEmpty()) {
            return Assessment.ineligible(List.of(ReasonCode.NO_RATE_IN_SCHEDULE), Assessment.Period.ONCE);
        }
        return new Assessment(
                true,
                List.of(ReasonCode.INTERNED_IN_TERRITORY),
                rate.get().tier(),
                rate.get().amountYen(),
                Assessment.Period.ONCE);
    }

    private static Assessment pension(Terms terms, ClaimFacts facts, LocalDate decidedOn) {
        var reasons = new ArrayList<ReasonCode>();
        checkInternment(terms, facts, reasons);
        boolean survivor = facts.relationship() == Relationship.SPOUSE && facts.interneeDied() != null;
        if (facts.relationship() == Relationship.SELF && facts.interneeDied() != null) {
            reasons.add(ReasonCode.NOT_SURVIVING_SPOUSE);
        } else if (facts.relationship().isHeir() && !survivor) {
            reasons.add(facts.interneeDied() == null ? ReasonCode.INTERNEE_LIVING : ReasonCode.NOT_SURVIVING_SPOUSE);
        }
        if (facts.alreadyDetermined()) {
            reasons.add(ReasonCode.ALREADY_DETERMINED);
        }
        if (!reasons.isEmpty()) {
            return Assessment.ineligible(reasons, Assessment.Period.MONTH);
        }
        Optional<Rate> rate =
                terms.rates().stream().filter(r -> r.inEffectOn(decidedOn)).findFirst();
        if (rate.isEmpty()) {
            return Assessment.ineligible(List.of(ReasonCode.NO_RATE_IN_SCHEDULE), Assessment.Period.MONTH);
        }
        long monthly = rate.get().amountYen();
        if (survivor) {
            int share = terms.survivorsSharePercent() == null ? 0 : terms.survivorsSharePercent();
            monthly = monthly * share / 100;
        }
        return new Assessment(
                true, List.of(ReasonCode.INTERNED_IN_TERRITORY), rate.get().tier(), monthly, Assessment.Period.MONTH);
    }

    /** At least one stay in internment territory that had not ended before the programme's first day. */
    private static void checkInternment(Terms terms, ClaimFacts facts, List<ReasonCode> reasons) {
        boolean interned = facts.stays().stream()
                .anyMatch(stay -> stay.internmentTerritory() && !stay.to().isBefore(terms.internedFrom()));
        if (!interned) {
            reasons.add(ReasonCode.NOT_INTERNED_IN_TERRITORY);
        }
    }
}
