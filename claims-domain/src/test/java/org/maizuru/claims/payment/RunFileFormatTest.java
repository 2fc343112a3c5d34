package org.maizuru.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException;

class RunFileFormatTest {

    @Test
    void noFormatNamedIsTheBanksFile() {
        assertEquals(RunFile.Format.ZENGIN, RunFile.Format.named(null));
        assertEquals(RunFile.Format.CSV, RunFile.Format.named("csv"));
        assertEquals(RunFile.Format.PDF, RunFile.Format.named("pdf"));
        assertEquals("zengin", RunFile.Format.ZENGIN.code());
    }

    @Test
    void aFormatNotKnownIsRefusedNamingTheField() {
        var refused = assertThrows(DomainException.Invalid.class, () -> RunFile.Format.named("xls"));
        assertEquals("format", refused.violations().getFirst().field());
    }
}
