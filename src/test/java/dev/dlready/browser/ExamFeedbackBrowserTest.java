package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.PreparedExam;
import dev.dlready.bank.BankService;
import dev.dlready.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A course quiz with immediate feedback, taken in a real browser. */
class ExamFeedbackBrowserTest extends BrowserTest {

    @Autowired
    ExamService exams;

    @Autowired
    BankService bank;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Starts the exam for the student, as the course page would once it has decided the student may start it. */
    long startForStudent(LongSupplier start) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                "student@dlready.dev", null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));
        SecurityContextHolder.setContext(context);
        try {
            return start.getAsLong();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_student_checks_answers_during_a_course_quiz_and_sees_the_explanation_at_once() throws Exception {
        long id = startForStudent(() -> exams.startPrepared(new PreparedExam(
                "Week 5: distillation and CUDA", dev.dlready.support.CourseQuizRows.create(jdbc),
                List.of(bank.current("cmp-forward-vs-reverse-kl").orElseThrow(),
                        bank.current("cu-grid-stride-benefits").orElseThrow()),
                Duration.ofMinutes(15), false, true)));
        signIn("student@dlready.dev", DEMO_PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        open("exam/" + id);

        assertThat(page.locator("#exam-feedback-hint")).isVisible();
        assertThat(page.locator("#exam-check")).isDisabled();
        page.keyboard().press("2"); // False: the right answer
        assertThat(page.locator("#exam-saved")).hasText("All answers saved.");
        assertThat(page.locator("#exam-check")).isEnabled();
        page.locator("#exam-check").click();

        assertThat(page.locator("#result-verdict")).hasText("Correct");
        assertThat(page.locator("#result-explanation")).containsText("mode-seeking");
        assertThat(page.locator("#result-explanation .katex").first()).isVisible();
        assertThat(page.locator("#exam-check")).hasCount(0);
        assertThat(page.locator("#answer-true-false")).hasAttribute("readonly", "");
        screenshot(page, "ExamFeedbackBrowserTest-checked-correct");

        page.locator("#exam-next").click();
        assertThat(page.locator("#exam-position")).hasText("Question 2 of 2");
        assertThat(page.locator("#question-result")).isHidden();
        page.keyboard().press("1");
        page.keyboard().press("2");
        assertThat(page.locator("#exam-check")).isEnabled();
        page.locator("#exam-check").click();
        assertThat(page.locator("#result-verdict")).isVisible();
        assertThat(page.locator(".result-key")).isVisible();
        assertThat(page.locator("#answer-multiple")).hasAttribute("readonly", "");
        screenshot(page, "ExamFeedbackBrowserTest-checked-choices");

        page.reload();
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && !document.querySelector('vaadin-connection-indicator[loading]')");
        assertThat(page.locator("#exam-position")).hasText("Question 1 of 2");
        assertThat(page.locator("#result-verdict")).hasText("Correct");
        page.locator("#exam-next").click();
        assertThat(page.locator("#exam-position")).hasText("Question 2 of 2");
        assertThat(page.locator("#result-verdict")).isVisible();
        assertThat(page.locator("#exam-check")).hasCount(0);
        assertThat(page.locator("#answer-multiple")).hasAttribute("readonly", "");
    }
}
