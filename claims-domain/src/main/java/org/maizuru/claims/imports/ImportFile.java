package org.maizuru.claims.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.maizuru.claims.platform.DomainException;

/**
 * An import file as it was sent, kept in a temporary file while its job runs. It is written to disk as it arrives,
 * a buffer at a time, so the server's memory stays the same whatever the file's size; on the way it is checked
 * to be UTF-8 and to stay within the limit, and fingerprinted (SHA-256), so that a refused file is refused before
 * any job exists and the same file sent twice can be recognised. Closing it deletes the temporary file.
 */
public final class ImportFile implements AutoCloseable {

    /** The largest file taken: a legacy roll of the whole history fits; more goes in several files. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final long size;
    private final String sha256;

    private ImportFile(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Receives a body of at most {@link #MAX_BYTES}, whose length the client may have announced. */
    public static ImportFile receive(InputStream body, Long announcedLength) throws IOException {
        return receive(body, announcedLength, MAX_BYTES);
    }

    /**
     * Receives a body of at most {@code limit} bytes. An announced length over the limit is refused before a byte
     * is read; a body that turns out longer is refused as soon as it passes the limit, without reading the rest.
     */
    public static ImportFile receive(InputStream body, Long announcedLength, long limit) throws IOException {
        if (announcedLength != null && announcedLength > limit) {
            throw tooLarge(announcedLength, limit);
        }
        Path path = Files.createTempFile("claims-import-", ".csv");
        try (OutputStream out = Files.newOutputStream(path)) {
            var check = new Utf8Check();
            MessageDigest digest = newDigest();
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                size += read;
                if (size > limit) {
                    throw tooLarge(size, limit);
                }
                out.write(buffer, 0, read);
                digest.update(buffer, 0, read);
                check.feed(buffer, read, false);
            }
            check.feed(buffer, 0, true);
            return new ImportFile(path, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException refused) {
            Files.deleteIfExists(path);
            throw refused;
        }
    }

    private static DomainException.TooLarge tooLarge(long size, long limit) {
        return new DomainException.TooLarge("import.tooLarge", size, limit / (1024 * 1024));
    }

    /** The file's text, read from disk as it is needed. */
    public Reader reader() {
        try {
            return new BufferedReader(Files.newBufferedReader(path, StandardCharsets.UTF_8), BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long size() {
        return size;
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
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Decodes the bytes as they come, only to find the first one that is not UTF-8 and the line it is on; a
     * sequence split between two buffers is carried over to the next.
     */
    private static final class Utf8Check {

        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
        // UTF-8 never gives more chars than bytes, so one buffer's chars always fit
        private final CharBuffer chars = CharBuffer.allocate(BUFFER + 8);
        private long line = 1;

        void feed(byte[] bytes, int length, boolean end) {
            pending.put(bytes, 0, length).flip();
            CoderResult result = decoder.decode(pending, chars, end);
            if (!result.isError() && end) {
                result = decoder.flush(chars);
            }
            chars.flip();
            while (chars.hasRemaining()) {
                if (chars.get() == '\n') {
                    line++;
                }
            }
            chars.clear();
            if (result.isError() || (end && pending.hasRemaining())) {
                throw new DomainException.Invalid("file", "import.notUtf8", line);
            }
            pending.compact();
        }
    }
}
