package dev.dlready.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.dlready.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistrationViewTest extends ViewTest {

    TextField name;
    EmailField email;
    PasswordField password;
    PasswordField confirm;

    @BeforeEach
    void open() {
        UI.getCurrent().navigate("register");
        name = _get(TextField.class, s -> s.withId("register-name"));
        email = _get(EmailField.class, s -> s.withId("register-email"));
        password = _get(PasswordField.class, s -> s.withId("register-password"));
        confirm = _get(PasswordField.class, s -> s.withId("register-confirm"));
    }

    void submit() {
        _get(Button.class, s -> s.withId("register-submit")).click();
    }

    @Test
    void different_passwords_are_flagged_on_the_repeat_field_and_nothing_is_lost() {
        name.setValue("Lin Mismatch");
        email.setValue("lin.mismatch@example.org");
        password.setValue("attention heads 8");
        confirm.setValue("attention heads 9");
        submit();

        assertThat(confirm.isInvalid()).isTrue();
        assertThat(confirm.getErrorMessage()).contains("differ");
        assertThat(name.getValue()).isEqualTo("Lin Mismatch");
        assertThat(password.getValue()).isEqualTo("attention heads 8");
        assertThat(currentView()).isInstanceOf(RegistrationView.class);
    }

    @Test
    void a_weak_password_is_explained_on_the_password_field() {
        name.setValue("Wei Weak");
        email.setValue("wei.weak@example.org");
        password.setValue("short1");
        confirm.setValue("short1");
        submit();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 10 characters");
    }

    @Test
    void an_email_that_is_taken_is_flagged_on_the_email_field() {
        name.setValue("Sam Again");
        email.setValue("student@dlready.dev");
        password.setValue("attention heads 8");
        confirm.setValue("attention heads 8");
        submit();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("already exists");
    }

    @Test
    void an_empty_form_names_each_missing_field() {
        submit();
        assertThat(name.isInvalid()).isTrue();
        assertThat(email.isInvalid()).isTrue();
        assertThat(password.isInvalid()).isTrue();
    }
}
