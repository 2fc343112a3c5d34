package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException.Violation;
import org.maizuru.claims.kernel.Language;
import org.maizuru.claims.registry.Place;
import org.maizuru.claims.registry.PlaceKind;

/** The domain's guards on what a claim says; each names the field of the published JSON. */
class ClaimRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    static final Place KHABAROVSK = new Place("KHABAROVSK", PlaceKind.REGION, "Khabarovsk", "ハバロフスク", null, "USSR");
    static final Map<String, Place> REGISTRY = Map.of(
            "MANCHURIA", new Place("MANCHURIA", PlaceKind.CAPTURE_AREA, "Manchuria", "満洲", null, "PRC"),
            "KHABAROVSK", KHABAROVSK,
            "CAMP_7", new Place("CAMP_7", PlaceKind.CAMP, "Camp No. 7", "第7収容所", KHABAROVSK, null),
            "ULAANBAATAR", new Place("ULAANBAATAR", PlaceKind.REGION, "Ulaanbaatar", "ウランバートル", null, "MONGOLIA"));
    static final Function<String, Place> PLACES = REGISTRY::get;

    static final Person TARO = new Person("山田", "太郎", "ヤマダ", "タロウ", LocalDate.of(1920, 3, 1), Sex.MALE, null);
    static final Person HANAKO = new Person("山田", "花子", "ヤマダ", "ハナコ", LocalDate.of(1950, 4, 1), Sex.FEMALE, null);
    static final Internment INTERNMENT =
            new Internment(LocalDate.of(1945, 8, 20), "MANCHURIA", LocalDate.of(1948, 6, 20), "舞鶴");
    static final List<InternmentStay> STAYS = List.of(
            new InternmentStay("KHABAROVSK", LocalDate.of(1945, 9, 1), LocalDate.of(1946, 12, 31)),
            new InternmentStay("CAMP_7", LocalDate.of(1947, 1, 1), LocalDate.of(1948, 5, 31)));

    static Person taro(LocalDate birth, LocalDate death) {
        return new Person("山田", "太郎", "ヤマダ", "タロウ", birth, Sex.MALE, death);
    }

    static ClaimDetails own(Person internee, Internment internment, List<InternmentStay> stays) {
        return new ClaimDetails(Relationship.SELF, internee, internee, internment, stays, Language.JAPANESE);
    }

    static ClaimDetails child(Person internee, Internment internment, List<InternmentStay> stays) {
        return new ClaimDetails(Relationship.CHILD, HANAKO, internee, internment, stays, Language.JAPANESE);
    }

    static List<String> fields(ClaimDetails claim) {
        return ClaimRules.check(claim, PLACES, TODAY).stream()
                .map(Violation::field)
                .toList();
    }

    @Test
    void aNameIsShownWithWhatIsKnownOfItsReading() {
        assertEquals("山田 太郎（ヤマダ タロウ）", TARO.nameWithReading());
        assertEquals(
                "山田 太郎（ヤマダ）", new Person("山田", "太郎", "ヤマダ", null, TARO.birthDate(), Sex.MALE, null).nameWithReading());
        assertEquals("山田 太郎", new Person("山田", "太郎", null, " ", TARO.birthDate(), Sex.MALE, null).nameWithReading());
    }

    @Test
    void namesAndPlacesAreTextOfALineWithinTheApisLengths() {
        Person garbled = new Person("山\u0000田", "太".repeat(101), "ヤマ\nダ", "タロウ", TARO.birthDate(), Sex.MALE, null);
        var camp =
                List.of(new InternmentStay("KHABAROVSK\u001b", LocalDate.of(1945, 9, 1), LocalDate.of(1946, 12, 31)));
        var port = new Internment(LocalDate.of(1945, 8, 20), "MANCHURIA", LocalDate.of(1948, 6, 20), "舞鶴\uFFFD");
        assertEquals(
                List.of(
                        "internee.familyName",
                        "internee.givenName",
                        "internee.familyNameKana",
                        "internment.port",
                        "internment.stays[0].place"),
                fields(child(garbled, port, camp)));
    }

    @Test
    void aSearchTextIsLookedForAsItIsWritten() {
        assertEquals("100!%", ClaimSearch.literally("100%"));
        assertEquals("a!_b!!", ClaimSearch.literally("a_b!"));
    }

    @Test
    void aValidOwnClaim_hasNoViolations() {
        assertEquals(List.of(), ClaimRules.check(own(TARO, INTERNMENT, STAYS), PLACES, TODAY));
    }

    @Test
    void aValidHeirsClaimForADeceasedInternee_hasNoViolations() {
        Person died2011 = taro(TARO.birthDate(), LocalDate.of(2011, 3, 11));

        assertEquals(List.of(), ClaimRules.check(child(died2011, INTERNMENT, STAYS), PLACES, TODAY));
    }

    @Test
    void aClaimWithoutStaysOrInternmentDetails_hasNoViolations() {
        assertEquals(List.of(), fields(own(TARO, null, List.of())));
    }

    @Test
    void anInterneeBornIn1936_isTooYoung() {
        Person young = taro(LocalDate.of(1936, 1, 1), null);

        assertEquals(List.of("internee.birthDate"), fields(child(young, INTERNMENT, STAYS)));
    }

    @Test
    void anInterneeBornOn1935_12_31_isPlausible() {
        Person youngest = taro(LocalDate.of(1935, 12, 31), null);

        assertEquals(List.of(), fields(child(youngest, INTERNMENT, STAYS)));
    }

    @Test
    void anInterneeBornBefore1870_isNotPlausible() {
        Person old = taro(LocalDate.of(1869, 12, 31), LocalDate.of(1950, 1, 1));

        assertEquals(List.of("internee.birthDate"), fields(child(old, INTERNMENT, STAYS)));
    }

    @Test
    void anInterneesDeathBeforeHisBirth_isRefused() {
        Person impossible = taro(TARO.birthDate(), LocalDate.of(1919, 1, 1));

        assertEquals(List.of("internee.dateOfDeath"), fields(child(impossible, null, List.of())));
    }

    @Test
    void anInterneesDeathAfterToday_isRefused() {
        Person future = taro(TARO.birthDate(), TODAY.plusDays(1));

        assertEquals(List.of("internee.dateOfDeath"), fields(child(future, INTERNMENT, STAYS)));
    }

    @Test
    void aClaimantBornAfterToday_isRefused() {
        var unborn = new Person("山田", "花子", null, null, TODAY.plusDays(1), Sex.FEMALE, null);
        var claim = new ClaimDetails(
                Relationship.CHILD,
                unborn,
                taro(TARO.birthDate(), LocalDate.of(2011, 1, 1)),
                INTERNMENT,
                STAYS,
                Language.JAPANESE);

        assertEquals(List.of("claimant.birthDate"), fields(claim));
    }

    @Test
    void aDeceasedClaimant_isRefused() {
        var deceased = new Person("山田", "花子", null, null, HANAKO.birthDate(), Sex.FEMALE, LocalDate.of(2020, 1, 1));
        var claim = new ClaimDetails(
                Relationship.CHILD,
                deceased,
                taro(TARO.birthDate(), LocalDate.of(2011, 1, 1)),
                INTERNMENT,
                STAYS,
                Language.JAPANESE);

        assertEquals(List.of("claimant.dateOfDeath"), fields(claim));
    }

    @Test
    void anOwnClaimNamingSomeoneElseAsClaimant_isRefused() {
        var claim = new ClaimDetails(Relationship.SELF, HANAKO, TARO, INTERNMENT, STAYS, Language.JAPANESE);

        assertEquals(List.of("claimant"), fields(claim));
    }

    @Test
    void aDeceasedInterneeCannotClaimInHisOwnName() {
        Person deceased = taro(TARO.birthDate(), LocalDate.of(2011, 1, 1));
        var claim = new ClaimDetails(Relationship.SELF, TARO, deceased, INTERNMENT, STAYS, Language.JAPANESE);

        assertEquals(List.of("internee.dateOfDeath"), fields(claim));
    }

    @Test
    void aCaptureBefore9August1945_isRefused() {
        var internment = new Internment(LocalDate.of(1945, 8, 8), "MANCHURIA", LocalDate.of(1948, 6, 20), null);

        assertEquals(List.of("internment.capturedOn"), fields(own(TARO, internment, STAYS)));
    }

    @Test
    void aCaptureOn9August1945_isAccepted() {
        var internment = new Internment(LocalDate.of(1945, 8, 9), "MANCHURIA", LocalDate.of(1948, 6, 20), null);

        assertEquals(List.of(), fields(own(TARO, internment, STAYS)));
    }

    @Test
    void aCaptureAfterToday_isRefused() {
        var internment = new Internment(TODAY.plusDays(1), "MANCHURIA", null, null);

        assertEquals(List.of("internment.capturedOn"), fields(own(TARO, internment, List.of())));
    }

    @Test
    void anUnknownCaptureArea_isRefused() {
        var internment = new Internment(LocalDate.of(1945, 8, 20), "ATLANTIS", LocalDate.of(1948, 6, 20), null);

        assertEquals(List.of("internment.captureArea"), fields(own(TARO, internment, STAYS)));
    }

    @Test
    void aCampGivenAsCaptureArea_isRefused() {
        var internment = new Internment(LocalDate.of(1945, 8, 20), "CAMP_7", LocalDate.of(1948, 6, 20), null);

        assertEquals(List.of("internment.captureArea"), fields(own(TARO, internment, STAYS)));
    }

    @Test
    void aStayAtAnUnknownPlace_isRefused() {
        var stays = List.of(
                STAYS.get(0), new InternmentStay("NOWHERE", LocalDate.of(1947, 1, 1), LocalDate.of(1948, 5, 31)));

        assertEquals(List.of("internment.stays[1].place"), fields(own(TARO, INTERNMENT, stays)));
    }

    @Test
    void aStayAtACaptureArea_isRefused() {
        var stays = List.of(new InternmentStay("MANCHURIA", LocalDate.of(1945, 9, 1), LocalDate.of(1948, 5, 31)));

        assertEquals(List.of("internment.stays[0].place"), fields(own(TARO, INTERNMENT, stays)));
    }

    @Test
    void aStayInMongolia_isAccepted() {
        var stays = List.of(new InternmentStay("ULAANBAATAR", LocalDate.of(1945, 9, 1), LocalDate.of(1948, 5, 31)));

        assertEquals(List.of(), fields(own(TARO, INTERNMENT, stays)));
    }

    @Test
    void aStayEndingBeforeItStarts_isRefused() {
        var stays = List.of(new InternmentStay("KHABAROVSK", LocalDate.of(1946, 1, 1), LocalDate.of(1945, 12, 31)));

        assertEquals(List.of("internment.stays[0].to"), fields(own(TARO, INTERNMENT, stays)));
    }

    @Test
    void aStayStartingBeforeTheInternmentEra_isRefused() {
        var noCaptureDate = new Internment(null, null, LocalDate.of(1948, 6, 20), null);
        var stays = List.of(new InternmentStay("KHABAROVSK", LocalDate.of(1945, 8, 8), LocalDate.of(1948, 5, 31)));

        assertEquals(List.of("internment.stays[0].from"), fields(own(TARO, noCaptureDate, stays)));
    }

    @Test
    void aStayEndingAfterToday_isRefused() {
        var stays = List.of(new InternmentStay("KHABAROVSK", LocalDate.of(1945, 9, 1), TODAY.plusDays(1)));

        assertEquals(List.of("internment.stays[0].to", "internment.returnedOn"), fields(own(TARO, INTERNMENT, stays)));
    }

    @Test
    void aStayStartingBeforeTheCapture_isRefused() {
        var stays = List.of(new InternmentStay("KHABAROVSK", LocalDate.of(1945, 8, 15), LocalDate.of(1948, 5, 31)));

        assertEquals(List.of("internment.stays[0].from"), fields(own(TARO, INTERNMENT, stays)));
    }

    @Test
    void aStayStartingBeforeThePreviousOneEnds_isRefused() {
        var stays = List.of(
                STAYS.get(0), new InternmentStay("CAMP_7", LocalDate.of(1946, 12, 30), LocalDate.of(1948, 5, 31)));

        assertEquals(List.of("internment.stays[1].from"), fields(own(TARO, INTERNMENT, stays)));
    }

    @Test
    void aStayStartingOnTheDayThePreviousOneEnds_isAccepted() {
        var stays = List.of(
                STAYS.get(0), new InternmentStay("CAMP_7", LocalDate.of(1946, 12, 31), LocalDate.of(1948, 5, 31)));

        assertEquals(List.of(), fields(own(TARO, INTERNMENT, stays)));
    }

    @Test
    void aStayStartingAfterTheInterneesDeath_isRefused() {
        Person diedInCamp = taro(TARO.birthDate(), LocalDate.of(1946, 6, 1));
        var noReturn = new Internment(LocalDate.of(1945, 8, 20), "MANCHURIA", null, null);

        assertEquals(List.of("internment.stays[1].from"), fields(child(diedInCamp, noReturn, STAYS)));
    }

    @Test
    void aReturnBeforeTheInternmentEra_isRefused() {
        var internment = new Internment(null, null, LocalDate.of(1945, 8, 8), null);

        assertEquals(List.of("internment.returnedOn"), fields(own(TARO, internment, List.of())));
    }

    @Test
    void aReturnAfterToday_isRefused() {
        var internment = new Internment(null, null, TODAY.plusDays(1), null);

        assertEquals(List.of("internment.returnedOn"), fields(own(TARO, internment, List.of())));
    }

    @Test
    void aReturnBeforeTheLastStayEnds_isRefused() {
        var internment = new Internment(LocalDate.of(1945, 8, 20), "MANCHURIA", LocalDate.of(1948, 5, 30), null);

        assertEquals(List.of("internment.returnedOn"), fields(own(TARO, internment, STAYS)));
    }

    @Test
    void aReturnOnTheDayTheLastStayEnds_isAccepted() {
        var internment = new Internment(LocalDate.of(1945, 8, 20), "MANCHURIA", LocalDate.of(1948, 5, 31), null);

        assertEquals(List.of(), fields(own(TARO, internment, STAYS)));
    }

    @Test
    void aReturnBeforeTheCapture_isRefused() {
        var internment = new Internment(LocalDate.of(1945, 8, 20), "MANCHURIA", LocalDate.of(1945, 8, 15), null);

        assertEquals(List.of("internment.returnedOn"), fields(own(TARO, internment, List.of())));
    }

    @Test
    void anInterneeWhoDiedBeforeTheReturnedDate_didNotReturn() {
        Person diedBeforeLanding = taro(TARO.birthDate(), LocalDate.of(1948, 6, 1));

        assertEquals(List.of("internment.returnedOn"), fields(child(diedBeforeLanding, INTERNMENT, STAYS)));
    }

    @Test
    void theViolationMessageNamesTheImplausibleBirthDate() {
        Person young = taro(LocalDate.of(1936, 1, 1), null);

        var violation =
                ClaimRules.check(child(young, INTERNMENT, STAYS), PLACES, TODAY).getFirst();

        assertEquals("An internee was born between 1870 and 1935; 1936-01-01 is not plausible.", violation.message());
    }

    @Test
    void severalProblemsAreReportedTogether() {
        var internment = new Internment(LocalDate.of(1945, 8, 8), "ATLANTIS", null, null);
        var claim = new ClaimDetails(
                Relationship.SELF,
                HANAKO,
                taro(LocalDate.of(1936, 1, 1), null),
                internment,
                List.of(),
                Language.JAPANESE);

        assertEquals(
                List.of("internee.birthDate", "claimant", "internment.capturedOn", "internment.captureArea"),
                fields(claim));
    }
}
