package dev.dlready.account;

import dev.dlready.account.internal.UserAccount;
import dev.dlready.account.internal.UserAccountRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-service on accounts: registration as a student, and a signed-in person's own preferences. */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a student account. Anyone may call this; the role is always {@link Role#STUDENT}. */
    public SignedInUser register(RegistrationCommand command) {
        return create(command, Role.STUDENT);
    }

    SignedInUser create(RegistrationCommand command, Role role) {
        var problems = new LinkedHashMap<String, String>();
        if (command.displayName().isEmpty()) {
            problems.put("displayName", "Enter the name other people should see.");
        } else if (command.displayName().length() > AccountLimits.DISPLAY_NAME_MAX) {
            problems.put("displayName", "Use at most " + AccountLimits.DISPLAY_NAME_MAX + " characters.");
        }
        EmailAddresses.problem(command.email()).ifPresent(p -> problems.put("email", p));
        var passwordProblems = PasswordPolicy.problems(command.password(), command.email());
        if (!passwordProblems.isEmpty()) {
            problems.put("password", String.join(" ", passwordProblems));
        }
        if (!problems.containsKey("email") && accounts.existsByEmail(command.email())) {
            problems.put("email", "An account with this email already exists. Sign in, or use another address.");
        }
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        var account = new UserAccount(
                command.email(),
                command.displayName(),
                passwordEncoder.encode(command.password()),
                role,
                clock.instant());
        return accounts.save(account).toSignedInUser();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ColorSchemePreference colorScheme() {
        return accounts.findById(currentUser.require().id())
                .map(UserAccount::colorScheme)
                .orElse(ColorSchemePreference.SYSTEM);
    }

    @PreAuthorize("isAuthenticated()")
    public void chooseColorScheme(ColorSchemePreference preference) {
        accounts.findById(currentUser.require().id()).ifPresent(a -> a.chooseColorScheme(preference));
    }
}
