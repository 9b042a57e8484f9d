package dev.dlready.attempt;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One exam attempt as lists show it. */
public record ExamSummary(
        long id,
        String title,
        ExamStatus status,
        Instant startedAt,
        Instant deadline,
        @Nullable Instant submittedAt,
        @Nullable Double score,
        int maxScore,
        int answered) {

    public boolean finished() {
        return status != ExamStatus.IN_PROGRESS;
    }

    /** Score as a percentage, or -1 while in progress. */
    public int percent() {
        return score == null || maxScore == 0 ? -1 : (int) Math.round(100 * score / maxScore);
    }
}
