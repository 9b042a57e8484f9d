package dev.dlready.account.internal;

import dev.dlready.account.EmailAddresses;
import dev.dlready.account.PasswordPolicy;
import dev.dlready.account.Role;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In production the first administrator comes from the environment ({@code DLREADY_ADMIN_EMAIL},
 * {@code DLREADY_ADMIN_PASSWORD}, optionally {@code DLREADY_ADMIN_NAME}); without an administrator the app refuses to
 * start, because nobody could then create staff accounts.
 */
@Component
@Profile("prod")
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Environment environment;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    FirstAdmin(Environment environment, UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.environment = environment;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) > 0) {
            return;
        }
        String email = EmailAddresses.normalise(environment.getProperty("DLREADY_ADMIN_EMAIL", ""));
        String password = environment.getProperty("DLREADY_ADMIN_PASSWORD", "");
        String name = environment.getProperty("DLREADY_ADMIN_NAME", "Administrator");
        if (email.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException("No administrator exists yet. Set DLREADY_ADMIN_EMAIL and "
                    + "DLREADY_ADMIN_PASSWORD to create the first one, then start DL Ready again.");
        }
        EmailAddresses.problem(email).ifPresent(p -> {
            throw new IllegalStateException("DLREADY_ADMIN_EMAIL: " + p);
        });
        var problems = PasswordPolicy.problems(password, email);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("DLREADY_ADMIN_PASSWORD: " + String.join(" ", problems));
        }
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            existing.get().changeRole(Role.ADMIN);
            existing.get().enable();
        } else {
            accounts.save(new UserAccount(email, name, passwordEncoder.encode(password), Role.ADMIN, clock.instant()));
        }
        log.info("Created the first administrator account {}", email);
    }
}
