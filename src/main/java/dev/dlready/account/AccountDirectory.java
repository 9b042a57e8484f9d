package dev.dlready.account;

import dev.dlready.account.internal.UserAccount;
import dev.dlready.account.internal.UserAccountRepository;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks accounts up by id or email for server-side work that has already decided who may see what (for example the
 * report feature, after checking that a candidate shares their report). It checks nothing itself: views must not use
 * it, and the architecture test keeps them away.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    /** One account as other features need it: who, which role, whether enabled, and a recruiter's organisation. */
    public record Account(
            long id, String email, String displayName, Role role, boolean enabled, @Nullable String organisation) {}

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Account> find(long id) {
        return accounts.findById(id).map(AccountDirectory::toAccount);
    }

    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(EmailAddresses.normalise(email)).map(AccountDirectory::toAccount);
    }

    /** Ids of every account with this role. */
    public List<Long> idsWithRole(Role role) {
        return accounts.findByRole(role).stream().map(UserAccount::id).toList();
    }

    /** The active recruiters of an organisation (case-insensitive), by name. */
    public List<Account> recruitersOf(String organisation) {
        return accounts.findActiveByRoleAndOrganisation(Role.RECRUITER, organisation).stream()
                .map(AccountDirectory::toAccount)
                .toList();
    }

    /** The organisations that at least one active recruiter belongs to, alphabetically. */
    public List<String> recruiterOrganisations() {
        return accounts.organisationsOf(Role.RECRUITER);
    }

    private static Account toAccount(UserAccount a) {
        return new Account(a.id(), a.email(), a.displayName(), a.role(), a.enabled(), a.organisation());
    }
}
