package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.dlready.support.BrowserTest;
import dev.dlready.support.TestData;
import org.junit.jupiter.api.Test;

class ProgressBrowserTest extends BrowserTest {

    void registerNewStudent() {
        open("register");
        page.locator("#register-name input").fill("Pia Progress");
        page.locator("#register-email input").fill(TestData.uniqueEmail("pia"));
        page.locator("#register-password input").fill("backprop all day 7");
        page.locator("#register-confirm input").fill("backprop all day 7");
        page.locator("#register-submit").click();
        assertThat(page.locator("#student-home")).isVisible();
    }

    @Test
    void a_new_student_sees_an_empty_dashboard_then_progress_after_practising() {
        registerNewStudent();
        open("progress");
        assertThat(page.locator("#progress-empty")).isVisible();

        open("practice?question=cmp-forward-vs-reverse-kl");
        page.keyboard().press("1");
        page.keyboard().press("Enter");
        assertThat(page.locator("#result-verdict")).isVisible();

        open("progress");
        assertThat(page.locator("#progress-stats .stat-card").first()).containsText("day streak");
        assertThat(page.locator("#progress-stats .stat-value").first()).hasText("1");
        assertThat(page.locator("#progress-stats .stat-value").nth(1)).hasText("1");
        assertThat(page.locator("#progress-topics")).containsText("Model compression");
        assertThat(page.locator("#progress-chart canvas")).isVisible();
    }
}
