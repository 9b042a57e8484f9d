package dev.dlready.cohort.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.attempt.ui.ExamReviewPanel;
import dev.dlready.cohort.CohortService;
import dev.dlready.cohort.CourseQuizService;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;

/** An instructor reads a cohort member's finished attempt: every answer given, with the key and explanation. */
@Route("cohorts/:cohortId/attempts/:attemptId")
@PageTitle("Student attempt")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class StudentAttemptView extends Main implements BeforeEnterObserver {

    private final CohortService cohorts;
    private final CourseQuizService quizzes;

    public StudentAttemptView(CohortService cohorts, CourseQuizService quizzes) {
        this.cohorts = cohorts;
        this.quizzes = quizzes;
        addClassNames("page", "exam-review", "student-attempt-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long cohortId = Long.parseLong(event.getRouteParameters().get("cohortId").orElse(""));
            long attemptId = Long.parseLong(event.getRouteParameters().get("attemptId").orElse(""));
            var attempt = cohorts.attempt(cohortId, attemptId);
            removeAll();
            var back = new Anchor("cohorts/" + cohortId, "← " + attempt.cohortName());
            back.addClassName("back-link");
            var who = new Paragraph("Attempt by " + attempt.studentName());
            who.setId("attempt-student");
            who.addClassName("muted");
            add(back, who, new ExamReviewPanel(attempt.review(), quizzes.topics(), false));
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }
}
