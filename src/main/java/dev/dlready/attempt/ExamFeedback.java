package dev.dlready.attempt;

import dev.dlready.question.engine.Scoring;
import java.util.List;

/**
 * What a student sees after checking one answer during an exam with immediate feedback: the credit (0–1), the
 * feedback on the mistakes made, the key and the explanation. Given only for an answer that can no longer change.
 */
public record ExamFeedback(double credit, List<String> feedback, String keyMarkdown, String explanationMarkdown) {

    public ExamFeedback {
        feedback = List.copyOf(feedback);
    }

    static ExamFeedback of(Scoring.Result result, String keyMarkdown, String explanationMarkdown) {
        return new ExamFeedback(result.credit(), result.feedback(), keyMarkdown, explanationMarkdown);
    }

    /** The score as the scoring engine reports it, e.g. for {@code QuestionCard.showResult}. */
    public Scoring.Result result() {
        return new Scoring.Result(credit, feedback);
    }

    public boolean correct() {
        return result().correct();
    }
}
