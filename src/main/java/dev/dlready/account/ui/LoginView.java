package dev.dlready.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.dlready.account.AccountSettings;
import dev.dlready.account.LoginThrottle;
import dev.dlready.account.DemoAccounts;

/** The sign-in page. In demo mode it lists one account per role. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final AuthenticationContext authentication;
    private final LoginThrottle throttle;

    public LoginView(AuthenticationContext authentication, AccountSettings settings, LoginThrottle throttle) {
        this.authentication = authentication;
        this.throttle = throttle;
        addClassName("auth-page");

        var logo = new Image("icons/favicon.svg", "");
        logo.addClassName("auth-logo");
        var title = new H1("DL Ready");
        var tagline = new Paragraph("Practise, measure and prove your readiness for deep-learning engineering roles.");
        tagline.addClassName("auth-tagline");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("Incorrect email or password", "Check your email and password and try again."));

        notice.setId("login-notice");
        notice.addClassName("auth-notice");
        notice.setVisible(false);

        var register = new Paragraph(new Span("New here? "), new Anchor("register", "Create a student account"));
        register.addClassName("auth-switch");

        var card = new Div(logo, title, tagline, notice, form, register);
        card.addClassName("auth-card");
        add(card);

        if (settings.demoAccounts()) {
            add(demoAccounts(settings.demoPassword()));
        }
    }

    private Div demoAccounts(String password) {
        var list = new Div();
        list.addClassName("demo-list");
        for (var demo : DemoAccounts.ACCOUNTS) {
            var use = new Button(demo.role().title(), e -> fill(demo.email(), password));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL);
            use.setTooltipText("Fill in " + demo.email());
            var row = new Div(use, new Span(demo.email()));
            row.addClassName("demo-row");
            list.add(row);
        }
        var password1 = new Paragraph("Password for all demo accounts: ");
        password1.add(new Span(password));
        password1.addClassName("demo-password");
        var box = new Div(new H2("Try a demo account"), new Paragraph("One account per role, ready to use:"), list, password1);
        box.addClassName("demo-card");
        box.setId("demo-accounts");
        return box;
    }

    private void fill(String email, String password) {
        form.getElement().executeJs("""
                const user = this.querySelector('#vaadinLoginUsername');
                const pass = this.querySelector('#vaadinLoginPassword');
                user.value = $0; pass.value = $1;
                user.dispatchEvent(new Event('input', {bubbles: true}));
                pass.dispatchEvent(new Event('input', {bubbles: true}));
                pass.focus();""", email, password);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("locked")) {
            long minutes = Math.max(1, throttle.lockDuration().toMinutes());
            form.setI18n(i18n(
                    "Sign-in paused for this account",
                    "There were too many failed attempts. Wait " + minutes
                            + " minutes, then sign in with the right password."));
            form.setError(true);
        } else if (params.containsKey("disabled")) {
            form.setI18n(i18n(
                    "This account is disabled", "An administrator has disabled it. Contact them to have it enabled."));
            form.setError(true);
        } else if (params.containsKey("error")) {
            form.setError(true);
        } else if (params.containsKey("signed-out")) {
            showNotice("You have signed out.");
        } else if (params.containsKey("registered")) {
            showNotice("Your account is ready. Sign in with your email and password.");
        }
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
