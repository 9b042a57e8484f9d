package dev.dlready.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalises and checks email addresses used as sign-in names. */
public final class EmailAddresses {

    // Deliberately simple: one @, no spaces, a dot in the domain, no leading/trailing dot in labels.
    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddresses() {}

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A message saying what is wrong with the address, or empty when it is acceptable. */
    public static Optional<String> problem(String email) {
        String normalised = normalise(email);
        if (normalised.isEmpty()) {
            return Optional.of("Enter your email address.");
        }
        if (normalised.length() > AccountLimits.EMAIL_MAX) {
            return Optional.of("Use an email address of at most " + AccountLimits.EMAIL_MAX + " characters.");
        }
        if (!SHAPE.matcher(normalised).matches() || normalised.contains("..")) {
            return Optional.of("Enter an email address like name@example.com.");
        }
        return Optional.empty();
    }
}
