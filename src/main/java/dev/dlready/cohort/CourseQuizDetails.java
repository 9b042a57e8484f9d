package dev.dlready.cohort;

import java.util.List;

/** A quiz with everything its builder shows. {@code attempts}: once positive, the question list is fixed. */
public record CourseQuizDetails(
        long id,
        QuizSettings settings,
        boolean published,
        long version,
        List<QuizQuestion> questions,
        List<String> cohorts,
        long attempts) {

    public CourseQuizDetails {
        questions = List.copyOf(questions);
        cohorts = List.copyOf(cohorts);
    }

    public boolean questionsLocked() {
        return attempts > 0;
    }
}
