package org.maizuru.claims.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimDetails;
import org.maizuru.claims.claim.Internment;
import org.maizuru.claims.claim.InternmentStay;
import org.maizuru.claims.claim.Person;
import org.maizuru.claims.claim.Relationship;
import org.maizuru.claims.claim.Sex;
import org.maizuru.claims.kernel.Language;

/** The notice of a decision, read back from the PDF as a claimant's reader would show it. */
class NoticeLettersTest {

    static final LocalDate LANDED = LocalDate.of(1953, 12, 1);

    final NoticeLetters letters = new NoticeLetters();
    Locale defaultLocale;

    @BeforeEach
    void rememberDefaultLocale() {
        defaultLocale = Locale.getDefault();
    }

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(defaultLocale);
    }

    static Claim claim(String number, String language) {
        var internee =
                new Person("舞鶴", "一郎", "マイヅル", "イチロウ", LocalDate.of(1922, 4, 3), Sex.MALE, LocalDate.of(2012, 8, 15));
        var claimant = new Person("舞鶴", "春子", "マイヅル", "ハルコ", LocalDate.of(1955, 5, 5), Sex.FEMALE, null);
        var details = new ClaimDetails(
                Relationship.CHILD,
                claimant,
                internee,
                new Internment(LocalDate.of(1945, 8, 20), "MANCHURIA", LANDED, "舞鶴"),
                List.of(new InternmentStay("KHABAROVSK", LocalDate.of(1945, 9, 1), LocalDate.of(1953, 11, 1))),
                Language.orJapanese(language));
        return new Claim(number, "SPECIAL_BENEFIT_2010", 7L, details, "association.user");
    }

    static Decision granted() {
        var assessment =
                new Assessment(true, List.of(ReasonCode.INTERNED_IN_TERRITORY), 4, 1_100_000, Assessment.Period.ONCE);
        return new Decision(
                1L,
                "SPECIAL_BENEFIT_2010",
                Decision.Outcome.GRANTED,
                assessment,
                LANDED,
                LocalDate.of(1945, 9, 1),
                LocalDate.of(1953, 11, 1),
                List.of(ReasonCode.INTERNED_IN_TERRITORY.name()),
                null,
                "caseworker.sato",
                "supervisor.tanaka",
                LocalDate.of(2026, 7, 1));
    }

    static Decision denied() {
        var assessment = new Assessment(
                false, List.of(ReasonCode.DIED_BEFORE_ENTITLEMENT_DATE), null, 0, Assessment.Period.ONCE);
        return new Decision(
                2L,
                "SPECIAL_BENEFIT_2010",
                Decision.Outcome.DENIED,
                assessment,
                LANDED,
                null,
                null,
                List.of(ReasonCode.DIED_BEFORE_ENTITLEMENT_DATE.name()),
                "Death certificate of 2009.",
                "caseworker.sato",
                "supervisor.tanaka",
                LocalDate.of(2026, 7, 1));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<String> fontNames(byte[] pdf) throws IOException {
        var names = new ArrayList<String>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    names.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
        }
        return names;
    }

    byte[] write(Claim claim, Decision decision) {
        return letters.write(claim, decision, ProgrammeTest.specialBenefit2010(), "田中 一郎");
    }

    @Test
    void aJapaneseGrant_isAPdf() {
        byte[] pdf = write(claim("MZ-2026-000123", "ja"), granted());

        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void aJapaneseGrant_isTitledKetteiTsuchishoAndNamesTheClaimNumber() throws IOException {
        String text = text(write(claim("MZ-2026-000123", "ja"), granted()));

        assertTrue(text.contains("決定通知書"), text);
        assertTrue(text.contains("MZ-2026-000123"), text);
    }

    @Test
    void aJapaneseGrant_statesTheAmountWithThousandsSeparators() throws IOException {
        String text = text(write(claim("MZ-2026-000123", "ja"), granted()));

        assertTrue(text.contains("1,100,000"), text);
        assertTrue(text.contains("第4区分"), text);
        assertTrue(text.contains("支給"), text);
    }

    @Test
    void aJapaneseGrant_isSignedByTheApproversNameNotTheirLogin() throws IOException {
        String text = text(write(claim("MZ-2026-000123", "ja"), granted()));

        assertTrue(text.contains("承認者：田中 一郎"), text);
        assertFalse(text.contains("supervisor.tanaka"), text);
    }

    @Test
    void aJapaneseGrant_addressesTheClaimantByHerKanjiName() throws IOException {
        String text = text(write(claim("MZ-2026-000123", "ja"), granted()));

        assertTrue(text.contains("舞鶴 春子 様"), text);
    }

    @Test
    void aJapaneseGrant_writesDatesInTheEraCalendar() throws IOException {
        String text = text(write(claim("MZ-2026-000123", "ja"), granted()));

        assertTrue(text.contains("昭和28年12月1日"), text);
    }

    @Test
    void aJapaneseLetter_embedsTheIpaexGothicFont() throws IOException {
        List<String> fonts = fontNames(write(claim("MZ-2026-000123", "ja"), granted()));

        assertFalse(fonts.isEmpty());
        assertTrue(fonts.stream().allMatch(name -> name.toLowerCase(Locale.ROOT).contains("ipaex")), fonts::toString);
    }

    @Test
    void anEnglishGrant_isTitledNoticeOfDecision() throws IOException {
        Locale.setDefault(Locale.US);

        String text = text(write(claim("MZ-2026-000124", "en"), granted()));

        assertTrue(text.contains("Notice of Decision"), text);
        assertTrue(text.contains("MZ-2026-000124"), text);
        assertTrue(text.contains("1,100,000"), text);
        assertFalse(text.contains("決定通知書"), text);
    }

    @Test
    void anEnglishLetter_writesTheClaimantsNameAsFiled() throws IOException {
        Locale.setDefault(Locale.US);

        String text = text(write(claim("MZ-2026-000124", "en"), granted()));

        assertTrue(text.contains("To 舞鶴 春子"), text);
    }

    @Test
    void anEnglishLetter_isEnglishWhateverTheServersDefaultLocale() throws IOException {
        Locale.setDefault(Locale.JAPAN);

        String text = text(write(claim("MZ-2026-000124", "en"), granted()));

        assertTrue(text.contains("Notice of Decision"), text);
    }

    @Test
    void aDenial_givesTheReasonAndNoAmount() throws IOException {
        Locale.setDefault(Locale.US);

        String text = text(write(claim("MZ-2026-000125", "en"), denied()));

        assertTrue(text.contains("Denied"), text);
        assertTrue(text.contains("Death certificate of 2009."), text);
        assertFalse(text.contains("Amount"), text);
        assertFalse(text.contains("¥"), text);
    }
}
