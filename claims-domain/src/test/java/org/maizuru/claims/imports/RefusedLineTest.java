package org.maizuru.claims.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RefusedLineTest {

    /** A refused row is kept as text and read back later, in another language; numbers and dates stay what they were. */
    @Test
    void argumentsKeptAsTextAreReadBackAsNumbersDatesAndText() {
        for (Object argument : List.of(100L, LocalDate.of(1921, 4, 3), "MZ-2026-000012", "1890", "")) {
            assertEquals(argument, RefusedLine.read(RefusedLine.stored(argument)));
        }
        assertEquals(
                "old words", RefusedLine.read("old words".substring(0)), "untagged arguments kept earlier are text");
    }

    @Test
    void aReasonIsWordedInTheReadersLanguageWithItsNumbers() {
        var tooLong = RefusedLine.of(7, new RowRefusal("internee_family_name", "text.tooLong", 100), List.of("長"));
        assertEquals(List.of(100L), tooLong.arguments());
        assertEquals("100文字以内で入力してください。", tooLong.message(Locale.JAPANESE));
        assertEquals("被抑留者の姓", tooLong.columnHeading(Locale.JAPANESE));
        var filed = RefusedLine.of(3, new RowRefusal(null, "import.row.alreadyFiled", "MZ-2026-000012"), List.of());
        assertEquals("すでに MZ-2026-000012 として請求済みです（取り込みませんでした）。", filed.message(Locale.JAPANESE));
        assertEquals(null, filed.columnHeading(Locale.JAPANESE));
    }
}
