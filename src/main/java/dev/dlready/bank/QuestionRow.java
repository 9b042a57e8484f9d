package dev.dlready.bank;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the question bank. {@code source} is the quiz file, or null for a question written in the app. */
public record QuestionRow(
        String id, String topic, String type, String level, int difficulty, int version, @Nullable String source,
        Instant updatedAt) {

    public boolean editable() {
        return source == null;
    }
}
