package dev.dlready.cohort;

import dev.dlready.cohort.engine.ItemAnalysis;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The item analysis of one quiz: the quiz-level statistics and, for each question, the classical statistics, its
 * options (for the distractor table) and its IRT parameters.
 *
 * @param attempts students whose first finished attempt is analysed
 * @param leftOut finished attempts not analysed (later attempts of the same students, or attempts missing a question)
 */
public record QuizAnalysis(
        long quizId,
        String title,
        int attempts,
        int leftOut,
        ItemAnalysis.QuizStatistics statistics,
        List<Row> questions) {

    public QuizAnalysis {
        questions = List.copyOf(questions);
    }

    /**
     * @param options the option texts in the question's key order (empty for other types)
     * @param discrimination IRT a; {@code difficulty} IRT b; {@code guessing} IRT c
     * @param calibrated whether the IRT parameters come from data (else they are the declared defaults)
     */
    public record Row(
            QuizQuestion question,
            ItemAnalysis.ItemStatistics statistics,
            List<String> options,
            double discrimination,
            double difficulty,
            double guessing,
            boolean calibrated,
            @Nullable Integer versionNumber) {
        public Row {
            options = List.copyOf(options);
        }
    }
}
