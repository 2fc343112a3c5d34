package org.maizuru.claims.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in the Western and the era calendar, as the claimants' documents write them. */
class JapaneseDatesTest {

    static final LocalDate D1948_06_20 = LocalDate.of(1948, 6, 20);

    @Test
    void anEraDateInKanji_isRead() {
        assertEquals(Optional.of(D1948_06_20), JapaneseDates.parse("昭和23年6月20日"));
    }

    @Test
    void anEraDateInKanjiNumerals_isRead() {
        assertEquals(Optional.of(D1948_06_20), JapaneseDates.parse("昭和二十三年六月二十日"));
        assertEquals(Optional.of(LocalDate.of(1926, 3, 3)), JapaneseDates.parse("大正十五年三月三日"));
        assertEquals(Optional.of(LocalDate.of(1926, 12, 31)), JapaneseDates.parse("昭和元年十二月三十一日"));
        assertEquals(Optional.of(D1948_06_20), JapaneseDates.parse("一九四八年六月二十日"), "a year written digit by digit");
    }

    @Test
    void anEraDateThatNeverWas_namesTheDayItMeant() {
        assertEquals(Optional.empty(), JapaneseDates.parse("昭和元年3月3日"), "Shōwa began on 25 December 1926");
        assertEquals(Optional.of(LocalDate.of(1926, 3, 3)), JapaneseDates.outsideItsEra("昭和元年3月3日"));
        assertEquals(
                "大正15年3月3日",
                JapaneseDates.era(JapaneseDates.outsideItsEra("昭和元年三月三日").orElseThrow()));
        assertEquals(Optional.of(LocalDate.of(1990, 1, 5)), JapaneseDates.outsideItsEra("昭和65年1月5日"));
        assertEquals(Optional.empty(), JapaneseDates.outsideItsEra("昭和23年6月20日"), "a real date needs no help");
        assertEquals(Optional.empty(), JapaneseDates.outsideItsEra("昭和23年2月30日"), "no day at all");
    }

    @Test
    void anEraDateWithTheEraInitial_isRead() {
        assertEquals(Optional.of(D1948_06_20), JapaneseDates.parse("S23.6.20"));
    }

    @Test
    void anIsoDate_isRead() {
        assertEquals(Optional.of(D1948_06_20), JapaneseDates.parse("1948-06-20"));
        assertEquals(Optional.of(D1948_06_20), JapaneseDates.parse(" 1948-06-20 "), "spaces around it");
        assertEquals(Optional.of(D1948_06_20), JapaneseDates.parse("１９４８-０６-２０"), "full-width digits");
    }

    @Test
    void anIsoDateThatNeverWas_isNotADate() {
        assertEquals(Optional.empty(), JapaneseDates.parse("1921-02-30"));
        assertEquals(Optional.empty(), JapaneseDates.parse("1921-13-01"));
    }

    @Test
    void aWesternDateWithSlashes_isRead() {
        assertEquals(Optional.of(D1948_06_20), JapaneseDates.parse("1948/6/20"));
    }

    @Test
    void aWesternDateInKanji_isRead() {
        assertEquals(Optional.of(D1948_06_20), JapaneseDates.parse("1948年6月20日"));
    }

    @Test
    void theFirstYearOfAnEra_writtenGannen_isRead() {
        assertEquals(Optional.of(LocalDate.of(1926, 12, 25)), JapaneseDates.parse("昭和元年12月25日"));
    }

    @Test
    void surroundingBlanks_areIgnored() {
        assertEquals(Optional.of(D1948_06_20), JapaneseDates.parse("  昭和 23 年 6 月 20 日 "));
    }

    @Test
    void heiseiByItsInitial_isRead() {
        assertEquals(Optional.of(LocalDate.of(2019, 4, 30)), JapaneseDates.parse("H31.4.30"));
    }

    @Test
    void theFirstDayOfReiwa_isRead() {
        assertEquals(Optional.of(LocalDate.of(2019, 5, 1)), JapaneseDates.parse("令和元年5月1日"));
    }

    @Test
    void the30thOfFebruary_isNoDate() {
        assertEquals(Optional.empty(), JapaneseDates.parse("昭和23年2月30日"));
    }

    @Test
    void aDayBeforeItsEraBegan_isNoDate() {
        // Heisei began on 8 January 1989; 1 January 1989 was Showa 64.
        assertEquals(Optional.empty(), JapaneseDates.parse("平成元年1月1日"));
    }

    @Test
    void aMonthThirteen_isNoDate() {
        assertEquals(Optional.empty(), JapaneseDates.parse("1948-13-01"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"nonsense", "   ", "23年6月20日", "1948-06"})
    void textThatIsNoDate_isEmpty(String text) {
        assertEquals(Optional.empty(), JapaneseDates.parse(text));
    }

    @Test
    void aDate_isWrittenInTheEraCalendar() {
        assertEquals("昭和23年6月20日", JapaneseDates.era(D1948_06_20));
    }

    @Test
    void aDateBeforeTheEraCalendar_isWrittenInTheWesternForm() {
        assertEquals("1872年12月31日", JapaneseDates.era(LocalDate.of(1872, 12, 31)));
    }

    @Test
    void theEraFormReadsBackToTheSameDate() {
        LocalDate date = LocalDate.of(1956, 12, 26);

        assertEquals(Optional.of(date), JapaneseDates.parse(JapaneseDates.era(date)));
    }

    @Test
    void both_showsTheWesternAndTheEraForm() {
        String both = JapaneseDates.both(D1948_06_20);

        assertTrue(both.contains("1948-06-20"), both);
        assertTrue(both.contains("昭和23年6月20日"), both);
        assertEquals("1948-06-20（昭和23年6月20日）", both);
    }

    @Test
    void fullWidthDigitsAreRead() {
        assertEquals(Optional.of(LocalDate.of(1948, 6, 20)), JapaneseDates.parse("昭和２３年６月２０日"));
    }

    @Test
    void theFirstYearOfAnEraIsWrittenGannen() {
        assertEquals("令和元年5月1日", JapaneseDates.era(LocalDate.of(2019, 5, 1)));
    }
}
