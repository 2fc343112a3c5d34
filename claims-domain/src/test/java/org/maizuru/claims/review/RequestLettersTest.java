package org.maizuru.claims.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimDetails;
import org.maizuru.claims.claim.Internment;
import org.maizuru.claims.claim.InternmentStay;
import org.maizuru.claims.claim.Person;
import org.maizuru.claims.claim.Relationship;
import org.maizuru.claims.claim.Sex;
import org.maizuru.claims.kernel.Language;

/** The letter of a caseworker's request, read back from the PDF as the claimant's reader shows it. */
class RequestLettersTest {

    private static final LocalDate DUE = LocalDate.of(2027, 1, 15);

    private static Claim claim(String language) {
        var internee =
                new Person("舞鶴", "一郎", "マイヅル", "イチロウ", LocalDate.of(1922, 4, 3), Sex.MALE, LocalDate.of(2012, 8, 15));
        var claimant = new Person("舞鶴", "春子", "マイヅル", "ハルコ", LocalDate.of(1955, 5, 5), Sex.FEMALE, null);
        var details = new ClaimDetails(
                Relationship.CHILD,
                claimant,
                internee,
                new Internment(LocalDate.of(1945, 8, 20), "MANCHURIA", LocalDate.of(1953, 12, 1), "舞鶴"),
                List.of(new InternmentStay("KHABAROVSK", LocalDate.of(1945, 9, 1), LocalDate.of(1953, 11, 1))),
                Language.orJapanese(language));
        return new Claim("MZ-2026-000123", "SPECIAL_BENEFIT_2010", 7L, details, "association.user");
    }

    private static InformationRequest request() {
        return new InformationRequest(
                1, "除籍謄本の写しを提出してください。\n抑留中の手紙があれば添えてください。", DUE, "caseworker.sato", LocalDate.of(2026, 12, 1));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aJapaneseClaimantReadsWhatIsAskedByWhichDayInJapanese() throws IOException {
        String text = text(new RequestLetters().write(claim("ja"), request()));
        assertTrue(text.contains("資料提出のお願い"), text);
        assertTrue(text.contains("舞鶴 春子 様"), text);
        assertTrue(text.contains("除籍謄本の写しを提出してください。"), text);
        assertTrue(text.contains("抑留中の手紙があれば添えてください。"), "every line of the request: " + text);
        assertTrue(text.contains("令和9年1月15日"), "the due date in the era calendar: " + text);
        assertTrue(text.contains("子"), text);
        assertFalse(text.contains("caseworker.sato"), "the letter names no login: " + text);
        assertFalse(text.contains("CHILD"), "no code: " + text);
    }

    @Test
    void anEnglishClaimIsAskedInEnglishWhateverTheServersLanguage() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.JAPAN);
        try {
            String text = text(new RequestLetters().write(claim("en"), request()));
            assertTrue(text.contains("Request for information"), text);
            assertTrue(text.contains("Please answer by 2027-01-15"), text);
            assertTrue(text.contains("Child"), text);
            assertFalse(text.contains("資料提出のお願い"), text);
        } finally {
            Locale.setDefault(before);
        }
    }
}
