package dev.dlready.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One student's attempt at a course quiz, for the instructor's results and item statistics. {@code score} and
 * {@code submittedAt} are null while the attempt runs.
 */
public record QuizAttemptRecord(
        long userId,
        long attemptId,
        ExamStatus status,
        Instant startedAt,
        @Nullable Instant submittedAt,
        @Nullable Double score,
        int maxScore,
        List<Item> items) {

    public QuizAttemptRecord {
        items = List.copyOf(items);
    }

    public boolean finished() {
        return status != ExamStatus.IN_PROGRESS;
    }

    /** The score as a percentage of the maximum (0 while the attempt runs). */
    public double percent() {
        return maxScore == 0 || score == null ? 0 : 100.0 * score / maxScore;
    }

    /**
     * One question of the attempt.
     *
     * @param credit 0–1, null until the attempt is graded
     * @param chosenOptions for single and multiple choice questions with an answer: the chosen options as indices in
     *     the question's own option order (the key's order, not the shuffled order the student saw); null otherwise
     */
    public record Item(
            int position,
            String questionId,
            long questionVersionId,
            String topicId,
            @Nullable Double credit,
            boolean answered,
            @Nullable Set<Integer> chosenOptions) {

        public Item {
            chosenOptions = chosenOptions == null ? null : Set.copyOf(chosenOptions);
        }
    }
}
