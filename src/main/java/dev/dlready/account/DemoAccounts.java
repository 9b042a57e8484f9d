package dev.dlready.account;

import dev.dlready.account.internal.UserAccount;
import dev.dlready.account.internal.UserAccountRepository;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seeds one account per role in demo mode, so a new user can try every role at once. */
@Component
@Order(0)
public class DemoAccounts implements ApplicationRunner {

    public record DemoAccount(String email, String displayName, Role role) {}

    /** The demo recruiter's organisation, so sharing with an organisation can be tried at once. */
    public static final String DEMO_ORGANISATION = "Demo Labs";

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("student@dlready.dev", "Sam Student", Role.STUDENT),
            new DemoAccount("instructor@dlready.dev", "Ines Instructor", Role.INSTRUCTOR),
            new DemoAccount("recruiter@dlready.dev", "Rhea Recruiter", Role.RECRUITER),
            new DemoAccount("admin@dlready.dev", "Ada Admin", Role.ADMIN));

    private final AccountSettings settings;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(
            AccountSettings settings, UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!settings.demoAccounts()) {
            return;
        }
        for (DemoAccount demo : ACCOUNTS) {
            if (!accounts.existsByEmail(demo.email())) {
                var account = new UserAccount(
                        demo.email(),
                        demo.displayName(),
                        passwordEncoder.encode(settings.demoPassword()),
                        demo.role(),
                        clock.instant());
                if (demo.role() == Role.RECRUITER) {
                    account.assignOrganisation(DEMO_ORGANISATION);
                }
                accounts.save(account);
            }
        }
    }
}
