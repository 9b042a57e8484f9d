package dev.dlready.attempt;

import dev.dlready.question.QuestionToAsk;
import dev.dlready.question.Response;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An exam in progress as the student sees it: the questions without keys, saved answers and the deadline. In an exam
 * with immediate feedback, an answer the student has checked carries its feedback (with the key); no other item does.
 */
public record ExamState(ExamSummary summary, Instant now, boolean immediateFeedback, List<Item> items) {

    public ExamState {
        items = List.copyOf(items);
    }

    /** One question; {@code feedback} is present only once its answer has been checked, and the answer is then final. */
    public record Item(
            int position,
            QuestionToAsk question,
            @Nullable Response response,
            boolean flagged,
            @Nullable ExamFeedback feedback) {

        public boolean checked() {
            return feedback != null;
        }
    }

    public long secondsLeft() {
        return Math.max(0, summary.deadline().getEpochSecond() - now.getEpochSecond());
    }
}
