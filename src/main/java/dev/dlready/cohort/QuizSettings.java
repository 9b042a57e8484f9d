package dev.dlready.cohort;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A quiz's settings as its author sets them.
 *
 * @param timeLimitMinutes null: no limit of its own (the exam gives {@code 90 s} per question)
 * @param attemptsAllowed 0: unlimited
 * @param opensAt null: open as soon as it is published and assigned
 * @param closesAt null: never closes
 */
public record QuizSettings(
        String title,
        String description,
        @Nullable Integer timeLimitMinutes,
        int attemptsAllowed,
        boolean shuffleQuestions,
        FeedbackTiming feedback,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_MINUTES = 300;
    public static final int MAX_ATTEMPTS = 20;

    public QuizSettings {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        if (title.isEmpty()) {
            throw new CohortException("Give the quiz a title.");
        }
        if (title.length() > MAX_TITLE) {
            throw new CohortException("Keep the title under " + MAX_TITLE + " characters.");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new CohortException("Keep the description under " + MAX_DESCRIPTION + " characters.");
        }
        if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > MAX_MINUTES)) {
            throw new CohortException("Set a time limit between 1 and " + MAX_MINUTES + " minutes, or none.");
        }
        if (attemptsAllowed < 0 || attemptsAllowed > MAX_ATTEMPTS) {
            throw new CohortException("Allow between 1 and " + MAX_ATTEMPTS + " attempts, or unlimited.");
        }
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new CohortException("The quiz must close after it opens.");
        }
    }

    public static QuizSettings defaults(String title) {
        return new QuizSettings(title, "", 30, 1, true, FeedbackTiming.AFTER_SUBMISSION, null, null);
    }
}
