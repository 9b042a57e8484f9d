package dev.dlready.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.account.internal.UserAccountRepository;
import dev.dlready.support.IntegrationTest;
import dev.dlready.support.TestClock;
import dev.dlready.support.TestData;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@IntegrationTest
class LoginThrottlingTest {

    static final String PASSWORD = "tensor cores 2026";

    @Autowired
    AuthenticationProvider authentication;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountSettings settings;

    @Autowired
    TestClock clock;

    String email;

    @BeforeEach
    void register() {
        email = TestData.uniqueEmail("throttle");
        accounts.register(new RegistrationCommand("Throttle Test", email, PASSWORD));
    }

    Authentication signIn(String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn("wrong password 1")).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void the_configured_number_of_failures_locks_the_account_even_for_the_right_password() {
        failTimes(settings.maxFailedLogins() - 1);
        assertThatThrownBy(() -> signIn("wrong password 1")).isInstanceOf(LockedException.class);

        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void the_lock_ends_after_the_lock_duration() {
        failTimes(settings.maxFailedLogins() - 1);
        assertThatThrownBy(() -> signIn("wrong password 1")).isInstanceOf(LockedException.class);

        clock.advance(settings.lockDuration().plus(Duration.ofSeconds(1)));

        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_successful_sign_in_resets_the_count_of_failures() {
        failTimes(settings.maxFailedLogins() - 1);
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();

        failTimes(settings.maxFailedLogins() - 1);
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void names_without_an_account_are_locked_the_same_way_so_a_lock_reveals_nothing() {
        String nobody = TestData.uniqueEmail("nobody");
        for (int i = 0; i < settings.maxFailedLogins() - 1; i++) {
            assertThatThrownBy(() -> authentication.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(nobody, "guess number 1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> authentication.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(nobody, "guess number 1")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void a_disabled_account_cannot_sign_in(
            @Autowired UserAdminService admin, @Autowired UserAccountRepository repository) {
        var fixture = new AdminFixture(repository);
        long id = fixture.idOf(email);
        fixture.asAdmin(() -> admin.setEnabled(id, false));

        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(DisabledException.class);
    }
}
