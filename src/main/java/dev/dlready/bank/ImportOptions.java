package dev.dlready.bank;

import dev.dlready.question.Level;

/**
 * What an import uses where the Moodle file does not say: the topic for questions whose category matches no topic,
 * and the level and difficulty for questions without DL Ready's {@code dlready-level-…} and {@code
 * dlready-difficulty-…} tags. Every use of a default is shown as a note on the question.
 */
public record ImportOptions(String defaultTopic, Level level, int difficulty) {

    public ImportOptions {
        if (defaultTopic.isBlank()) {
            throw new IllegalArgumentException("choose a default topic");
        }
        if (difficulty < 1 || difficulty > 5) {
            throw new IllegalArgumentException("the default difficulty must be 1 to 5, not " + difficulty);
        }
    }
}
