package org.maizuru.claims.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Sha256;

/**
 * An import file as it was sent, kept in a temporary file while its job runs. It is written to disk as it arrives,
 * a buffer at a time, so the server's memory stays the same whatever the file's size; on the way it is checked
 * to stay within the limit, fingerprinted (SHA-256), so that the same file sent twice can be recognised, and
 * told apart: an Excel workbook (XLSX, a zip) or text. Text is read in the encoding it was written in: UTF-8
 * (with or without the byte-order mark Excel writes) or Shift_JIS as Japanese Excel saves a CSV (read as
 * Windows-31J, its superset, which has the characters Windows adds: ①, ㈱, 髙, 﨑…). The sender may say which; if
 * not, it is the one the bytes are valid in, UTF-8 first, for a Japanese text in Shift_JIS is almost never valid
 * UTF-8. Bytes valid in neither are refused with the line where they stop being so, before any job exists, so a
 * file is never stored garbled. Closing it deletes the temporary file.
 */
public final class ImportFile implements AutoCloseable {

    /** The largest file taken: a legacy roll of the whole history fits; more goes in several files. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    /** What a file is. */
    public enum Format {
        CSV("csv", "text/csv; charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** As addresses and file names write it: {@code csv}, {@code xlsx}. */
        public String extension() {
            return extension;
        }

        /** As a download is sent: the one place a roll's media type is written. */
        public String mediaType() {
            return mediaType;
        }

        public static Optional<Format> ofExtension(String extension) {
            for (Format format : values()) {
                if (format.extension.equals(extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** Shift_JIS as Windows and Excel write it. */
    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private static final int BUFFER = 64 * 1024;
    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};

    private final Path path;
    private final long size;
    private final String sha256;
    private final Format format;
    private final Charset charset;
    private final long lines;

    private ImportFile(Path path, long size, String sha256, Format format, Charset charset, long lines) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
        this.format = format;
        this.charset = charset;
        this.lines = lines;
    }

    /** Receives a body of at most {@link #MAX_BYTES}, whose length the client may have announced. */
    public static ImportFile receive(InputStream body, Long announcedLength) throws IOException {
        return receive(body, announcedLength, MAX_BYTES);
    }

    public static ImportFile receive(InputStream body, Long announcedLength, long limit) throws IOException {
        return receive(body, announcedLength, limit, null);
    }

    /**
     * Receives a body of at most {@code limit} bytes, in the encoding the sender named ({@code null}: told from
     * the bytes). An announced length over the limit is refused before a byte is read; a body that turns out
     * longer is refused as soon as it passes the limit, without reading the rest.
     */
    public static ImportFile receive(InputStream body, Long announcedLength, long limit, Charset declared)
            throws IOException {
        if (announcedLength != null && announcedLength > limit) {
            throw tooLarge(announcedLength, limit);
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.equals(SHIFT_JIS)) {
            declared = isShiftJis(declared) ? SHIFT_JIS : null;
            if (declared == null) {
                throw new DomainException.Unsupported("import.charset");
            }
        }
        Path path = Files.createTempFile("claims-import-", ".upload");
        try (OutputStream out = Files.newOutputStream(path)) {
            var utf8 = new TextCheck(StandardCharsets.UTF_8);
            var shiftJis = new TextCheck(SHIFT_JIS);
            MessageDigest digest = newDigest();
            byte[] buffer = new byte[BUFFER];
            byte[] head = new byte[ZIP.length];
            long size = 0;
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                if (size < head.length) {
                    System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(read, head.length - size));
                }
                size += read;
                if (size > limit) {
                    throw tooLarge(size, limit);
                }
                out.write(buffer, 0, read);
                digest.update(buffer, 0, read);
                if (!isZip(head, size)) {
                    // a workbook is no text: its bytes are not decoded, only kept
                    utf8.feed(buffer, read, false);
                    shiftJis.feed(buffer, read, false);
                }
            }
            String fingerprint = HexFormat.of().formatHex(digest.digest());
            if (isZip(head, size)) {
                return new ImportFile(path, size, fingerprint, Format.XLSX, null, 0);
            }
            utf8.feed(buffer, 0, true);
            shiftJis.feed(buffer, 0, true);
            TextCheck chosen =
                    declared == null ? detected(utf8, shiftJis) : declared.equals(SHIFT_JIS) ? shiftJis : utf8;
            if (chosen == null || !chosen.valid()) {
                TextCheck named = chosen != null ? chosen : utf8;
                throw new DomainException.Invalid(
                        "file",
                        declared == null ? "import.unknownEncoding" : "import.notInEncoding",
                        named.badLine,
                        named.charset.equals(SHIFT_JIS) ? "Shift_JIS" : "UTF-8");
            }
            return new ImportFile(path, size, fingerprint, Format.CSV, chosen.charset, chosen.textLines());
        } catch (IOException | RuntimeException refused) {
            Files.deleteIfExists(path);
            throw refused;
        }
    }

    /**
     * The encoding the bytes are in, or null when they are valid in neither. A UTF-8 file spoilt (cut short in the
     * middle of a character, or broken after many good ones) is not taken for Shift_JIS, in which its bytes may
     * happen to be valid: it would be read as garbage.
     */
    private static TextCheck detected(TextCheck utf8, TextCheck shiftJis) {
        if (utf8.valid()) {
            return utf8;
        }
        if (utf8.faultAtEnd || utf8.wideBeforeFault >= 8) {
            return utf8;
        }
        return shiftJis.valid() ? shiftJis : null;
    }

    /** Whether the bytes received so far begin as a zip (an XLSX workbook) does. */
    private static boolean isZip(byte[] head, long received) {
        return received >= head.length && Arrays.equals(head, ZIP);
    }

    /** Shift_JIS by any of its names (Shift_JIS, SJIS, MS932, CP932, Windows-31J): read as Windows-31J. */
    private static boolean isShiftJis(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.contains("shift_jis") || name.contains("sjis") || name.contains("31j") || name.contains("932");
    }

    private static DomainException.TooLarge tooLarge(long size, long limit) {
        return new DomainException.TooLarge("import.tooLarge", size, limit / (1024 * 1024));
    }

    /** The file's text, read from disk as it is needed; only for a CSV. */
    public Reader reader() {
        if (format != Format.CSV) {
            throw new IllegalStateException("An XLSX workbook is not text.");
        }
        try {
            return new BufferedReader(
                    new InputStreamReader(
                            Files.newInputStream(path),
                            charset.newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
                    BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's bytes, read from disk. */
    public InputStream bytes() {
        try {
            return new BufferedInputStream(Files.newInputStream(path), BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the file waits on disk, for a reader (POI's) that opens a workbook by its path. */
    Path path() {
        return path;
    }

    public long size() {
        return size;
    }

    public Format format() {
        return format;
    }

    /**
     * The rows the file holds less its header, for a progress bar: a CSV's lines (a cell holding a line break
     * makes it a little more than its rows; blank lines count), a workbook's rows counted on its first sheet.
     */
    public Integer rows() {
        if (format == Format.CSV) {
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, lines - 1));
        }
        return XlsxRows.count(this);
    }

    /** The encoding of a CSV (UTF-8 or Windows-31J); null for a workbook. */
    public Charset charset() {
        return charset;
    }

    /** The SHA-256 of the bytes as sent, in lower-case hexadecimal. */
    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest newDigest() {
        return Sha256.digest();
    }

    /**
     * Decodes the bytes as they come, only to learn whether they are valid in one encoding and, if not, the line
     * of the first that is not; a sequence split between two buffers is carried over to the next. After the first
     * fault it reads no more.
     */
    private static final class TextCheck {

        private final Charset charset;
        private final CharsetDecoder decoder;
        private final ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
        // neither encoding gives more chars than bytes, so one buffer's chars always fit
        private final CharBuffer chars = CharBuffer.allocate(BUFFER + 8);
        private long line = 1;
        private long badLine;
        /** Characters beyond ASCII read well before the first fault. */
        private long wideBeforeFault;
        /** Whether the only fault is a character cut short at the end of the file. */
        private boolean faultAtEnd;

        private char lastChar;

        TextCheck(Charset charset) {
            this.charset = charset;
            this.decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        boolean valid() {
            return badLine == 0;
        }

        /** The lines of text, a last line without its line break counted. */
        long textLines() {
            return lastChar == '\n' || lastChar == 0 ? line - 1 : line;
        }

        void feed(byte[] bytes, int length, boolean end) {
            if (badLine != 0) {
                return;
            }
            pending.put(bytes, 0, length).flip();
            CoderResult result = decoder.decode(pending, chars, end);
            if (!result.isError() && end) {
                result = decoder.flush(chars);
            }
            chars.flip();
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\n') {
                    line++;
                } else if (c > 0x7f) {
                    wideBeforeFault++;
                }
                lastChar = c;
            }
            chars.clear();
            if (result.isError() || (end && pending.hasRemaining())) {
                badLine = line;
                faultAtEnd = end && result.isError() && result.length() == pending.remaining();
            }
            pending.compact();
        }
    }
}
