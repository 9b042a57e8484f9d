package dev.dlready.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_long_password_mixing_letters_and_other_characters_is_accepted() {
        assertThat(PasswordPolicy.problems("gradient descent 42", "ana@example.org")).isEmpty();
    }

    @Test
    void a_short_password_is_refused_with_the_minimum_length() {
        assertThat(PasswordPolicy.problems("abc12", "ana@example.org")).contains("Use at least 10 characters.");
    }

    @Test
    void letters_only_or_digits_only_are_refused() {
        assertThat(PasswordPolicy.problems("onlylettershere", "ana@example.org"))
                .contains("Mix letters with at least one digit, space or symbol.");
        assertThat(PasswordPolicy.problems("12345678901234", "ana@example.org"))
                .contains("Mix letters with at least one digit, space or symbol.");
    }

    @Test
    void a_well_known_password_is_refused() {
        assertThat(PasswordPolicy.problems("Password123", "ana@example.org"))
                .contains("This password is one of the most common ones; choose another.");
    }

    @Test
    void a_password_containing_the_email_name_is_refused() {
        assertThat(PasswordPolicy.problems("marguerite-2026", "marguerite@example.org"))
                .contains("Do not include your email name in the password.");
    }

    @Test
    void an_overlong_password_is_refused() {
        assertThat(PasswordPolicy.problems("a1".repeat(65), "ana@example.org")).contains("Use at most 128 characters.");
    }
}
