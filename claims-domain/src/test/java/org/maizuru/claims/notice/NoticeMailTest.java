package org.maizuru.claims.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maizuru.claims.platform.TestConfig;

/** What a mailed notice says, where it goes, and how a failing mail server is tried again. */
class NoticeMailTest {

    private static NoticeMail.Letter letter(AssociationNotice.Kind kind, LocalDate due) {
        return new NoticeMail.Letter(
                1, "office@example.org", "舞鶴引揚者の会", "Maizuru Returnees' Society", kind, "MZ-2026-000123", due);
    }

    @ParameterizedTest
    @EnumSource(AssociationNotice.Kind.class)
    void everyKindHasASubjectAndABodyInJapaneseThenEnglish(AssociationNotice.Kind kind) {
        var mail = letter(kind, LocalDate.of(2026, 12, 20));
        assertTrue(NoticeMail.subject(mail).startsWith("【舞鶴 請求管理】MZ-2026-000123"), NoticeMail.subject(mail));
        String body = NoticeMail.body(mail);
        assertTrue(body.startsWith("舞鶴引揚者の会 御中"), body);
        assertTrue(body.indexOf("To Maizuru Returnees' Society,") > body.indexOf("御中"), "English follows: " + body);
        assertTrue(body.contains("MZ-2026-000123"));
        assertFalse(body.contains("{"), "every placeholder filled: " + body);
    }

    @Test
    void aRequestsDateIsWrittenInBothCalendarsInJapanese() {
        String body = NoticeMail.body(letter(AssociationNotice.Kind.INFORMATION_REQUESTED, LocalDate.of(2026, 12, 20)));
        assertTrue(body.contains("2026-12-20（令和8年12月20日）までにご回答ください"), body);
        assertTrue(body.contains("Please answer by 2026-12-20."), body);
    }

    @Test
    void withoutAHostNothingIsMailedAndAHostWithoutASenderIsAMistake() {
        assertTrue(MailSettings.from(TestConfig.of(Map.of(), new Properties())).isEmpty());
        assertThrows(
                IllegalStateException.class,
                () -> MailSettings.from(TestConfig.of(Map.of("CLAIMS_SMTP_HOST", "mail"), new Properties())));
        var settings = MailSettings.from(TestConfig.of(
                        Map.of(
                                "CLAIMS_SMTP_HOST",
                                "mail.example.org",
                                "CLAIMS_SMTP_FROM",
                                "claims@example.org",
                                "CLAIMS_SMTP_PORT",
                                "587",
                                "CLAIMS_SMTP_USER",
                                "claims",
                                "CLAIMS_SMTP_PASSWORD",
                                "secret",
                                "CLAIMS_SMTP_STARTTLS",
                                "true"),
                        new Properties()))
                .orElseThrow();
        var session = settings.sessionProperties();
        assertEquals("587", session.get("mail.smtp.port"));
        assertEquals("true", session.get("mail.smtp.auth"));
        assertEquals("true", session.get("mail.smtp.starttls.required"));
        assertFalse(settings.toString().contains("secret"), "the password is never logged");
    }

    @Test
    void aFailedMailIsTriedAgainLaterEachTimeThenGivenUp() {
        var told = new Told(AssociationNotice.Kind.DECISION_MADE, 1, 2, "MZ-2026-000123", 3, null);
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        var notice = new AssociationNotice(told, start, true);
        notice.mailFailed(start);
        assertEquals(start.plusSeconds(60), notice.nextMailAt());
        notice.mailFailed(start);
        assertEquals(start.plusSeconds(120), notice.nextMailAt());
        for (int i = 2; i < AssociationNotice.MAIL_ATTEMPTS; i++) {
            notice.mailFailed(start);
        }
        assertEquals(AssociationNotice.MailState.FAILED, notice.mailState());
        assertEquals(null, notice.nextMailAt());
    }

    @Test
    void theSameThingToldTwiceHasOneKeyAndANewDueDateIsNews() {
        var first = new Told(
                AssociationNotice.Kind.REQUEST_EXTENDED, 1, 2, "MZ-2026-000123", 9, LocalDate.of(2026, 12, 20));
        var again = new Told(
                AssociationNotice.Kind.REQUEST_EXTENDED, 1, 2, "MZ-2026-000123", 9, LocalDate.of(2026, 12, 20));
        var later =
                new Told(AssociationNotice.Kind.REQUEST_EXTENDED, 1, 2, "MZ-2026-000123", 9, LocalDate.of(2027, 1, 10));
        assertEquals(first.onceKey(), again.onceKey());
        assertFalse(first.onceKey().equals(later.onceKey()));
    }
}
