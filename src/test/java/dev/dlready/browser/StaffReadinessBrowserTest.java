package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dlready.readiness.CalibrationFixture;
import dev.dlready.readiness.ItemCalibration;
import dev.dlready.readiness.engine.ItemParameters;
import dev.dlready.support.BrowserTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff pages of the readiness model: role profiles edited in the app, and item calibration. */
class StaffReadinessBrowserTest extends BrowserTest {

    private static final String TAG = "browser-check ";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ItemCalibration items;

    private CalibrationFixture fixture;

    @AfterEach
    void cleanUp() {
        // One database for every test context: take away the revisions made here so the file values apply again.
        jdbc.update("delete from role_requirement_revision where reason like ?", TAG + "%");
        if (fixture != null) {
            fixture.remove();
        }
    }

    private void snapshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", getClass().getSimpleName() + "-" + name + ".png"))
                .setFullPage(true));
    }

    @Test
    void an_administrator_changes_a_role_requirement_sees_it_in_the_history_and_resets_it() {
        signIn("admin@dlready.dev", DEMO_PASSWORD);
        open("role-profiles");
        assertThat(page.locator("#role-requirements")).containsText("CUDA concepts");

        page.locator("#edit-entry-cuda").click();
        page.locator("#requirement-level input").fill("-1");
        page.locator("#requirement-reason textarea").fill(TAG + "lower the bar");
        page.locator("#requirement-save").click();
        assertThat(page.locator("#requirement-error")).containsText("cannot require less than Intern");
        snapshot("refused");

        page.locator("#requirement-level input").fill("1.25");
        page.locator("#requirement-reason textarea").fill(TAG + "the team now writes custom kernels");
        page.locator("#requirement-save").click();
        assertThat(page.locator("#requirement-error")).isHidden();
        assertThat(page.locator("#role-requirements")).containsText("changed · file 0.50");
        assertThat(page.locator("#requirement-history")).containsText("the team now writes custom kernels");
        assertThat(page.locator("#requirement-history")).containsText("0.50 → 1.25");
        snapshot("changed");

        page.locator("#edit-entry-cuda").click();
        page.locator("#requirement-reason textarea").fill(TAG + "back to the reviewed file");
        page.locator("#requirement-reset").click();
        assertThat(page.locator("#requirement-history")).containsText("1.25 → 0.50 (file value)");
        assertThat(page.locator("#role-requirements")).not().containsText("changed · file");
    }

    @Test
    void an_administrator_runs_a_calibration_and_reads_the_calibrated_questions() {
        fixture = new CalibrationFixture(jdbc, items);
        var questions = fixture.answer(200, List.of(
                new ItemParameters(1.5, -1.0, 0), new ItemParameters(0.9, 0.2, 0), new ItemParameters(1.3, 1.1, 0)), 7);
        signIn("admin@dlready.dev", DEMO_PASSWORD);
        open("calibration");
        assertThat(page.locator("#calibration-schedule")).containsText("nightly run is off");

        page.locator("#calibration-run").click();

        assertThat(page.locator("vaadin-notification-card").first()).containsText("3 of");
        assertThat(page.locator("#calibration-runs")).containsText("admin@dlready.dev");
        for (var question : questions) {
            assertThat(page.locator("#calibration-items")).containsText(question.questionId());
        }
        assertThat(page.locator("#calibration-items")).containsText("State-space models");
    }
}
