package org.maizuru.claims.claim;

import java.util.Arrays;

/** Searching a document's bytes for its keywords. */
final class Bytes {

    private Bytes() {}

    /** Where the sought bytes first occur in the content from the given offset on, or -1. */
    static int indexOf(byte[] content, byte[] sought, int from) {
        for (int at = Math.max(from, 0); at <= content.length - sought.length; at++) {
            if (content[at] == sought[0] && Arrays.equals(content, at, at + sought.length, sought, 0, sought.length)) {
                return at;
            }
        }
        return -1;
    }
}
