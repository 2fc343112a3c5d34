package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How an uploaded document's name is made safe to store and serve,. */
class ClaimServiceFilesTest {

    @Test
    void aPlainName_isKept() {
        assertEquals("certificate.pdf", ClaimService.safeFileName("certificate.pdf", DocumentFormat.PDF));
    }

    @Test
    void aJapaneseName_isKept() {
        assertEquals("引揚証明書.pdf", ClaimService.safeFileName("引揚証明書.pdf", DocumentFormat.PDF));
    }

    @Test
    void slashesAndBackslashes_becomeUnderscoresSoNoPathSurvives() {
        assertEquals(".._.._etc_passwd", ClaimService.safeFileName("../../etc/passwd", DocumentFormat.PDF));
        assertEquals("C:_Users_scan.png", ClaimService.safeFileName("C:\\Users\\scan.png", DocumentFormat.PNG));
    }

    @Test
    void controlCharactersAndQuotes_areRemoved() {
        assertEquals("scan.pdf", ClaimService.safeFileName("\"sc\r\nan.pdf\"", DocumentFormat.PDF));
    }

    @Test
    void surroundingBlanks_areStripped() {
        assertEquals("scan.pdf", ClaimService.safeFileName("  scan.pdf  ", DocumentFormat.PDF));
    }

    @Test
    void noName_becomesDocumentWithTheFormatsExtension() {
        assertEquals("document.pdf", ClaimService.safeFileName(null, DocumentFormat.PDF));
        assertEquals("document.tif", ClaimService.safeFileName(null, DocumentFormat.TIFF_BIG_ENDIAN));
    }

    @Test
    void aNameOfOnlyBlanksAndControls_becomesDocumentWithTheFormatsExtension() {
        assertEquals("document.jpg", ClaimService.safeFileName(" \t\"\" ", DocumentFormat.JPEG));
    }

    @Test
    void aLongName_isCutTo200CharactersKeepingItsEnd() {
        String name = "a".repeat(296) + ".pdf";

        String safe = ClaimService.safeFileName(name, DocumentFormat.PDF);

        assertEquals(200, safe.length());
        assertEquals("a".repeat(196) + ".pdf", safe);
    }

    @Test
    void aNameOfExactly200Characters_isKeptWhole() {
        String name = "b".repeat(196) + ".png";

        assertEquals(name, ClaimService.safeFileName(name, DocumentFormat.PNG));
    }
}
