package dev.dlready.cohort.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.dlready.account.AccountService;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.attempt.ui.ExamView;
import dev.dlready.cohort.CohortService;
import dev.dlready.cohort.CourseQuizService;
import dev.dlready.cohort.CourseQuizSummary;
import dev.dlready.cohort.QuizSettings;
import dev.dlready.support.TestData;
import dev.dlready.support.ViewTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CohortViewsTest extends ViewTest {

    @Autowired
    CourseQuizService quizzes;

    @Autowired
    CohortService cohorts;

    @Autowired
    AccountService accounts;

    static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    @Test
    void an_instructor_creates_a_quiz_adds_questions_by_rule_and_publishes_it() {
        signInAs("instructor@dlready.dev");
        UI.getCurrent().navigate("quizzes");
        assertThat(currentView()).isInstanceOf(CourseQuizzesView.class);
        _click(button("quiz-new"));
        _setValue(_get(TextField.class, s -> s.withId("quiz-new-title")), "View test quiz");
        _click(button("quiz-new-create"));
        assertThat(currentView()).isInstanceOf(QuizBuilderView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("quiz-title")).getText())
                .isEqualTo("View test quiz");

        _click(button("quiz-publish"));
        assertThat(_get(Span.class, s -> s.withId("quiz-status")).getText()).as("nothing to publish yet").isEqualTo("Draft");

        _click(button("quiz-add-rule"));
        @SuppressWarnings("unchecked")
        Select<String> topic = _get(Select.class, s -> s.withId("rule-topic"));
        topic.setValue("transformers");
        _setValue(_get(IntegerField.class, s -> s.withId("rule-count")), 3);
        _click(button("rule-draw"));
        assertThat(GridKt._size(grid("rule-drawn"))).isEqualTo(3);
        _click(button("rule-keep"));
        assertThat(GridKt._size(grid("quiz-questions"))).isEqualTo(3);

        _click(button("quiz-publish"));
        assertThat(_get(Span.class, s -> s.withId("quiz-status")).getText()).isEqualTo("Published");
    }

    @Test
    void an_instructor_assigns_a_quiz_and_a_student_joins_through_the_link_and_starts_it() {
        signInAs("instructor@dlready.dev");
        long quizId = quizzes.create(QuizSettings.defaults("Linked quiz " + System.nanoTime()));
        quizzes.setQuestions(quizId, List.of("rp-seeds-still-useful", "rp-numpy-in-workers"));
        quizzes.publish(quizId);
        UI.getCurrent().navigate("cohorts");
        _click(button("cohort-new"));
        _setValue(_get(TextField.class, s -> s.withId("cohort-new-name")), "View cohort");
        _click(button("cohort-new-create"));
        assertThat(currentView()).isInstanceOf(CohortView.class);
        String code = _get(Span.class, s -> s.withId("cohort-code")).getText();
        assertThat(_get(TextField.class, s -> s.withId("cohort-link")).getValue()).endsWith("/join/" + code);

        _click(button("cohort-assign"));
        @SuppressWarnings("unchecked")
        Select<CourseQuizSummary> quiz = _get(Select.class, s -> s.withId("assign-quiz"));
        quiz.setValue(quiz.getListDataView().getItems().filter(q -> q.id() == quizId).findFirst().orElseThrow());
        _click(button("assign-confirm"));
        assertThat(GridKt._size(grid("cohort-assignments"))).isEqualTo(1);

        String email = TestData.uniqueEmail("joiner");
        accounts.register(new RegistrationCommand("Jamie Joiner", email, "join the group 12"));
        signInAs(email);
        UI.getCurrent().navigate("join/" + code.toLowerCase());
        assertThat(currentView()).isInstanceOf(JoinCohortView.class);
        _click(button("join-confirm"));
        assertThat(currentView()).isInstanceOf(AssignedQuizzesView.class);
        var start = _find(Button.class, s -> s.withClasses("assigned-start"));
        assertThat(start).hasSize(1);
        _click(start.getFirst());
        assertThat(currentView()).isInstanceOf(ExamView.class);

        signInAs("instructor@dlready.dev");
        long cohortId = cohorts.myCohorts().stream().filter(c -> c.inviteCode().equals(code)).findFirst().orElseThrow().id();
        UI.getCurrent().navigate("cohorts/" + cohortId);
        assertThat(GridKt._size(grid("cohort-progress"))).isEqualTo(1);
        assertThat(GridKt._size(grid("cohort-heatmap"))).isEqualTo(1);
        assertThat(GridKt._size(grid("cohort-members"))).isEqualTo(1);
    }

    @Test
    void a_wrong_invite_code_says_what_to_do() {
        String email = TestData.uniqueEmail("lost");
        accounts.register(new RegistrationCommand("Lou Lost", email, "where is my group 1"));
        signInAs(email);
        UI.getCurrent().navigate("join/NOSUCHCODE");
        assertThat(_get(JoinCohortView.class).getElement().getTextRecursively()).contains("Invite not found")
                .contains("Check the code with your instructor");
        UI.getCurrent().navigate("assignments");
        _setValue(_get(TextField.class, s -> s.withId("join-code")), "nope");
        _click(button("join-submit"));
        var field = _get(TextField.class, s -> s.withId("join-code"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("Check the code");
    }

    @Test
    void the_statistics_page_lists_every_question_of_the_quiz() {
        signInAs("instructor@dlready.dev");
        long quizId = quizzes.create(QuizSettings.defaults("Stats quiz"));
        quizzes.setQuestions(quizId, List.of("rp-seeds-still-useful", "rp-numpy-in-workers"));
        UI.getCurrent().navigate("quizzes/" + quizId + "/statistics");
        assertThat(currentView()).isInstanceOf(ItemAnalysisView.class);
        assertThat(GridKt._size(grid("analysis-grid"))).isEqualTo(2);
        assertThat(currentView().getElement().getTextRecursively()).contains("No finished attempts yet");
    }

    @Test
    void a_student_cannot_open_the_instructor_pages() {
        String email = TestData.uniqueEmail("nosy");
        accounts.register(new RegistrationCommand("Nico Nosy", email, "only my own pages 1"));
        signInAs(email);
        UI.getCurrent().navigate("cohorts");
        assertThat(currentView().getClass().getSimpleName()).isIn("AccessDeniedView", "NotFoundView");
        UI.getCurrent().navigate("quizzes");
        assertThat(currentView().getClass().getSimpleName()).isIn("AccessDeniedView", "NotFoundView");
    }
}
