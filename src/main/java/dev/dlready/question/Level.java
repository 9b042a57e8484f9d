package dev.dlready.question;

import java.util.Optional;

/** The role level a question targets. */
public enum Level {
    INTERN("intern", "Intern"),
    ENTRY("entry", "Entry-level");

    private final String key;
    private final String title;

    Level(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Optional<Level> fromKey(String key) {
        for (Level level : values()) {
            if (level.key.equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
