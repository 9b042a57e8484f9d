package dev.dlready.cohort;

import dev.dlready.attempt.QuizAttemptRecord;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Which of a student's attempts at a quiz counts: the finished one with the highest score (the earliest on a tie). */
final class BestAttempt {

    private BestAttempt() {}

    static @Nullable QuizAttemptRecord of(List<QuizAttemptRecord> attempts) {
        QuizAttemptRecord best = null;
        for (QuizAttemptRecord r : attempts) {
            if (r.finished() && (best == null || r.percent() > best.percent())) {
                best = r;
            }
        }
        return best;
    }
}
