package dev.dlready.report.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Verification codes printed on report PDFs: 16 characters from a 32-letter alphabet without look-alikes (80 random
 * bits), written in four groups (e.g. {@code 7KQ2-MX9D-P4RT-WB3H}). Only a SHA-256 hash of a code is stored.
 */
public final class VerificationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 16;

    private VerificationCodes() {}

    /** A new code; pass a cryptographically strong generator (e.g. SecureRandom). */
    public static String generate(RandomGenerator random) {
        var code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as stored: upper case, without spaces or dashes. Empty when it cannot be a code (wrong length, or a
     * character outside the alphabet such as 0, 1, O or I).
     */
    public static Optional<String> normalise(String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    /** The hash stored for a normalised code. */
    public static String hash(String normalisedCode) {
        return sha256Hex(normalisedCode);
    }

    public static String sha256Hex(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
