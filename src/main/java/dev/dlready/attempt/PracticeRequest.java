package dev.dlready.attempt;

import dev.dlready.question.Level;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a student chose to practise. */
public record PracticeRequest(
        List<String> topics, @Nullable Level level, int minDifficulty, int maxDifficulty, int count) {

    public static final int MAX_COUNT = 50;

    public PracticeRequest {
        topics = List.copyOf(topics);
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("Choose between 1 and " + MAX_COUNT + " questions");
        }
    }
}
