package dev.dlready.cohort.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.cohort.AssignedQuiz;
import dev.dlready.cohort.CohortException;
import dev.dlready.cohort.FeedbackTiming;
import dev.dlready.cohort.MyCohort;
import dev.dlready.cohort.StudentCohortService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.NoSuchElementException;

/** The student's quizzes from their cohorts: what is due when, attempts left, start, resume or review; and joining. */
@Route("assignments")
@PageTitle("Assigned quizzes")
@Menu(order = 12, icon = "vaadin:tasks", title = "Assigned quizzes")
@RolesAllowed("STUDENT")
public class AssignedQuizzesView extends Main {

    private final StudentCohortService cohorts;
    private final Clock clock;
    private final Div list = new Div();
    private final Div mine = new Div();

    public AssignedQuizzesView(StudentCohortService cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
        addClassNames("page", "assignments-page");
        add(new H2("Assigned quizzes"));
        list.setId("assigned-list");
        list.addClassName("assigned-list");
        var cohortsTitle = new H3("Your cohorts");
        cohortsTitle.addClassName("section-title");
        var joinTitle = new H3("Join a cohort");
        joinTitle.addClassName("section-title");
        var joinHint = new Paragraph("Type the invite code your instructor gave you, or open their invite link.");
        joinHint.addClassName("muted");
        add(list, cohortsTitle, mine, joinTitle, joinHint, joinForm());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var quizzes = cohorts.assignments();
        if (quizzes.isEmpty()) {
            var empty = new Div(new H3("Nothing assigned yet"), new Paragraph(cohorts.myCohorts().isEmpty()
                    ? "Join your instructor's cohort with the invite code or link they gave you; its quizzes appear here."
                    : "Your instructors have not assigned a quiz yet. Meanwhile, Practice and the Readiness check are open."));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        quizzes.forEach(q -> list.add(card(q)));
        mine.removeAll();
        var cohortsList = cohorts.myCohorts();
        if (cohortsList.isEmpty()) {
            var none = new Paragraph("You are not in a cohort yet.");
            none.addClassName("muted");
            mine.add(none);
        }
        for (MyCohort c : cohortsList) {
            var leave = new Button("Leave", e -> confirmLeave(c));
            leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            var row = new HorizontalLayout(new Span(c.name()), muted("with " + c.instructorName()),
                    muted("joined " + Parts.when(c.joinedAt(), "")), leave);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("my-cohort");
            mine.add(row);
        }
    }

    private Component card(AssignedQuiz q) {
        var card = new Div();
        card.addClassName("assigned-card");
        card.getElement().setAttribute("data-quiz", Long.toString(q.quizId()));
        var title = new H3(q.title());
        var state = stateBadge(q);
        var head = new HorizontalLayout(title, state);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        card.add(head);
        if (!q.description().isBlank()) {
            card.add(new Paragraph(q.description()));
        }
        var facts = new ArrayList<String>();
        facts.add(q.questions() + (q.questions() == 1 ? " question" : " questions"));
        facts.add(q.timeLimitMinutes() == null ? "about " + Math.max(1, Math.round(q.questions() * 1.5)) + " minutes"
                : q.timeLimitMinutes() + " minutes");
        facts.add(q.attemptsAllowed() == 0 ? "attempts: " + q.attemptsUsed() + " used, no limit"
                : "attempts: " + q.attemptsUsed() + " of " + q.attemptsAllowed() + " used");
        facts.add(q.feedback() == FeedbackTiming.IMMEDIATE ? "feedback after each answer" : "feedback after you submit");
        card.add(muted(String.join(" · ", facts)));
        var dates = new ArrayList<String>();
        if (q.dueAt() != null) {
            dates.add("Due " + Parts.when(q.dueAt(), ""));
        }
        if (q.opensAt() != null) {
            dates.add("opens " + Parts.when(q.opensAt(), ""));
        }
        if (q.closesAt() != null) {
            dates.add("closes " + Parts.when(q.closesAt(), ""));
        }
        dates.add("from " + q.cohorts());
        card.add(muted(String.join(" · ", dates)));

        var actions = new HorizontalLayout();
        if (q.openAttemptId() != null) {
            var resume = new Button("Resume", VaadinIcon.PLAY.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("exam/" + q.openAttemptId())));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resume.addClassName("assigned-resume");
            actions.add(resume);
        } else if (q.canStart()) {
            var start = new Button(q.attemptsUsed() == 0 ? "Start" : "Start another attempt", VaadinIcon.PLAY.create(),
                    e -> start(q));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClassName("assigned-start");
            actions.add(start);
        }
        if (q.bestAttemptId() != null) {
            var review = new Button("Review best attempt (" + Parts.percent(q.bestPercent()) + ")",
                    VaadinIcon.EYE.create(), e -> getUI().ifPresent(ui -> ui.navigate("exam/" + q.bestAttemptId() + "/review")));
            review.addClassName("assigned-review");
            actions.add(review);
        }
        card.add(actions);
        return card;
    }

    private Component stateBadge(AssignedQuiz q) {
        boolean overdue = q.dueAt() != null && clock.instant().isAfter(q.dueAt()) && q.bestAttemptId() == null;
        if (q.bestAttemptId() != null) {
            return Parts.badge("Done", "success");
        }
        if (q.openAttemptId() != null) {
            return Parts.badge("In progress", "");
        }
        return switch (q.availability()) {
            case NOT_OPEN_YET -> Parts.badge("Not open yet", "contrast");
            case CLOSED -> Parts.badge("Closed", "contrast");
            case NO_ATTEMPTS_LEFT -> Parts.badge("No attempts left", "contrast");
            case OPEN -> overdue ? Parts.badge("Overdue", "error") : Parts.badge("To do", "");
        };
    }

    private void start(AssignedQuiz q) {
        try {
            long attempt = cohorts.start(q.quizId());
            getUI().ifPresent(ui -> ui.navigate("exam/" + attempt));
        } catch (CohortException ex) {
            Parts.error(ex.getMessage());
            refresh();
        } catch (NoSuchElementException ex) {
            Parts.error("This quiz is no longer assigned to you.");
            refresh();
        }
    }

    private Component joinForm() {
        var code = new TextField("Invite code");
        code.setId("join-code");
        code.setPlaceholder("e.g. 7KQ2MXH9RT");
        code.setMaxLength(40);
        var join = new Button("Join cohort", e -> {
            try {
                String name = cohorts.join(code.getValue());
                code.clear();
                code.setInvalid(false);
                Parts.success("You joined " + name + ".");
                refresh();
            } catch (CohortException ex) {
                code.setErrorMessage(ex.getMessage());
                code.setInvalid(true);
            }
        });
        join.setId("join-submit");
        var row = new HorizontalLayout(code, join);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void confirmLeave(MyCohort cohort) {
        var confirm = new ConfirmDialog("Leave " + cohort.name() + "?",
                "Its quizzes disappear from this page; your attempts and scores are kept. You can rejoin with the "
                        + "invite code while joining is open.", "Leave",
                e -> {
                    cohorts.leave(cohort.id());
                    refresh();
                }, "Cancel", e -> {});
        confirm.open();
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("muted");
        span.addClassName("assigned-facts");
        return span;
    }
}
