package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.dlready.bank.TransferFixtures;
import dev.dlready.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An instructor brings a GIFT file in from Moodle, reviews the preview, imports it and exports the questions again. */
class QuestionTransferBrowserTest extends BrowserTest {

    private void snapshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", getClass().getSimpleName() + "-" + name + ".png"))
                .setFullPage(true));
    }

    @Test
    void an_instructor_imports_a_gift_file_and_exports_the_questions_as_moodle_xml() throws Exception {
        String prefix = "mb" + UUID.randomUUID().toString().substring(0, 8);
        page.setViewportSize(1280, 1800);
        signIn("instructor@dlready.dev", DEMO_PASSWORD);
        open("bank");
        page.locator("#bank-import").click();
        assertThat(page.locator("h2")).hasText("Import questions from Moodle");

        page.locator("#import-upload input[type='file']").setInputFiles(new FilePayload(prefix + ".gift", "text/plain",
                TransferFixtures.gift(prefix).getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-summary")).containsText("4 questions");
        assertThat(page.locator("#import-summary")).containsText("3 can be imported");
        assertThat(page.locator("#import-save")).hasText("Import 3 questions");
        assertThat(page.locator("#import-grid")).containsText("Not importable");
        snapshot("preview");

        page.locator("#import-grid").getByText(prefix + " Softmax").click();
        assertThat(page.locator(".transfer-details .question-card")).isVisible();
        assertThat(page.locator(".transfer-details")).containsText("no category");
        snapshot("details");

        page.locator("#import-save").click();
        assertThat(page.locator("#import-result")).containsText("Imported 3 questions");
        assertThat(page.locator("#import-imported a")).hasCount(3);
        snapshot("imported");

        page.locator("#import-imported a").first().click();
        assertThat(page.locator("#editor-heading")).containsText(prefix + "-softmax · version 1");

        open("bank");
        page.locator("#bank-search input").fill(prefix);
        assertThat(page.locator("#bank-grid")).containsText(prefix + "-bf16");
        snapshot("bank");
        page.locator("#bank-export").click();
        assertThat(page.locator("#export-summary")).containsText("3 questions");
        page.locator("#export-format vaadin-radio-button").nth(1).click();
        assertThat(page.locator("#export-summary")).containsText("question-bank.xml: 3 questions");
        var download = page.waitForDownload(() -> page.locator("#export-download").click());
        assertThat(download.suggestedFilename()).isEqualTo("question-bank.xml");
        String xml = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<quiz>").contains("<idnumber>" + prefix + "-softmax</idnumber>")
                .contains(prefix + "-bytes").contains(prefix + "-bf16");
        snapshot("export");

        page.locator("#export-format vaadin-radio-button").nth(0).click();
        page.locator("#export-scope vaadin-radio-button").nth(1).click();
        page.locator("#export-topic").click();
        page.locator("vaadin-select-item[role='option']:visible").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Mixed precision")).click();
        assertThat(page.locator("#export-summary")).containsText("mixed-precision-gift.txt");
        assertThat(page.locator("#export-notes")).containsText("What Moodle GIFT cannot carry");
        snapshot("export-notes");
    }

    @Test
    void a_malformed_file_is_shown_with_its_line() {
        signIn("instructor@dlready.dev", DEMO_PASSWORD);
        open("bank/import");
        page.locator("#import-upload input[type='file']").setInputFiles(new FilePayload("broken.xml",
                "application/xml", "<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\">\n<name><text>A</name>\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-problems")).containsText("Line 4");
        assertThat(page.locator("#import-save")).isHidden();
    }
}
