package dev.dlready.base.text;

import java.util.Locale;

/** Turns what a person typed into a search box into a safe, case-insensitive SQL LIKE pattern. */
public final class LikePattern {

    private LikePattern() {}

    /** {@code %text%}, lower-cased, with the LIKE wildcards the person typed removed. */
    public static String containing(String filter) {
        return "%" + filter.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
