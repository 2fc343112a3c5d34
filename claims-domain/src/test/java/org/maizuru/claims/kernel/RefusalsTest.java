package org.maizuru.claims.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain's refusals speak Japanese and English, and every code a service throws has its words. */
class RefusalsTest {

    /** A refusal's code: the first string given to a DomainException kind or to a Violation after its field. */
    private static final Pattern THROWN =
            Pattern.compile("DomainException\\.(?:NotFound|Forbidden|Conflict|TooLarge|Unsupported)\\(\\s*\"([^\"]+)\""
                    + "|(?:DomainException\\.Invalid|Violation)\\([^;]*?,\\s*\"([a-zA-Z]+\\.[a-zA-Z.]+)\""
                    + "|requireRole\\([^;]*?\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
    /** Words of the Latin alphabet that a Japanese text may hold: file formats, header names, examples. */
    private static final Set<String> LATIN_IN_JAPANESE = Set.of(
            "CSV",
            "Excel",
            "Shift_JIS",
            "UTF-8",
            "PDF",
            "PNG",
            "JPEG",
            "TIFF",
            "MB",
            "CLAIMS_DEMO",
            "Idempotency-Key",
            "If-Match",
            "ETag",
            "version",
            "n",
            "UTF-",
            "POST",
            "api",
            "v",
            "account",
            "password",
            "API",
            "HTTP",
            "Basic",
            "Authorization",
            "Bearer",
            "file",
            "json",
            "csv",
            "xlsx",
            "pdf",
            "zengin",
            "ja",
            "ru",
            "REPATRIATION_CERTIFICATE",
            "T",
            "Z",
            "_");

    /** One bundle file alone, without the parent a ResourceBundle would add. */
    private static Properties texts(String file) throws IOException {
        var texts = new Properties();
        try (var in = Refusals.class.getResourceAsStream(file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyEnglishTextHasItsJapaneseText() throws IOException {
        var english = texts("Refusals.properties");
        var japanese = texts("Refusals_ja.properties");
        var missing = new TreeSet<String>();
        for (String key : english.stringPropertyNames()) {
            if (!japanese.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyCodeThrownInTheSourcesHasWords() throws IOException {
        var english = Refusals.bundle(Locale.ENGLISH);
        var codes = new TreeSet<String>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../claims-web/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    var matcher = THROWN.matcher(Files.readString(file));
                    while (matcher.find()) {
                        for (int group = 1; group <= 3; group++) {
                            if (matcher.group(group) != null) {
                                codes.add(matcher.group(group));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(codes.size() > 60, "the scan finds the codes: " + codes);
        var missing = new TreeSet<>(codes);
        missing.removeIf(english::containsKey);
        assertEquals(Set.of(), missing);
    }

    @Test
    void japaneseTextsHoldNoEnglishWords() throws IOException {
        var japanese = texts("Refusals_ja.properties");
        var english = new TreeSet<String>();
        for (String key : japanese.stringPropertyNames()) {
            for (String word :
                    japanese.getProperty(key).replaceAll("\\{[^}]*}", " ").split("[^A-Za-z_\\-]+")) {
                if (word.length() > 0 && !LATIN_IN_JAPANESE.contains(word) && !word.matches("-+")) {
                    english.add(key + ": " + word);
                }
            }
        }
        assertEquals(Set.of(), english);
    }

    @Test
    void aRefusalReadsInTheReadersLanguageWithItsArguments() {
        var refused =
                new DomainException.Conflict("decision.appealPeriodOver", "MZ-2026-000001", LocalDate.of(2026, 3, 31));

        assertEquals(
                "The period for an appeal against the decision on claim MZ-2026-000001 ended on 2026-03-31.",
                refused.getMessage());
        assertEquals(
                "請求 MZ-2026-000001 の決定に対する不服申立ての期間は 2026-03-31（令和8年3月31日） に終わりました。", refused.message(Locale.JAPANESE));
        assertEquals(refused.getMessage(), refused.message(Locale.GERMAN), "a language we do not speak reads English");
    }

    @Test
    void idsAreWrittenWithoutGroupingAndEnumsByTheirLabels() {
        assertEquals("Claim 12345 was not found.", new DomainException.NotFound("claim.notFound", 12345L).getMessage());
        var closed = new DomainException.Conflict("claim.notDraft", "MZ-1", Status.CLOSED);
        assertEquals("Claim MZ-1 is CLOSED: only a draft can be changed.", closed.getMessage());
    }

    @Test
    void eachKindStandsForItsHttpStatus() {
        assertEquals(400, new DomainException.Invalid("x", "note.empty").kind().httpStatus());
        assertEquals(
                403, new DomainException.Forbidden("review.fourEyes").kind().httpStatus());
        assertEquals(
                404, new DomainException.NotFound("claim.notFound", 1L).kind().httpStatus());
        assertEquals(
                409, new DomainException.Conflict("claim.stale", "MZ-1").kind().httpStatus());
        assertEquals(
                413,
                new DomainException.TooLarge("document.tooLarge", 1L, 2L).kind().httpStatus());
        assertEquals(
                415,
                new DomainException.Unsupported("document.unsupportedType")
                        .kind()
                        .httpStatus());
    }

    @Test
    void severalInvalidFieldsAreCountedAndEachKeepsItsOwnText() {
        var invalid = new DomainException.Invalid(List.of(
                new DomainException.Violation("a", "note.empty"), new DomainException.Violation("b", "claim.kana")));
        assertEquals("invalid", invalid.code());
        assertEquals("The request has 2 problems.", invalid.getMessage());
        assertEquals("読み仮名はかなで入力してください。", invalid.violations().get(1).message(Locale.JAPANESE));
    }

    private enum Status {
        CLOSED
    }
}
