package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.dlready.support.BrowserTest;
import dev.dlready.support.TestData;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ReviewBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    String registerNewStudent() {
        String email = TestData.uniqueEmail("rhea");
        open("register");
        page.locator("#register-name input").fill("Rhea Review");
        page.locator("#register-email input").fill(email);
        page.locator("#register-password input").fill("forgetting curves 9");
        page.locator("#register-confirm input").fill("forgetting curves 9");
        page.locator("#register-submit").click();
        // the first sign-in of a fresh server can be slow on a busy machine
        assertThat(page.locator("#student-home")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        return email;
    }

    @Test
    void a_student_misses_a_practice_question_and_reviews_it_when_it_is_due() {
        String email = registerNewStudent();
        assertThat(page.locator("#home-review")).hasText("Review: nothing due today");

        // the key of this true/false question is "false": key 1 (True) misses it
        open("practice?question=cmp-forward-vs-reverse-kl");
        page.keyboard().press("1");
        page.keyboard().press("Enter");
        assertThat(page.locator("#result-verdict")).hasText("Not quite");

        open("review");
        assertThat(page.locator("#review-due")).hasText("No reviews due today.");
        assertThat(page.locator("#review-empty")).containsText("Next: 1 question on");

        // It is due tomorrow; bring it forward instead of waiting a day.
        jdbc.update("update review_card set due_on = ? where user_id = (select id from user_account where email = ?)",
                Date.valueOf(LocalDate.now(ZoneOffset.UTC)), email);
        open("");
        assertThat(page.locator("#home-review")).hasText("1 review due today");
        page.locator("#home-review").click();

        assertThat(page.locator("#review-due")).hasText("1 review due today.");
        assertThat(page.locator(".question-card")).isVisible();
        assertThat(page.locator(".review-card-header")).containsText("Model compression");
        assertThat(page.locator("#review-rate")).hasCount(0);
        assertThat(page.locator("#result-explanation")).hasCount(0); // no key or explanation before the answer

        page.keyboard().press("2"); // False, the right answer
        page.keyboard().press("Enter");
        assertThat(page.locator("#result-verdict")).hasText("Correct");
        assertThat(page.locator("#result-explanation")).not().isEmpty();
        assertThat(page.locator("#review-rate-good")).hasAttribute("theme", "primary");
        assertThat(page.locator("#review-rate-hint")).containsText("Suggested: Good");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "ReviewBrowserTest-rating.png"))
                .setFullPage(true));

        page.keyboard().press("Enter"); // takes the suggestion
        assertThat(page.locator("#review-outcome")).containsText("Good: this question comes back tomorrow");
        assertThat(page.locator("#review-due")).hasText("No reviews due today.");
        assertThat(page.locator("#review-empty")).containsText("All caught up for today");

        page.locator("#review-interview-date input").fill(LocalDate.now(ZoneOffset.UTC).toString());
        page.locator("#review-interview-date input").press("Enter"); // closes the calendar
        page.locator("#review-interview-save").click();
        assertThat(page.locator("#review-interview-problem")).containsText("Choose a day after today");

        page.locator("#review-interview-date input").fill(LocalDate.now(ZoneOffset.UTC).plusDays(21).toString());
        page.locator("#review-interview-date input").press("Enter");
        page.locator("#review-interview-save").click();
        assertThat(page.locator("#review-interview-problem")).isHidden();
        assertThat(page.locator("#review-retention")).containsText("Model compression");
        assertThat(page.locator("#review-retention-chart canvas")).isVisible();
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_log l join user_account u on u.id = l.user_id where u.email = ?",
                        Integer.class, email))
                .isEqualTo(2); // the miss in practice and the rating in the queue
    }

    private List<String> seriousAccessibilityViolations() {
        return new AxeBuilder(page).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }
}
