package org.maizuru.claims.kernel;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A caller's promise that requests bearing the same key are one request (the {@code Idempotency-Key} header, or
 * a page form's own key), with a fingerprint of what was asked, so that the key sent again with something else
 * is recognised as a mistake rather than answered with the first result.
 *
 * @param caller      the signed-in user; keys of different callers never meet
 * @param value       the key as sent: 1 to 200 visible ASCII characters
 * @param fingerprint SHA-256 of the request's content, in hexadecimal
 */
public record IdempotencyKey(String caller, String value, String fingerprint) {

    static final int MAX_LENGTH = 200;

    /**
     * The key of an API request, or null when none was sent; a malformed key is refused, naming the header. The
     * fingerprint is computed only when a key came with the request.
     */
    public static IdempotencyKey of(Actor actor, String header, Supplier<String> fingerprint) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > MAX_LENGTH || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new DomainException.Invalid("Idempotency-Key", "request.idempotencyKeyMalformed", MAX_LENGTH);
        }
        return new IdempotencyKey(actor.username(), header, fingerprint.get());
    }

    /** The key of one page form as it was shown: sent twice, it files once, whatever was typed in between. */
    public static IdempotencyKey ofForm(Actor actor, String formKey) {
        return new IdempotencyKey(actor.username(), "form:" + formKey, "form");
    }

    /** The fingerprint of a request's content. */
    public static String fingerprint(String content) {
        return fingerprint(content.getBytes(StandardCharsets.UTF_8));
    }

    public static String fingerprint(byte[] content) {
        return Sha256.hex(content);
    }
}
