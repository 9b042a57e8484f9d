package dev.dlready.attempt.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.attempt.ExamException;
import dev.dlready.attempt.ExamReview;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.ExamStatus;
import dev.dlready.base.ui.RichText;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** After an exam: the score, the breakdown by topic, and every question with the answer, key and explanation. */
@Route("exam/:attemptId/review")
@PageTitle("Exam review")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class ExamReviewView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final ExamService exams;
    private final Map<String, String> topicTitles;

    public ExamReviewView(ExamService exams, BankService bank) {
        this.exams = exams;
        this.topicTitles = bank.topics().stream().collect(Collectors.toMap(TopicSummary::id, TopicSummary::title));
        addClassNames("page", "exam-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ExamReview review;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("attemptId").orElse(""));
            review = exams.review(id);
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (ExamException e) {
            event.forwardTo("exam/" + event.getRouteParameters().get("attemptId").orElse(""));
            return;
        }
        render(review);
    }

    private void render(ExamReview review) {
        removeAll();
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
        add(new Paragraph(new Anchor("exam", "Start another exam"), new Span(" · "), new Anchor("history", "All your exams")));
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
        var answer = new RichText("**Your answer:** " + item.answer());
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
        box.add(key, explanation, new Anchor("practice?question=" + item.question().questionId(), "Practise this question again"));
        return box;
    }
}
