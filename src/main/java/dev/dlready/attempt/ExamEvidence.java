package dev.dlready.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One finished exam as evidence about a candidate: what it covered, when, how long it took, how it went, and what the
 * platform observed while it ran (when each answer was last saved, how often the exam page lost focus).
 *
 * @param answerTimes when each answered question's answer was last saved, in time order
 * @param questionsByTopic how many questions of each topic the exam asked
 */
public record ExamEvidence(
        long attemptId,
        String title,
        Instant startedAt,
        Instant submittedAt,
        ExamStatus status,
        int questions,
        int answered,
        double score,
        int maxScore,
        Map<String, Integer> questionsByTopic,
        List<Instant> answerTimes,
        int focusLost) {

    public ExamEvidence {
        questionsByTopic = Map.copyOf(questionsByTopic);
        answerTimes = List.copyOf(answerTimes);
    }

    public Duration duration() {
        return Duration.between(startedAt, submittedAt);
    }

    public int percent() {
        return maxScore == 0 ? 0 : (int) Math.round(100 * score / maxScore);
    }
}
