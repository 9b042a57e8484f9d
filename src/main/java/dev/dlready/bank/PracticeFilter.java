package dev.dlready.bank;

import dev.dlready.question.Level;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Which questions a practice session draws from. */
public record PracticeFilter(List<String> topics, @Nullable Level level, int minDifficulty, int maxDifficulty) {
    public PracticeFilter {
        topics = List.copyOf(topics);
        if (minDifficulty < 1 || maxDifficulty > 5 || minDifficulty > maxDifficulty) {
            throw new IllegalArgumentException("Difficulty must be a range within 1 to 5");
        }
    }

    public static PracticeFilter topics(List<String> topics) {
        return new PracticeFilter(topics, null, 1, 5);
    }
}
