package org.maizuru.claims.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maizuru.claims.kernel.AuditRecord.details;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.web.account.People;
import org.maizuru.claims.web.i18n.Dates;
import org.maizuru.claims.web.i18n.Texts;

class EventWordsTest {

    private static final String MESSAGES = "org.maizuru.claims.web.i18n.Messages";

    /** The pages' words in one language, without a request around them. */
    private static EventWords in(Locale locale) {
        var words = new EventWords();
        var bundle = ResourceBundle.getBundle(
                MESSAGES,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        words.texts = new Texts() {
            @Override
            public String get(String key, Object... arguments) {
                String text = bundle.containsKey(key) ? bundle.getString(key) : key;
                return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
            }

            @Override
            public boolean has(String key) {
                return bundle.containsKey(key);
            }

            @Override
            public boolean isJapanese() {
                return "ja".equals(locale.getLanguage());
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
        words.people = new People() {
            @Override
            public String name(String login) {
                return Map.of("caseworker", "審査担当 森田", "supervisor", "監督者 石川").getOrDefault(login, login);
            }
        };
        words.dates = new Dates();
        return words;
    }

    @Test
    void aMoveIsWordedFromItsDetailsInJapaneseWithThePersonByNameAndTheDateInBothCalendars() {
        var ja = in(Locale.JAPANESE);
        assertEquals(
                "提出済 → 審査中：担当 審査担当 森田",
                ja.words(
                        "CLAIM_ASSIGN",
                        details("from", "SUBMITTED", "to", "IN_REVIEW", "caseworker", "caseworker"),
                        "SUBMITTED → IN_REVIEW: Assigned"));
        assertEquals(
                "審査中 → 照会中：回答期限 2026-12-10（令和8年12月10日）",
                ja.words(
                        "CLAIM_REQUEST_INFORMATION",
                        details("from", "IN_REVIEW", "to", "AWAITING_INFORMATION", "due", "2026-12-10"),
                        "…"));
        assertEquals(
                "審査中 → 勧告済：不支給（抑留者本人が生存（本人が請求）、証拠不十分）",
                ja.words(
                        "CLAIM_RECOMMEND",
                        details(
                                "from",
                                "IN_REVIEW",
                                "to",
                                "RECOMMENDED",
                                "outcome",
                                "DENY",
                                "reasons",
                                "INTERNEE_LIVING,EVIDENCE_INSUFFICIENT"),
                        "…"));
    }

    @Test
    void aPartWhoseDetailIsAbsentIsLeftOutNotShownEmpty() {
        var ja = in(Locale.JAPANESE);
        assertEquals(
                "支給 ¥250,000（第2区分）",
                ja.words("DECISION_MADE", details("outcome", "GRANTED", "amountYen", 250000, "tier", 2), "…"));
        assertEquals("不支給 ¥0", ja.words("DECISION_MADE", details("outcome", "DENIED", "amountYen", 0), "…"));
        assertEquals(
                "Denied ¥0",
                in(Locale.ENGLISH).words("DECISION_MADE", details("outcome", "DENIED", "amountYen", 0), "…"));
    }

    @Test
    void aRoundOfTheDutiesSaysWhatItDidAndAnEventFromBeforeDetailsIsReadByItsLine() {
        var ja = in(Locale.JAPANESE);
        assertEquals(
                "完了した請求 1 件、期限切れの照会 2 件",
                ja.words("DUTIES_RUN", details("claimsClosed", 1, "requestsOverdue", 2), "…"));
        assertEquals(
                "DRAFT → SUBMITTED: Submitted",
                ja.words("CLAIM_SUBMIT", Map.of(), "DRAFT → SUBMITTED: Submitted"),
                "written before acts had details: the line of that time");
    }

    @Test
    void aTryRefusedUnheardSaysWhyAndByWhatWay() {
        assertEquals(
                "kato：アカウントがロック中のため、10 回目の試行を確かめずに拒否（プログラムからのパスワードでの接続）",
                in(Locale.JAPANESE)
                        .words(
                                "SIGN_IN_REFUSED_WHILE_HELD",
                                details("account", "kato", "via", "basic", "held", "account", "refused", 10),
                                "…"));
        assertEquals(
                "try no. 100 refused without looking at it, while the address must wait after too many failures"
                        + " (a program, with an API key)",
                in(Locale.ENGLISH)
                        .words(
                                "SIGN_IN_REFUSED_WHILE_HELD",
                                details("via", "apiKey", "held", "address", "refused", 100),
                                "…"));
    }

    @Test
    void everyActOfTheTrailHasASentenceInBothLanguages() {
        var missing = new ArrayList<String>();
        var acts = ResourceBundle.getBundle(EventWords.REPORTS, Locale.ROOT).keySet().stream()
                .filter(key -> key.startsWith("action."))
                .map(key -> key.substring(7))
                .toList();
        assertTrue(acts.size() > 40, "the trail's acts: " + acts);
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.JAPANESE}) {
            var bundle = ResourceBundle.getBundle(
                    MESSAGES,
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String act : acts) {
                if (!bundle.containsKey("audit.summary." + act)) {
                    missing.add(locale + " " + act);
                }
            }
        }
        assertTrue(missing.isEmpty(), "acts without a sentence: " + missing);
    }
}
