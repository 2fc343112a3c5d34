package org.maizuru.claims.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyRowsTest {

    /** NULL is an empty cell and text is always quoted, so COPY tells an empty string and a quote from NULL. */
    @Test
    void nullsAreEmptyCellsAndTextIsQuoted() {
        var rows = new CopyRows(2);
        rows.row()
                .number(1L)
                .text("渡邊 \"譲二\", 舞鶴")
                .text(null)
                .text("")
                .date(LocalDate.of(1920, 3, 1))
                .instant(Instant.parse("2026-12-02T05:00:00.123456789Z"));
        rows.row().number(null).text("a\nb").date(null).number(7);
        assertEquals("1,\"渡邊 \"\"譲二\"\", 舞鶴\",,\"\",1920-03-01,2026-12-02T05:00:00.123456Z\n,\"a\nb\",,7", rows.text());
    }
}
