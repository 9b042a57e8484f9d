package dev.dlready.attempt;

import dev.dlready.question.QuestionToAsk;
import dev.dlready.question.Response;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An exam in progress as the student sees it: the questions without keys, saved answers and the deadline. */
public record ExamState(ExamSummary summary, Instant now, List<Item> items) {

    public ExamState {
        items = List.copyOf(items);
    }

    public record Item(int position, QuestionToAsk question, @Nullable Response response, boolean flagged) {}

    public long secondsLeft() {
        return Math.max(0, summary.deadline().getEpochSecond() - now.getEpochSecond());
    }
}
