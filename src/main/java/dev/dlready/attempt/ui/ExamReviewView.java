package dev.dlready.attempt.ui;

import com.vaadin.flow.component.html.Anchor;
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
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** After an exam: the score, the breakdown by topic, and every question with the answer, key and explanation. */
@Route("exam/:attemptId/review")
@PageTitle("Exam review")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class ExamReviewView extends Main implements BeforeEnterObserver {

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
        add(new ExamReviewPanel(review, topicTitles, true));
        add(new Paragraph(new Anchor("exam", "Start another exam"), new Span(" · "), new Anchor("history", "All your exams")));
    }
}
