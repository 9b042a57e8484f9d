package dev.dlready.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules, as plain sentences a person can act on. Length matters most (NIST SP 800-63B), so the policy
 * asks for length and refuses well-known passwords instead of demanding symbol soup.
 */
public final class PasswordPolicy {

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "123456789", "1234567890",
            "12345678910", "qwertyuiop", "qwerty1234", "qwerty12345", "iloveyou12", "letmein123", "welcome123",
            "passw0rd12", "administrator", "abc1234567", "1q2w3e4r5t", "1qaz2wsx3edc", "deeplearning",
            "deeplearning1", "dlready123", "trustno1234", "changeme123", "football123", "baseball123");

    private PasswordPolicy() {}

    /** Every rule the password breaks, empty when it is acceptable. */
    public static List<String> problems(String password, String email) {
        var problems = new ArrayList<String>();
        if (password.length() < AccountLimits.PASSWORD_MIN) {
            problems.add("Use at least " + AccountLimits.PASSWORD_MIN + " characters.");
        }
        if (password.length() > AccountLimits.PASSWORD_MAX) {
            problems.add("Use at most " + AccountLimits.PASSWORD_MAX + " characters.");
        }
        boolean hasLetter = password.codePoints().anyMatch(Character::isLetter);
        boolean hasOther = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!hasLetter || !hasOther) {
            problems.add("Mix letters with at least one digit, space or symbol.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add("This password is one of the most common ones; choose another.");
        }
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        if (localPart.length() >= 4 && lower.contains(localPart.toLowerCase(Locale.ROOT))) {
            problems.add("Do not include your email name in the password.");
        }
        return List.copyOf(problems);
    }
}
