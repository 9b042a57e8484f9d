package dev.dlready.attempt;

import dev.dlready.question.QuestionToAsk;
import java.util.List;

/** A finished exam: the score, the per-topic breakdown and every question with the answer, key and explanation. */
public record ExamReview(ExamSummary summary, List<TopicScore> topics, List<Item> items) {

    public ExamReview {
        topics = List.copyOf(topics);
        items = List.copyOf(items);
    }

    public record TopicScore(String topic, double score, int max) {}

    public record Item(
            int position,
            QuestionToAsk question,
            String answer,
            double credit,
            List<String> feedback,
            String keyMarkdown,
            String explanationMarkdown) {}
}
