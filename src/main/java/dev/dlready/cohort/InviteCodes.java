package dev.dlready.cohort;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Invite codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), read aloud or typed from a slide
 * without mistakes; 31^10 ≈ 8·10^14 codes, so guessing one is hopeless. Typed codes are normalised: case, spaces and
 * dashes do not matter.
 */
final class InviteCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCodes() {}

    static String next() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
