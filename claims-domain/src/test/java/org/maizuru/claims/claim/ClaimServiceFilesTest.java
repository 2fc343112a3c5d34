package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How an uploaded document's name is made safe to store and serve,. */
class ClaimServiceFilesTest {

    @Test
    void aPlainName_isKept() {
        assertEquals("certificate.pdf", EvidenceService.safeFileName("certificate.pdf", DocumentFormat.PDF));
    }

    @Test
    void aJapaneseName_isKept() {
        assertEquals("引揚証明書.pdf", EvidenceService.safeFileName("引揚証明書.pdf", DocumentFormat.PDF));
    }

    @Test
    void slashesAndBackslashes_becomeUnderscoresSoNoPathSurvives() {
        assertEquals(".._.._etc_passwd", EvidenceService.safeFileName("../../etc/passwd", DocumentFormat.PDF));
        assertEquals("C:_Users_scan.png", EvidenceService.safeFileName("C:\\Users\\scan.png", DocumentFormat.PNG));
    }

    @Test
    void controlCharactersAndQuotes_areRemoved() {
        assertEquals("scan.pdf", EvidenceService.safeFileName("\"sc\r\nan.pdf\"", DocumentFormat.PDF));
    }

    @Test
    void surroundingBlanks_areStripped() {
        assertEquals("scan.pdf", EvidenceService.safeFileName("  scan.pdf  ", DocumentFormat.PDF));
    }

    @Test
    void noName_becomesDocumentWithTheFormatsExtension() {
        assertEquals("document.pdf", EvidenceService.safeFileName(null, DocumentFormat.PDF));
        assertEquals("document.tif", EvidenceService.safeFileName(null, DocumentFormat.TIFF_BIG_ENDIAN));
    }

    @Test
    void aNameOfOnlyBlanksAndControls_becomesDocumentWithTheFormatsExtension() {
        assertEquals("document.jpg", EvidenceService.safeFileName(" \t\"\" ", DocumentFormat.JPEG));
    }

    @Test
    void aLongName_isCutTo200CharactersKeepingItsEnd() {
        String name = "a".repeat(296) + ".pdf";

        String safe = EvidenceService.safeFileName(name, DocumentFormat.PDF);

        assertEquals(200, safe.length());
        assertEquals("a".repeat(196) + ".pdf", safe);
    }

    @Test
    void aNameOfExactly200Characters_isKeptWhole() {
        String name = "b".repeat(196) + ".png";

        assertEquals(name, EvidenceService.safeFileName(name, DocumentFormat.PNG));
    }
}
