package dev.dlready.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.account.CurrentUser;
import dev.dlready.account.Role;
import dev.dlready.account.SignedInUser;
import dev.dlready.account.UserAdminService;
import dev.dlready.attempt.PracticeService;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import dev.dlready.review.ReviewService;
import dev.dlready.cohort.CohortService;
import dev.dlready.cohort.CourseQuizService;
import dev.dlready.cohort.StudentCohortService;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/** The first page after sign-in; what it shows depends on the role. */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Main {

    public HomeView(
            CurrentUser currentUser,
            ObjectProvider<UserAdminService> userAdmin,
            ObjectProvider<BankService> bank,
            ObjectProvider<PracticeService> practice,
            ObjectProvider<ReviewService> reviews,
            ObjectProvider<StudentCohortService> assigned,
            ObjectProvider<CohortService> cohorts,
            ObjectProvider<CourseQuizService> quizzes) {
        addClassName("page");
        SignedInUser user = currentUser.require();
        var greeting = new H2("Welcome, " + firstName(user.displayName()));
        greeting.addClassName("home-greeting");
        add(greeting);
        add(switch (user.role()) {
            case STUDENT -> studentHome(bank.getObject(), practice.getObject(), reviews.getObject(), assigned.getObject());
            case INSTRUCTOR -> instructorHome(bank.getObject(), cohorts.getObject(), quizzes.getObject());
            case RECRUITER -> recruiterHome();
            case ADMIN -> adminHome(userAdmin.getObject(), bank.getObject());
        });
    }

    private static Component studentHome(
            BankService bank, PracticeService practice, ReviewService reviews, StudentCohortService assigned) {
        var home = new Div();
        home.setId("student-home");
        home.addClassName("home-panel");
        var summary = practice.summary();
        var intro = new Paragraph(summary.answers() == 0
                ? "Start with any topic below: every question is checked at once and explained."
                : "You have answered " + summary.answers() + " practice questions, " + summary.correctAnswers()
                        + " of them fully right. Keep going:");
        var start = new Button("Start a mixed practice session", VaadinIcon.PLAY.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("practice")));
        start.setId("home-practice");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        int due = reviews.dueToday();
        var review = new Anchor("review", due == 0
                ? "Review: nothing due today"
                : due + (due == 1 ? " review" : " reviews") + " due today");
        review.setId("home-review");
        var more = new Paragraph(review, new Span(" · "), new Anchor("progress", "Your progress"), new Span(" · "),
                new Anchor("exam", "Sit a timed exam"), new Span(" · "), new Anchor("history", "Past exams"));
        home.add(intro, start, more);
        var toDo = assigned.assignments().stream().filter(a -> a.canStart() && a.bestAttemptId() == null).toList();
        if (!toDo.isEmpty()) {
            var next = toDo.getFirst();
            var link = new Anchor("assignments", toDo.size() + (toDo.size() == 1 ? " assigned quiz" : " assigned quizzes")
                    + " to do");
            link.setId("home-assigned");
            home.add(new Paragraph(link, new Span(next.dueAt() == null ? "" : ": \"" + next.title() + "\" is due "
                    + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
                            .withZone(java.time.ZoneId.systemDefault()).format(next.dueAt()) + ".")));
        }
        home.add(new H3("Topics"), topicCards(bank));
        return home;
    }

    private static Component topicCards(BankService bank) {
        var cards = new Div();
        cards.addClassName("topic-cards");
        for (TopicSummary topic : bank.topics()) {
            var title = new Span(topic.title());
            title.addClassName("topic-title");
            var count = new Span(topic.questionCount() + " questions");
            count.addClassName("muted");
            var description = new Paragraph(topic.description());
            description.addClassName("topic-description");
            var link = new Anchor("practice?topic=" + topic.id(), new Div(title, count, description));
            link.addClassName("topic-card");
            link.getElement().setAttribute("aria-label", "Practise " + topic.title());
            cards.add(link);
        }
        return cards;
    }

    private static Component instructorHome(BankService bank, CohortService cohorts, CourseQuizService quizzes) {
        var home = new Div();
        home.setId("instructor-home");
        home.addClassName("home-panel");
        var overview = bank.overview();
        var values = new java.util.LinkedHashMap<String, Long>();
        values.put("Topics", (long) overview.topics());
        values.put("Questions in the bank", overview.activeQuestions());
        values.put("Content problems", (long) overview.contentProblems());
        var mine = cohorts.myCohorts();
        values.put("Your cohorts", (long) mine.size());
        values.put("Your students", mine.stream().mapToLong(c -> c.members()).sum());
        values.put("Your quizzes", (long) quizzes.myQuizzes().size());
        home.add(stats(values));
        home.add(new Paragraph(new Anchor("quizzes", "Quizzes"),
                new Span(": build one from the bank, publish it, then assign it on a "),
                new Anchor("cohorts", "cohort"), new Span("'s page with a due date.")));
        home.add(new Paragraph(new Anchor("bank/problems", "Content problems"),
                new Span(overview.contentProblems() == 0
                        ? ": every quiz file loaded cleanly."
                        : ": some quiz files need fixing; see where and why.")));
        home.add(new Paragraph(new Anchor("practice", "Try the questions"),
                new Span(" exactly as students see them.")));
        return home;
    }

    private static Component recruiterHome() {
        var home = new Div();
        home.setId("recruiter-home");
        home.addClassName("home-panel");
        var intro = new Div(
                new H3("Candidates decide who sees their readiness report"),
                new Paragraph("When a candidate shares it with you, with your organisation, or sends you a link, they "
                        + "appear in your list with their recommendation and the evidence behind it."));
        intro.addClassName("empty-state");
        var open = new Button("Open your candidates", VaadinIcon.GROUP.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("candidates")));
        open.setId("home-candidates");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        home.add(intro, open, new Paragraph(new Anchor("candidates", "Candidates"),
                new Span(": filter by recommendation, topic level and date; open a report or its PDF; compare two to four.")),
                new Paragraph(new Anchor("api-tokens", "API tokens"),
                        new Span(": read the same reports from your own tools through the read-only JSON API.")));
        return home;
    }

    private static Component adminHome(UserAdminService users, BankService bank) {
        var home = new Div();
        home.setId("admin-home");
        home.addClassName("home-panel");
        Map<Role, Long> counts = users.countByRole();
        var values = new java.util.LinkedHashMap<String, Long>();
        for (Role role : Role.values()) {
            long n = counts.getOrDefault(role, 0L);
            values.put(role.title() + (n == 1 ? "" : "s"), n);
        }
        home.add(stats(values));
        home.add(new Paragraph(new Anchor("admin/users", "Manage users"),
                new Span(": search accounts, create instructor and recruiter accounts, change roles, disable accounts.")));
        var overview = bank.overview();
        home.add(new Paragraph(new Anchor("bank/problems", "Question bank"),
                new Span(": " + overview.activeQuestions() + " questions in " + overview.topics() + " topics; "
                        + overview.contentProblems() + " content problems.")));
        return home;
    }

    private static Component stats(Map<String, Long> values) {
        var stats = new Div();
        stats.addClassName("stat-row");
        values.forEach((label, value) -> {
            stats.add(dev.dlready.base.ui.StatCard.of(String.valueOf(value), label));
        });
        return stats;
    }

    private static String firstName(String displayName) {
        int space = displayName.indexOf(' ');
        return space > 0 ? displayName.substring(0, space) : displayName;
    }
}
