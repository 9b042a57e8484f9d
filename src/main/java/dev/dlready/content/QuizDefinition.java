package dev.dlready.content;

import dev.dlready.question.Question;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One quiz file. */
public record QuizDefinition(
        String id,
        String title,
        String topic,
        String description,
        @Nullable Integer timeLimitMinutes,
        @Nullable Review review,
        List<Question> questions,
        String file) {

    public QuizDefinition {
        questions = List.copyOf(questions);
    }

    /** Who checked the file's keys and explanations, and when. */
    public record Review(String reviewedBy, String reviewedOn, String notes) {}
}
