package dev.dlready.content.moodle;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Question ids and tag names in DL Ready's form (lower-case letters, digits, hyphens), made from Moodle names. */
final class Ids {

    /** The same rule the quizzes/ validator applies to ids. */
    static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final int MAX_LENGTH = 60;

    private final Set<String> taken;

    Ids(Set<String> existing) {
        this.taken = new HashSet<>(existing);
    }

    /** "Grant's Tomb (part 2)" → "grant-s-tomb-part-2"; empty when nothing usable is left. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    boolean isTaken(String id) {
        return taken.contains(id);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… whichever is free; the result is then taken. */
    String claim(String base) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            String suffix = "-" + n;
            id = (base.length() + suffix.length() > MAX_LENGTH
                            ? base.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "")
                            : base)
                    + suffix;
        }
        taken.add(id);
        return id;
    }
}
