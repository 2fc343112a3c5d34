package org.maizuru.claims.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How content is fingerprinted: SHA-256 in lower-case hexadecimal. */
class Sha256Test {

    @Test
    void sha256OfAbc_isTheKnownDigest() {
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void sha256OfNothing_isTheKnownDigestOfTheEmptyString() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
    }

    @Test
    void sha256_isLowerCaseHexOf64Characters() {
        String digest = Sha256.hex("抑留者");

        assertTrue(digest.matches("[0-9a-f]{64}"), digest);
        assertEquals(Sha256.hex("抑留者".getBytes(StandardCharsets.UTF_8)), digest, "a text is hashed as its UTF-8 bytes");
    }
}
