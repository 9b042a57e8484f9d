package dev.dlready.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.dlready.account.AccountException;
import dev.dlready.account.AccountLimits;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.account.RegistrationSignIn;
import java.util.Map;

/** Anyone may create a student account here; staff accounts are created by an administrator. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create your account")
@AnonymousAllowed
public class RegistrationView extends Main implements BeforeEnterObserver {

    private final TextField displayName = new TextField("Your name");
    private final EmailField email = new EmailField("Email");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField confirm = new PasswordField("Repeat the password");
    private final Span formError = new Span();
    private final AuthenticationContext authentication;
    private final RegistrationSignIn registration;

    public RegistrationView(AuthenticationContext authentication, RegistrationSignIn registration) {
        this.authentication = authentication;
        this.registration = registration;
        addClassName("auth-page");

        displayName.setId("register-name");
        displayName.setMaxLength(AccountLimits.DISPLAY_NAME_MAX);
        displayName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        displayName.setRequiredIndicatorVisible(true);
        email.setId("register-email");
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        password.setId("register-password");
        password.setMaxLength(AccountLimits.PASSWORD_MAX);
        password.setRequiredIndicatorVisible(true);
        password.setHelperText("At least " + AccountLimits.PASSWORD_MIN
                + " characters, mixing letters with a digit, space or symbol. A short sentence works well.");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setId("register-confirm");
        confirm.setMaxLength(AccountLimits.PASSWORD_MAX);
        confirm.setRequiredIndicatorVisible(true);
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        formError.setId("register-error");
        formError.addClassName("form-error");
        formError.setVisible(false);

        var submit = new Button("Create account", e -> submit());
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();

        var form = new FormLayout(displayName, email, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        var logo = new Image("icons/favicon.svg", "");
        logo.addClassName("auth-logo");
        var signIn = new Paragraph(new Span("Already registered? "), new Anchor("login", "Sign in"));
        signIn.addClassName("auth-switch");
        var staff = new Paragraph("Instructor and recruiter accounts are set up by an administrator.");
        staff.addClassName("auth-hint");
        var card = new Div(logo, new H1("Create your student account"), formError, form, submit, signIn, staff);
        card.addClassName("auth-card");
        add(card);
    }

    private void submit() {
        clearErrors();
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage("The two passwords differ. Type the same password twice.");
            confirm.setInvalid(true);
            return;
        }
        var command = new RegistrationCommand(displayName.getValue(), email.getValue(), password.getValue());
        try {
            var request = (VaadinServletRequest) VaadinRequest.getCurrent();
            var httpRequest = request.getHttpServletRequest();
            var httpResponse = VaadinServletResponse.getCurrent().getHttpServletResponse();
            // a page asked for before signing in (such as a cohort's invite link) is where a new student goes next
            var saved = new org.springframework.security.web.savedrequest.HttpSessionRequestCache()
                    .getRequest(httpRequest, httpResponse);
            String home = httpRequest.getContextPath() + "/";
            String next = saved != null && saved.getMethod().equals("GET") && sameApplication(saved.getRedirectUrl(), httpRequest)
                    ? saved.getRedirectUrl()
                    : home;
            registration.registerAndSignIn(command, httpRequest::changeSessionId, httpRequest, httpResponse);
            getUI().ifPresent(ui -> ui.getPage().setLocation(next));
        } catch (AccountException e) {
            showErrors(e.fieldMessages());
        }
    }

    /** Whether an address points into this application as the browser reached it (never elsewhere). */
    static boolean sameApplication(String url, jakarta.servlet.http.HttpServletRequest request) {
        try {
            var uri = java.net.URI.create(url);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && port == request.getServerPort()
                    && uri.getPath() != null && uri.getPath().startsWith(request.getContextPath() + "/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void clearErrors() {
        for (var field : new com.vaadin.flow.component.HasValidation[] {displayName, email, password, confirm}) {
            field.setInvalid(false);
        }
        formError.setVisible(false);
    }

    private void showErrors(Map<String, String> messages) {
        messages.forEach((field, message) -> {
            switch (field) {
                case "displayName" -> mark(displayName, message);
                case "email" -> mark(email, message);
                case "password" -> mark(password, message);
                default -> {
                    formError.setText(message);
                    formError.setVisible(true);
                }
            }
        });
    }

    private static void mark(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }
}
