package dev.dlready.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import dev.dlready.support.ViewTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginViewTest extends ViewTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_sign_in_page() {
        UI.getCurrent().navigate("");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void the_sign_in_page_lists_one_demo_account_per_role() {
        UI.getCurrent().navigate("login");
        var demo = _get(Div.class, spec -> spec.withId("demo-accounts"));
        assertThat(_find(demo, Button.class)).extracting(Button::getText)
                .containsExactly("Student", "Instructor", "Recruiter", "Administrator");
        assertThat(demo.getElement().getTextRecursively()).contains("student@dlready.dev", "dlready-demo-2026");
    }

    @Test
    void a_wrong_password_shows_the_error_state() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void a_locked_account_is_told_how_long_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("locked", "")));
        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form)).contains("Sign-in paused for this account", "Wait 15 minutes");
    }

    @Test
    void a_disabled_account_is_told_to_contact_an_administrator() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("disabled", "")));
        assertThat(i18nOf(_get(LoginForm.class))).contains("This account is disabled");
    }

    @Test
    void a_signed_in_user_opening_the_sign_in_page_goes_home() {
        signInAs("student@dlready.dev");
        UI.getCurrent().navigate("login");
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("HomeView");
    }

    private static String i18nOf(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
