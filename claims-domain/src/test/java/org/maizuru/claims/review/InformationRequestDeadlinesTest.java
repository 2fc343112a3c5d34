package org.maizuru.claims.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Today;

/** When a request is reminded, overdue, extended or lapsed: the facts the deadline duty acts on. */
class InformationRequestDeadlinesTest {

    private static final LocalDate TODAY = Today.inJapan();

    private static InformationRequest dueIn(int days) {
        return new InformationRequest(1, "戸籍謄本を提出してください。", TODAY.plusDays(days), "caseworker", TODAY);
    }

    @Test
    void theReminderIsDueFromItsDayUntilTheLastDayAndOnlyOnce() {
        var request = dueIn(30);
        assertFalse(request.reminderDue(TODAY, 7), "not before its day");
        assertFalse(request.reminderDue(TODAY.plusDays(22), 7), "a day early");
        assertTrue(request.reminderDue(TODAY.plusDays(23), 7), "on its day");
        assertTrue(request.reminderDue(TODAY.plusDays(30), 7), "a round after downtime still reminds on the last day");
        assertFalse(request.reminderDue(TODAY.plusDays(31), 7), "after the last day it is overdue, not reminded");
        request.reminded(Instant.now());
        assertFalse(request.reminderDue(TODAY.plusDays(25), 7), "once");
    }

    @Test
    void aRequestMadeInsideTheReminderWindowIsNotRemindedAtOnce() {
        var request = dueIn(3);
        assertFalse(request.reminderDue(TODAY, 7));
        assertFalse(request.reminderDue(TODAY.plusDays(2), 7), "the request itself told the date");
    }

    @Test
    void aRequestIsOverdueTheDayAfterItsLastDayWhileOpen() {
        var request = dueIn(10);
        assertFalse(request.isOverdue(TODAY.plusDays(10)), "the last day is still a day to answer");
        assertTrue(request.isOverdue(TODAY.plusDays(11)));
        request.answer("提出しました。", "assoc-a");
        assertFalse(request.isOverdue(TODAY.plusDays(11)), "an answered request is not overdue");
    }

    @Test
    void anOverdueRequestGivenMoreTimeIsOpenAgainAndRemindedAgainWhenThereIsTime() {
        var request = dueIn(10);
        request.reminded(Instant.now());
        request.handedBack(Instant.now());
        request.extend(TODAY.plusDays(30), TODAY, 7, Instant.now());
        assertFalse(request.wasHandedBack());
        assertTrue(request.isOpen());
        assertEquals(TODAY.plusDays(30), request.dueOn());
        assertTrue(request.reminderDue(TODAY.plusDays(23), 7), "reminded again before the new date");

        var shortly = dueIn(10);
        shortly.handedBack(Instant.now());
        shortly.extend(TODAY.plusDays(3), TODAY, 7, Instant.now());
        assertFalse(shortly.reminderDue(TODAY.plusDays(1), 7), "the notice of the extension told the date");

        assertThrows(
                DomainException.Invalid.class,
                () -> dueIn(10).extend(TODAY, TODAY, 7, Instant.now()),
                "the new date lies after today");
    }

    @Test
    void aLapsedRequestCanNeitherBeAnsweredNorExtended() {
        var request = dueIn(10);
        request.lapse(Instant.now());
        assertFalse(request.isOpen());
        assertFalse(request.isOverdue(TODAY.plusDays(20)));
        assertEquals(
                "informationRequest.lapsed",
                assertThrows(DomainException.Conflict.class, () -> request.answer("遅れて提出します。", "assoc-a"))
                        .code());
        assertThrows(DomainException.Conflict.class, () -> request.extend(TODAY.plusDays(30), TODAY, 7, Instant.now()));
    }
}
