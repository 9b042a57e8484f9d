package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.dlready.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** An instructor used to Moodle writes a question in the editor's form, previews it with math, and saves it. */
class QuestionFormBrowserTest extends BrowserTest {

    @Test
    void an_instructor_writes_a_true_false_question_in_the_form_and_saves_it() throws Exception {
        String id = "form-bf16-range-" + System.nanoTime();
        page.setViewportSize(1400, 1500);
        signIn("instructor@dlready.dev", DEMO_PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));

        open("bank/question");
        assertThat(page.locator("#editor-form")).isVisible();
        assertThat(page.locator("#editor-tab-form")).hasAttribute("selected", "");
        assertThat(page.locator("#editor-preview .question-card")).isVisible();
        screenshot(page, "QuestionFormBrowserTest-1-new-single-choice");

        page.locator("#form-id input").fill(id);
        page.locator("#form-type").click();
        page.locator("vaadin-select-item[role='option']:visible")
                .filter(new Locator.FilterOptions().setHasText("True or false")).click();
        assertThat(page.locator("#form-true-false")).isVisible();
        assertThat(page.locator("#form-options")).isHidden();
        page.locator("#form-topic").click();
        page.locator("vaadin-select-item[role='option']:visible")
                .filter(new Locator.FilterOptions().setHasText("Mixed precision")).click();
        page.locator("#form-skills input").fill("bf16, number-formats");
        page.locator("#form-stem textarea").fill(
                "BF16: its largest finite value is about $3.4 \\times 10^{38}$, \"like FP32\", while FP16's is 65,504.");
        page.locator("#form-true-false vaadin-radio-button").nth(0).click();
        page.locator("#form-wrong-feedback textarea").fill("Range comes from the exponent bits: BF16 has 8, FP16 has 5.");
        page.locator("#form-explanation textarea").fill(
                "BF16 keeps FP32's 8 exponent bits # and gives up mantissa bits: 7 against FP16's 10.");
        page.locator("#form-references textarea").fill(
                "Kalamkar et al.: A Study of BFLOAT16 for Deep Learning Training (2019)");

        assertThat(page.locator("#editor-preview")).containsText("like FP32");
        assertThat(page.locator("#editor-preview")).containsText("and gives up mantissa bits");
        assertThat(page.locator("#editor-preview .katex").first()).isVisible();
        assertThat(page.locator("#editor-problems")).hasCount(0);
        screenshot(page, "QuestionFormBrowserTest-2-true-false-preview");

        page.locator("#editor-tab-yaml").click();
        assertThat(page.locator("#editor-text textarea")).isVisible();
        assertThat(page.locator("#editor-text textarea")).hasValue(java.util.regex.Pattern.compile(
                ".*type: true_false.*answer: true.*", java.util.regex.Pattern.DOTALL));
        screenshot(page, "QuestionFormBrowserTest-3-yaml");
        page.locator("#editor-tab-form").click();
        assertThat(page.locator("#form-stem textarea")).hasValue(
                "BF16: its largest finite value is about $3.4 \\times 10^{38}$, \"like FP32\", while FP16's is 65,504.");

        page.locator("#editor-save").click();
        page.waitForURL("**/bank/question?id=" + id);
        assertThat(page.locator("#editor-heading")).hasText(id + " · version 1");
        assertThat(page.locator("#editor-retire")).isVisible();
        screenshot(page, "QuestionFormBrowserTest-4-saved");

        page.locator("#editor-retire").click();
        assertThat(page.locator("#editor-retire-dialog")).containsText("Past attempts keep the version they asked");
        screenshot(page, "QuestionFormBrowserTest-5-retire");
        page.locator("#editor-retire-dialog vaadin-button[slot='confirm-button']").click();
        page.waitForURL(url -> url.endsWith("/bank"));
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Retired")))
                .containsText("Retired " + id);

        open("bank/question?id=tr-sdpa-scaling-reason");
        assertThat(page.locator("#editor-form")).isVisible();
        assertThat(page.locator("#editor-retire")).isHidden();
        screenshot(page, "QuestionFormBrowserTest-6-file-question-read-only");
    }
}
