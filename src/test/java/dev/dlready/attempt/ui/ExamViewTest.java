package dev.dlready.attempt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.dlready.account.AccountService;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.attempt.ExamException;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.PreparedExam;
import dev.dlready.base.ui.RichText;
import dev.dlready.bank.BankService;
import dev.dlready.question.Response;
import dev.dlready.support.TestData;
import dev.dlready.support.ViewTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExamViewTest extends ViewTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ExamService exams;

    @Autowired
    BankService bank;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void newStudent() {
        String email = TestData.uniqueEmail("exam-view");
        accounts.register(new RegistrationCommand("Erin Exam", email, "checked at once 12"));
        signInAs(email);
    }

    long start(boolean immediateFeedback) {
        // the key of this true/false question is "false"; the second is a single choice question
        var questions = List.of(
                bank.current("cmp-forward-vs-reverse-kl").orElseThrow(),
                bank.current("cu-warp-size-scheduling").orElseThrow());
        return exams.startPrepared(new PreparedExam(
                "Week 4 quiz", dev.dlready.support.CourseQuizRows.create(jdbc), questions, Duration.ofMinutes(10), false,
                immediateFeedback));
    }

    @SuppressWarnings("unchecked")
    static RadioButtonGroup<Boolean> trueFalse() {
        return _get(RadioButtonGroup.class, s -> s.withId("answer-true-false"));
    }

    static Button checkButton() {
        return _get(Button.class, s -> s.withId("exam-check"));
    }

    static String text(Div div) {
        return div.getElement().getTextRecursively();
    }

    @Test
    void in_an_exam_with_immediate_feedback_a_saved_answer_is_checked_shown_with_its_explanation_and_locked() {
        long id = start(true);
        UI.getCurrent().navigate("exam/" + id);

        assertThat(currentView()).isInstanceOf(ExamView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("exam-feedback-hint")).getText()).contains("can no longer change");
        assertThat(checkButton().isEnabled()).isFalse();
        assertThat(_find(Div.class, s -> s.withId("question-result"))).isEmpty();

        trueFalse().setValue(false);
        assertThat(checkButton().isEnabled()).isTrue();
        checkButton().click();

        assertThat(text(_get(Div.class, s -> s.withId("result-verdict")))).isEqualTo("Correct");
        var result = _get(Div.class, s -> s.withId("question-result"));
        assertThat(_get(result, RichText.class, s -> s.withClasses("result-key")).html()).contains("False");
        assertThat(_get(result, RichText.class, s -> s.withId("result-explanation")).html()).contains("mode-seeking");
        assertThat(trueFalse().isReadOnly()).isTrue();
        assertThat(_find(Button.class, s -> s.withId("exam-check"))).isEmpty();
        assertThat(_get(Div.class, s -> s.withId("exam-navigator")).getChildren()
                        .map(c -> c.getElement().getAttribute("aria-label")).toList())
                .containsExactly("Question 1, answered, checked: correct", "Question 2, not answered");
        assertThatThrownBy(() -> exams.saveAnswer(id, 0, new Response.TrueFalse(true)))
                .isInstanceOf(ExamException.class);

        // the next question is not checked yet: no result, and its answer can still change
        _get(Button.class, s -> s.withId("exam-next")).click();
        assertThat(_find(Div.class, s -> s.withId("question-result"))).isEmpty();
        assertThat(checkButton().isEnabled()).isFalse();

        // a reload shows the checked answer with its feedback again, still locked
        UI.getCurrent().navigate("history");
        UI.getCurrent().navigate("exam/" + id);
        _get(Button.class, s -> s.withId("exam-previous")).click();
        assertThat(text(_get(Div.class, s -> s.withId("result-verdict")))).isEqualTo("Correct");
        assertThat(trueFalse().getValue()).isFalse();
        assertThat(trueFalse().isReadOnly()).isTrue();
        assertThat(_find(Button.class, s -> s.withId("exam-check"))).isEmpty();
    }

    @Test
    void a_wrong_answer_checked_says_so() {
        long id = start(true);
        UI.getCurrent().navigate("exam/" + id);

        trueFalse().setValue(true);
        checkButton().click();

        assertThat(text(_get(Div.class, s -> s.withId("result-verdict")))).isEqualTo("Not quite");
        var first = (Button) _get(Div.class, s -> s.withId("exam-navigator")).getChildren().findFirst().orElseThrow();
        assertThat(first.getAriaLabel()).contains("Question 1, answered, checked: not right");
        assertThat(first.getThemeNames()).contains("error");
        assertThat(exams.state(id).items().getFirst().feedback().credit()).isZero();
    }

    @Test
    void an_answer_checked_in_another_tab_cannot_be_changed_here_and_is_shown_checked() {
        long id = start(true);
        UI.getCurrent().navigate("exam/" + id);
        trueFalse().setValue(true);
        exams.check(id, 0); // the same exam open in a second tab

        trueFalse().setValue(false);

        assertThat(currentView()).isInstanceOf(ExamView.class);
        assertThat(text(_get(Div.class, s -> s.withId("result-verdict")))).isEqualTo("Not quite");
        assertThat(trueFalse().getValue()).isTrue();
        assertThat(trueFalse().isReadOnly()).isTrue();
        assertThat(exams.state(id).items().getFirst().response()).isEqualTo(new Response.TrueFalse(true));
    }

    @Test
    void an_exam_without_immediate_feedback_looks_as_before() {
        long id = start(false);
        UI.getCurrent().navigate("exam/" + id);

        trueFalse().setValue(true);

        assertThat(_find(Button.class, s -> s.withId("exam-check"))).isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withId("exam-feedback-hint"))).isEmpty();
        assertThat(_find(Div.class, s -> s.withId("question-result"))).isEmpty();
        assertThat(trueFalse().isReadOnly()).isFalse();
        assertThat(exams.state(id).items().getFirst().response()).isEqualTo(new Response.TrueFalse(true));
    }
}
