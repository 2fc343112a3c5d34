package org.maizuru.claims.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaks() {
        assertEquals(List.of(List.of("a", "舞鶴, 京都", "say \"hi\"", "two\nlines")),
                Csv.parse("a,\"舞鶴, 京都\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
    }

    @Test
    void linesEndInCrLfOrLfAndTheLastNeedsNoEnd() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "")), Csv.parse("a,b\r\nc,d\ne,"));
    }

    @Test
    void aByteOrderMarkAndEmptyCellsAreHandled() {
        assertEquals(List.of(List.of("x", "", "y")), Csv.parse("\uFEFFx,,y\r\n"));
        assertEquals(List.of(), Csv.parse(""));
    }
}
