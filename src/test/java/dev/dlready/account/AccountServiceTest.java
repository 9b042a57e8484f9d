package dev.dlready.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider authentication;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void a_visitor_registers_as_a_student_and_can_sign_in() {
        String email = TestData.uniqueEmail("reg");
        var user = accounts.register(new RegistrationCommand("Nadia Noor", email.toUpperCase(), "tensor cores 2026"));

        assertThat(user.role()).isEqualTo(Role.STUDENT);
        assertThat(user.email()).isEqualTo(email);
        var result = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "tensor cores 2026"));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities())
                .extracting(a -> a.getAuthority())
                .filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_STUDENT");
    }

    @Test
    void the_password_is_stored_as_an_argon2id_hash_never_in_clear() {
        String email = TestData.uniqueEmail("hash");
        accounts.register(new RegistrationCommand("Hash Check", email, "tensor cores 2026"));

        String stored = userDetails.loadUserByUsername(email).getPassword();
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain("tensor cores 2026");
    }

    @Test
    void registering_an_existing_email_is_refused_on_the_email_field() {
        String email = TestData.uniqueEmail("dup");
        accounts.register(new RegistrationCommand("First", email, "tensor cores 2026"));

        assertThatThrownBy(() -> accounts.register(new RegistrationCommand("Second", email, "other secret 99")))
                .isInstanceOf(AccountException.class)
                .extracting(e -> ((AccountException) e).fieldMessages())
                .satisfies(m -> assertThat(m).containsKey("email"));
    }

    @Test
    void invalid_input_names_every_field_that_needs_fixing() {
        assertThatThrownBy(() -> accounts.register(new RegistrationCommand(" ", "not-an-email", "short")))
                .isInstanceOf(AccountException.class)
                .extracting(e -> ((AccountException) e).fieldMessages().keySet())
                .satisfies(keys -> assertThat(keys).containsExactlyInAnyOrder("displayName", "email", "password"));
    }
}
