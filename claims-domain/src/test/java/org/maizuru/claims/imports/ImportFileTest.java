package org.maizuru.claims.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException;

class ImportFileTest {

    /** A body of the given length that is never held in memory: line after line of one CSV row. */
    private static final class Endless extends InputStream {
        private static final byte[] ROW = "舞鶴,清\n".getBytes(StandardCharsets.UTF_8);
        private final long length;
        private long sent;

        Endless(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return sent < length ? ROW[(int) (sent++ % ROW.length)] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (sent >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - sent);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = ROW[(int) (sent++ % ROW.length)];
            }
            return n;
        }
    }

    private static ImportFile receive(byte[] body) throws IOException {
        return ImportFile.receive(new ByteArrayInputStream(body), null);
    }

    private static String text(ImportFile file) throws IOException {
        try (Reader reader = file.reader()) {
            var out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        }
    }

    @Test
    void aFileIsKeptAsSentAndFingerprinted() throws IOException {
        try (var file = receive("name,note\n舞鶴,x".getBytes(StandardCharsets.UTF_8))) {
            assertEquals("name,note\n舞鶴,x", text(file));
            assertEquals(18, file.size());
            assertEquals(64, file.sha256().length());
        }
        try (var one = receive("a\n".getBytes(StandardCharsets.UTF_8));
                var same = receive("a\n".getBytes(StandardCharsets.UTF_8));
                var other = receive("b\n".getBytes(StandardCharsets.UTF_8))) {
            assertEquals(one.sha256(), same.sha256());
            assertNotEquals(one.sha256(), other.sha256());
        }
    }

    @Test
    void aCsvSavedByJapaneseExcelInShiftJisIsReadAsItsWords() throws IOException {
        String text = "internee_family_name,internee_given_name\n髙橋,郞\n渡邊,①";
        try (var file = receive(text.getBytes(ImportFile.SHIFT_JIS))) {
            assertEquals(ImportFile.Format.CSV, file.format());
            assertEquals(ImportFile.SHIFT_JIS, file.charset());
            assertEquals(text, text(file));
        }
        try (var file = receive(text.getBytes(StandardCharsets.UTF_8))) {
            assertEquals(StandardCharsets.UTF_8, file.charset(), "UTF-8 is believed first");
            assertEquals(text, text(file));
        }
    }

    @Test
    void anEncodingTheSenderNamesIsHeldToAndAnUnknownOneRefused() throws IOException {
        byte[] shiftJis = "name\n舞鶴".getBytes(ImportFile.SHIFT_JIS);
        try (var file =
                ImportFile.receive(new ByteArrayInputStream(shiftJis), null, 1024, Charset.forName("Shift_JIS"))) {
            assertEquals("name\n舞鶴", text(file));
        }
        var refused = assertThrows(
                DomainException.Invalid.class,
                () -> ImportFile.receive(new ByteArrayInputStream(shiftJis), null, 1024, StandardCharsets.UTF_8));
        assertEquals("import.notInEncoding", refused.violations().getFirst().code());
        assertThrows(
                DomainException.Unsupported.class,
                () -> ImportFile.receive(new ByteArrayInputStream(shiftJis), null, 1024, Charset.forName("EUC-JP")));
    }

    @Test
    void bytesValidInNeitherEncodingAreRefusedNamingTheLineWhereTheyStopBeingText() {
        byte[] neither = {'a', '\n', 'b', '\n', (byte) 0x81, (byte) 0x7f, (byte) 0xff};
        var refused = assertThrows(DomainException.Invalid.class, () -> receive(neither));
        assertEquals("import.unknownEncoding", refused.violations().getFirst().code());
        String message = refused.violations().getFirst().message(Locale.JAPANESE);
        assertTrue(message.contains("3行目"), message);
    }

    @Test
    void aUtf8FileCutInTheMiddleOfACharacterIsRefusedNotTakenForShiftJis() {
        byte[] whole = "name\n舞鶴".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);
        var refused = assertThrows(DomainException.Invalid.class, () -> receive(cut));
        assertTrue(refused.violations().getFirst().message(Locale.ENGLISH).contains("line 2"));
    }

    @Test
    void anExcelWorkbookIsToldByItsZipSignature() throws IOException {
        byte[] workbook = ImportSheets.xlsx(List.of("name"), List.of(List.of("舞鶴")));
        try (var file = receive(workbook)) {
            assertEquals(ImportFile.Format.XLSX, file.format());
        }
    }

    /** Characters of three bytes are cut by every buffer boundary at some point of a long file; none is refused. */
    @Test
    void charactersSplitBetweenBuffersAreReadWhole() throws IOException {
        long length = 3L * 1024 * 1024 + 7;
        try (var file = ImportFile.receive(new Endless(length), null, length)) {
            assertEquals(length, file.size());
        }
    }

    @Test
    void anAnnouncedLengthOverTheLimitIsRefusedBeforeAByteIsRead() {
        var body = new Endless(10);
        var refused =
                assertThrows(DomainException.TooLarge.class, () -> ImportFile.receive(body, ImportFile.MAX_BYTES + 1));
        assertEquals("import.tooLarge", refused.code());
        assertEquals(0, body.sent);
        assertTrue(refused.message(Locale.JAPANESE).contains("256 MB"), refused.message(Locale.JAPANESE));
    }

    /** A body that does not say its length is read only up to the limit and leaves no file behind. */
    @Test
    void aBodyLongerThanTheLimitIsRefusedWithoutReadingTheRestOrKeepingAFile() throws IOException {
        long limit = 1024 * 1024;
        var body = new Endless(50L * limit);
        long before = temporaryImports();
        assertThrows(DomainException.TooLarge.class, () -> ImportFile.receive(body, null, limit));
        assertTrue(body.sent <= limit + 64 * 1024, "read " + body.sent + " bytes of a body over a limit of " + limit);
        assertEquals(before, temporaryImports(), "the refused file is deleted");
    }

    @Test
    void closingTheFileDeletesIt() throws IOException {
        long before = temporaryImports();
        var file = receive("a\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(before + 1, temporaryImports());
        file.close();
        assertEquals(before, temporaryImports());
    }

    private static long temporaryImports() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("claims-import-"))
                    .count();
        }
    }
}
