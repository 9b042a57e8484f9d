package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import dev.dlready.support.BrowserTest;
import dev.dlready.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountJourneysBrowserTest extends BrowserTest {

    @Test
    void a_visitor_registers_and_lands_on_the_student_home() {
        open("login");
        page.getByText("Create a student account").click();
        page.locator("#register-name input").fill("Vera Visitor");
        page.locator("#register-email input").fill(TestData.uniqueEmail("vera"));
        page.locator("#register-password input").fill("backprop all day 7");
        page.locator("#register-confirm input").fill("backprop all day 7");
        page.locator("#register-submit").click();

        assertThat(page.locator("#student-home")).isVisible();
        assertThat(page.locator(".user-name")).hasText("Vera Visitor");
    }

    @ParameterizedTest
    @CsvSource({
        "student@dlready.dev, student-home, Sam Student",
        "instructor@dlready.dev, instructor-home, Ines Instructor",
        "recruiter@dlready.dev, recruiter-home, Rhea Recruiter",
        "admin@dlready.dev, admin-home, Ada Admin"
    })
    void each_demo_role_signs_in_and_sees_its_own_home(String email, String homeId, String name) {
        signIn(email, DEMO_PASSWORD);

        assertThat(page.locator("#" + homeId)).isVisible();
        assertThat(page.locator(".user-name")).hasText(name);
    }

    @Test
    void a_student_opening_an_admin_url_is_refused() {
        signIn("student@dlready.dev", DEMO_PASSWORD);
        assertThat(page.locator("#student-home")).isVisible();

        open("admin/users");

        assertThat(page.locator("#access-denied, #not-found")).isVisible();
        assertThat(page.locator("#users-grid")).hasCount(0);
    }

    @Test
    void a_signed_in_user_signs_out_and_is_back_on_the_sign_in_page() {
        signIn("recruiter@dlready.dev", DEMO_PASSWORD);
        page.locator("#sign-out").click();

        assertThat(page.locator("#login-notice")).hasText("You have signed out.");
        open("");
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void repeated_wrong_passwords_pause_sign_in_and_say_so() {
        String email = TestData.uniqueEmail("locked");
        open("register");
        page.locator("#register-name input").fill("Lou Locked");
        page.locator("#register-email input").fill(email);
        page.locator("#register-password input").fill("backprop all day 7");
        page.locator("#register-confirm input").fill("backprop all day 7");
        page.locator("#register-submit").click();
        assertThat(page.locator("#student-home")).isVisible();
        page.locator("#sign-out").click();
        assertThat(page.locator("#login-notice")).isVisible();

        for (int i = 0; i < 5; i++) {
            signIn(email, "not my password " + i);
            page.waitForURL(url("login?*"));
        }
        signIn(email, "backprop all day 7");

        assertThat(page.locator("vaadin-login-form")).containsText("Sign-in paused for this account");
    }

    @Test
    void the_sign_in_page_has_no_serious_accessibility_violations() {
        open("login");
        assertThat(seriousViolations()).isEmpty();
    }

    @Test
    void the_home_page_has_no_serious_accessibility_violations() {
        signIn("student@dlready.dev", DEMO_PASSWORD);
        assertThat(page.locator("#student-home")).isVisible();
        assertThat(seriousViolations()).isEmpty();
    }

    @Test
    void the_shell_works_on_a_phone_sized_screen() {
        page.setViewportSize(390, 844);
        signIn("admin@dlready.dev", DEMO_PASSWORD);
        assertThat(page.locator("#admin-home")).isVisible();

        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("#main-menu")).isVisible();
        page.getByText("Users").first().click();
        assertThat(page.locator("#users-grid")).isVisible();
    }

    private List<String> seriousViolations() {
        var results = new AxeBuilder(page).analyze();
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(BrowserTestSupport::describe)
                .toList();
    }

    static final class BrowserTestSupport {
        static String describe(Rule rule) {
            return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
        }
    }
}
