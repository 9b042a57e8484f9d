package dev.dlready.attempt;

import dev.dlready.bank.BankQuestion;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/**
 * A timed exam whose questions were chosen by someone else, such as a quiz an instructor set for a course: the exact
 * question versions, in the order given unless {@code shuffleQuestions}, the time allowed, and whether each answer may
 * be checked (with its key and explanation) while the exam runs. Whoever builds it has already decided that the
 * current user may start it; {@link ExamService#startPrepared} only creates the attempt.
 *
 * @param title what the student and every list show, at most {@value #MAX_TITLE_LENGTH} characters
 * @param courseQuizId the course quiz the attempt belongs to, kept with the attempt for {@link CourseQuizRecords}
 * @param questions one to {@value #MAX_QUESTIONS} distinct questions
 * @param timeLimit more than zero and at most {@link #MAX_TIME_LIMIT}; whole seconds count
 */
public record PreparedExam(
        String title,
        long courseQuizId,
        List<BankQuestion> questions,
        Duration timeLimit,
        boolean shuffleQuestions,
        boolean immediateFeedback) {

    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_QUESTIONS = 200;
    public static final Duration MAX_TIME_LIMIT = Duration.ofHours(24);

    public PreparedExam {
        title = title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("Give the exam a title.");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("Shorten the title to at most " + MAX_TITLE_LENGTH + " characters.");
        }
        if (courseQuizId <= 0) {
            throw new IllegalArgumentException("The course quiz id must be positive, not " + courseQuizId + ".");
        }
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("This quiz has no questions yet; add at least one.");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("An exam can have at most " + MAX_QUESTIONS + " questions, not "
                    + questions.size() + ".");
        }
        var seen = new HashSet<String>();
        for (BankQuestion question : questions) {
            if (!seen.add(question.id())) {
                throw new IllegalArgumentException("The question " + question.id() + " is listed twice; keep it once.");
            }
        }
        if (timeLimit.getSeconds() < 1) {
            throw new IllegalArgumentException("The time limit must be at least one second.");
        }
        if (timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new IllegalArgumentException("The time limit can be at most 24 hours.");
        }
    }
}
