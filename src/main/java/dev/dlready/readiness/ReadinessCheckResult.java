package dev.dlready.readiness;

import dev.dlready.question.QuestionToAsk;
import java.util.List;

/** A finished check: the call, each topic's ability from this check alone, and every question with key and explanation. */
public record ReadinessCheckResult(ReadinessCheckSummary summary, List<ReadinessReport.TopicAbility> topics, List<Item> items) {

    public ReadinessCheckResult {
        topics = List.copyOf(topics);
        items = List.copyOf(items);
    }

    public record Item(
            int position,
            String topic,
            QuestionToAsk question,
            String answer,
            double credit,
            long seconds,
            String keyMarkdown,
            String explanationMarkdown) {}
}
