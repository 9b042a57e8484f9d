package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.support.BrowserTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ExamBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    long startExam(int questions) {
        open("exam");
        page.locator("#exam-topics vaadin-checkbox").nth(2).click(); // training dynamics
        page.locator("#exam-questions input").fill(String.valueOf(questions));
        page.locator("#exam-start-generated").click();
        page.waitForURL("**/exam/*");
        assertThat(page.locator("#exam-timer")).containsText("Time left");
        return Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
    }

    @Test
    void a_student_takes_an_exam_reloads_mid_way_finds_every_answer_and_gets_a_review() {
        signIn("student@dlready.dev", DEMO_PASSWORD);
        startExam(3);
        answerCurrentQuestion();
        assertThat(page.locator("#exam-saved")).hasText("All answers saved.");
        page.locator("#exam-next").click();
        assertThat(page.locator("#exam-position")).hasText("Question 2 of 3");
        answerCurrentQuestion();
        assertThat(page.locator(".nav-answered")).hasCount(2);
        page.locator("#exam-flag").click();
        assertThat(page.locator(".nav-answered")).hasCount(2);

        page.reload();

        assertThat(page.locator("#exam-position")).hasText("Question 3 of 3");
        assertThat(page.locator(".nav-answered")).hasCount(2);
        assertThat(page.locator(".nav-flagged")).hasCount(1);
        page.locator(".nav-item").first().click();
        assertThat(page.locator("#exam-position")).hasText("Question 1 of 3");

        page.locator("#exam-submit").click();
        page.getByText("Submit", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).last().click();
        page.waitForURL("**/review");
        assertThat(page.locator("#review-score")).containsText("/ 3");
        assertThat(page.locator("#review-status")).containsText("2 of 3 questions answered");
        assertThat(page.locator(".review-item")).hasCount(3);
        assertThat(page.locator(".review-item .result-explanation").first()).not().isEmpty();
    }

    @Test
    void when_the_time_runs_out_the_open_exam_is_scored_and_shown() {
        signIn("student@dlready.dev", DEMO_PASSWORD);
        long id = startExam(2);
        answerCurrentQuestion();
        assertThat(page.locator("#exam-saved")).hasText("All answers saved.");

        // Bring the deadline forward instead of waiting for the full minute.
        jdbc.update("update exam_attempt set deadline = ? where id = ?", Timestamp.from(Instant.now().plusSeconds(2)), id);

        page.waitForURL("**/review", new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(page.locator("#review-status")).containsText("Submitted automatically when time ran out");
        assertThat(page.locator("#review-status")).containsText("1 of 2 questions answered");
    }

    @Test
    void a_student_opening_another_students_exam_is_refused() {
        signIn("student@dlready.dev", DEMO_PASSWORD);
        long id = startExam(1);
        page.locator("#sign-out").click();
        page.waitForURL("**/login?signed-out");

        signIn("instructor@dlready.dev", DEMO_PASSWORD);
        assertThat(page.locator("#instructor-home")).isVisible();
        open("exam/" + id);
        assertThat(page.locator("#not-found")).isVisible();
        open("exam/" + id + "/review");
        assertThat(page.locator("#not-found")).isVisible();
        assertThat(page.locator(".question-card")).hasCount(0);
        assertThat(page.content()).doesNotContain("Time left");
    }
}
