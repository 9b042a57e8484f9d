package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.dlready.support.BrowserTest;
import dev.dlready.support.TestData;
import org.junit.jupiter.api.Test;

class ReadinessCheckBrowserTest extends BrowserTest {

    void snapshot(String name) {
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "ReadinessCheck-" + name + ".png")));
    }

    @Test
    void a_student_takes_an_adaptive_check_to_the_end_and_sees_it_as_evidence() {
        open("register");
        page.locator("#register-name input").fill("Ada Adaptive");
        page.locator("#register-email input").fill(TestData.uniqueEmail("ada"));
        page.locator("#register-password input").fill("information at the cut 3");
        page.locator("#register-confirm input").fill("information at the cut 3");
        page.locator("#register-submit").click();
        assertThat(page.locator("#student-home")).isVisible();

        open("readiness");
        assertThat(page.locator("#readiness-call")).containsText("Too early to call");
        page.locator("#readiness-check-link").click();
        page.locator("#start-check").click();
        assertThat(page.locator("#check-status")).containsText("Question 1");

        snapshot("question");
        // The first answer through the question itself, the rest as "I don't know", until the check stops.
        answerCurrentQuestion();
        page.locator("#check-submit").click();
        assertThat(page.locator("#check-status")).containsText("Question 2");
        for (int i = 0; i < 80 && page.locator("#check-call").count() == 0; i++) {
            String before = page.locator("#check-status").textContent();
            page.locator("#check-unknown").click();
            page.waitForFunction("b => !document.querySelector('#check-status') || document.querySelector('#check-status').textContent !== b",
                    before);
        }
        assertThat(page.locator("#check-call")).containsText("Not yet ready");
        assertThat(page.locator("#check-topics")).containsText("CUDA");
        assertThat(page.locator(".review-item").first()).containsText("Question 1");
        snapshot("result");

        open("readiness");
        assertThat(page.locator("#readiness-evidence")).containsText("Readiness check");
        assertThat(page.locator("#readiness-call")).containsText("Not yet ready");
    }
}
