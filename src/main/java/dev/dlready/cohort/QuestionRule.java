package dev.dlready.cohort;

import dev.dlready.question.Level;
import org.jspecify.annotations.Nullable;

/** Questions chosen by rule: {@code count} random active questions of a topic, optionally of one level, in a range of difficulty. */
public record QuestionRule(String topic, @Nullable Level level, int minDifficulty, int maxDifficulty, int count) {

    public static final int MAX_COUNT = 50;

    public QuestionRule {
        if (topic == null || topic.isBlank()) {
            throw new CohortException("Choose a topic to draw from.");
        }
        if (minDifficulty < 1 || maxDifficulty > 5 || minDifficulty > maxDifficulty) {
            throw new CohortException("Choose a difficulty range within 1 to 5, lowest first.");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new CohortException("Draw between 1 and " + MAX_COUNT + " questions at a time.");
        }
    }
}
