package dev.dlready.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.dlready.account.AccountService;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.attempt.PracticeService;
import dev.dlready.question.Response;
import dev.dlready.support.TestClock;
import dev.dlready.support.TestData;
import dev.dlready.support.ViewTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewTest extends ViewTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PracticeService practice;

    @Autowired
    TestClock clock;

    @BeforeEach
    void newStudent() {
        String email = TestData.uniqueEmail("review-view");
        accounts.register(new RegistrationCommand("Vic View", email, "spaced out 12 times"));
        signInAs(email);
    }

    void missInPractice() {
        // the key of this true/false question is "false"
        practice.check(practice.startWith("cmp-forward-vs-reverse-kl").getFirst(), new Response.TrueFalse(true));
    }

    String text(String id) {
        return _get(Paragraph.class, s -> s.withId(id)).getText();
    }

    @Test
    void with_nothing_missed_the_page_says_so_and_links_to_practice() {
        UI.getCurrent().navigate("review");

        assertThat(currentView()).isInstanceOf(ReviewView.class);
        assertThat(text("review-due")).isEqualTo("No reviews due today.");
        assertThat(_get(Div.class, s -> s.withId("review-empty")).getElement().getTextRecursively())
                .contains("Nothing to review yet")
                .contains("Practise new questions");
    }

    @Test
    void a_missed_question_comes_back_the_next_day_is_answered_rated_and_scheduled() {
        missInPractice();
        UI.getCurrent().navigate("review");
        assertThat(_get(Div.class, s -> s.withId("review-empty")).getElement().getTextRecursively())
                .contains("All caught up for today")
                .contains("Next: 1 question on");

        clock.advance(Duration.ofDays(1));
        UI.getCurrent().navigate("practice");
        UI.getCurrent().navigate("review");
        assertThat(text("review-due")).isEqualTo("1 review due today.");
        assertThat(_find(Div.class, s -> s.withId("review-rate"))).isEmpty();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> answer = _get(RadioButtonGroup.class, s -> s.withId("answer-true-false"));
        answer.setValue(false);
        _get(Button.class, s -> s.withId("review-check")).click();

        assertThat(_get(Div.class, s -> s.withId("result-verdict")).getElement().getTextRecursively()).isEqualTo("Correct");
        var good = _get(Button.class, s -> s.withId("review-rate-good"));
        assertThat(good.getThemeNames()).contains("primary");
        assertThat(_get(Span.class, s -> s.withId("review-rate-hint")).getText()).contains("Suggested: Good");
        good.click();

        assertThat(text("review-outcome")).startsWith("Good: this question comes back");
        assertThat(text("review-due")).isEqualTo("No reviews due today.");
        assertThat(_get(Div.class, s -> s.withId("review-empty")).getElement().getTextRecursively())
                .contains("All caught up for today");
    }

    @Test
    void an_interview_date_in_the_past_is_refused_with_a_message_and_a_future_one_shows_the_retention() {
        missInPractice();
        UI.getCurrent().navigate("review");
        var date = _get(DatePicker.class, s -> s.withId("review-interview-date"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        date.setValue(today);
        _get(Button.class, s -> s.withId("review-interview-save")).click();

        var problem = _get(Span.class, s -> s.withId("review-interview-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("Choose a day after today");
        assertThat(date.isInvalid()).isTrue();

        date.setValue(today.plusDays(14));
        _get(Button.class, s -> s.withId("review-interview-save")).click();

        assertThat(text("review-retention-explained")).contains("Predicted retention on");
        assertThat(_get(Div.class, s -> s.withId("review-retention")).getElement().getTextRecursively())
                .contains("Model compression")
                .contains("(1 question)");
        assertThat(_get(Button.class, s -> s.withId("review-interview-clear")).isVisible()).isTrue();

        _get(Button.class, s -> s.withId("review-interview-clear")).click();
        assertThat(_find(Div.class, s -> s.withId("review-retention"))).isEmpty();
        assertThat(_get(DatePicker.class, s -> s.withId("review-interview-date")).getValue()).isNull();
    }
}
