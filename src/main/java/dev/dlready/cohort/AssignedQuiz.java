package dev.dlready.cohort;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A quiz assigned to the signed-in student through one or more cohorts, with what they can do with it now.
 *
 * @param attemptsAllowed 0: unlimited
 * @param openAttemptId an attempt started and still running, to resume
 * @param bestAttemptId the finished attempt with the best score, to review
 */
public record AssignedQuiz(
        long quizId,
        String title,
        String description,
        String cohorts,
        @Nullable Instant dueAt,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        @Nullable Integer timeLimitMinutes,
        int questions,
        int attemptsAllowed,
        int attemptsUsed,
        FeedbackTiming feedback,
        Availability availability,
        @Nullable Long openAttemptId,
        @Nullable Double bestPercent,
        @Nullable Long bestAttemptId) {

    public enum Availability {
        NOT_OPEN_YET,
        OPEN,
        CLOSED,
        NO_ATTEMPTS_LEFT
    }

    public boolean canStart() {
        return availability == Availability.OPEN;
    }
}
