package dev.dlready.attempt.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.dlready.attempt.ExamReview;
import dev.dlready.attempt.ExamStatus;
import dev.dlready.base.ui.RichText;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * A finished exam as a whole: score, timing, the breakdown by topic, and every question with the answer given, the
 * feedback, key and explanation. Shown to the student on their review page and to their instructor.
 */
public class ExamReviewPanel extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final boolean ownAttempt;

    /**
     * @param ownAttempt the student's own attempt: offers to practise each question again
     */
    public ExamReviewPanel(ExamReview review, Map<String, String> topicTitles, boolean ownAttempt) {
        this.ownAttempt = ownAttempt;
        addClassName("exam-review-panel");
        var summary = review.summary();
        var score = new Div(
                new Span(Math.round(summary.score() * 10) / 10.0 + " / " + summary.maxScore()),
                new Span(summary.percent() + " %"));
        score.setId("review-score");
        score.addClassName("review-score");
        String how = summary.status() == ExamStatus.TIMED_OUT
                ? "Submitted automatically when time ran out"
                : "Submitted";
        long minutes = Duration.between(summary.startedAt(), summary.submittedAt()).toMinutes();
        var meta = new Paragraph(how + " on " + WHEN.format(summary.submittedAt()) + " after " + minutes
                + (minutes == 1 ? " minute" : " minutes") + "; " + summary.answered() + " of " + summary.maxScore()
                + " questions answered.");
        meta.setId("review-status");
        meta.addClassName("muted");
        add(new H2(summary.title()), score, meta);

        add(new H3("By topic"));
        var topics = new Div();
        topics.addClassName("topic-scores");
        topics.setId("review-topics");
        for (var topic : review.topics()) {
            var row = new Div(new Span(topicTitles.getOrDefault(topic.topic(), topic.topic())),
                    new Span(Math.round(topic.score() * 10) / 10.0 + " / " + topic.max()));
            row.addClassName("topic-score");
            topics.add(row);
        }
        add(topics, new H3("Questions"));
        for (var item : review.items()) {
            add(reviewItem(item));
        }
    }

    private Div reviewItem(ExamReview.Item item) {
        var box = new Div();
        box.addClassName("review-item");
        box.addClassName(item.credit() >= 1 - 1e-9 ? "review-right" : item.credit() > 0 ? "review-partial" : "review-wrong");
        var heading = new Span("Question " + (item.position() + 1) + " · "
                + (item.credit() >= 1 - 1e-9 ? "Correct" : item.credit() > 0 ? Math.round(item.credit() * 100) + " % credit" : "Not correct"));
        heading.addClassName("review-heading");
        box.add(heading, new RichText(item.question().stem()));
        if (!item.question().choices().isEmpty()) {
            box.add(new RichText(String.join("\n", item.question().choices().stream().map(c -> "- " + c).toList())));
        }
        var answer = new RichText((ownAttempt ? "**Your answer:** " : "**Answer given:** ") + item.answer());
        answer.addClassName("review-answer");
        box.add(answer);
        item.feedback().forEach(f -> {
            var feedback = new RichText(f);
            feedback.addClassName("result-feedback");
            box.add(feedback);
        });
        var key = new RichText(item.keyMarkdown());
        key.addClassName("result-key");
        var explanation = new RichText(item.explanationMarkdown());
        explanation.addClassName("result-explanation");
        box.add(key, explanation);
        if (ownAttempt) {
            box.add(new Anchor("practice?question=" + item.question().questionId(), "Practise this question again"));
        }
        return box;
    }
}
