package org.maizuru.claims.association;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * Whether a new password is one that guessers try first (ASVS 2.1.7): the commonest passwords of the leaked-password
 * corpora and their plain variations (l33t spelling, reversed, a few digits added), keyboard runs and sequences.
 * zxcvbn carries the list (about thirty thousand passwords, by frequency) and estimates how many guesses a password
 * takes; a long sentence of ordinary words is not refused for its words.
 */
final class CommonPasswords {

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private CommonPasswords() {}

    /**
     * Guessed within about a hundred million tries by zxcvbn's model of how people choose passwords: common passwords
     * and their variations, keyboard runs, sequences, repeats and dates, alone or joined.
     */
    static boolean isCommon(String password) {
        return ZXCVBN.measure(password).getGuesses() < GUESSABLE;
    }

    /** Below this many guesses (10^8) an offline attack on a leaked hash, or a slow online one, finds the password. */
    private static final double GUESSABLE = 1e8;
}
