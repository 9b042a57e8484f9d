package dev.dlready.account;

import dev.dlready.account.internal.UserAccount;
import dev.dlready.account.internal.UserAccountRepository;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do with accounts: list, search, create staff accounts, change roles, disable. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class UserAdminService {

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final CurrentUser currentUser;

    UserAdminService(UserAccountRepository accounts, AccountService accountService, CurrentUser currentUser) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.currentUser = currentUser;
    }

    /** One page of accounts whose name or email contains {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public List<UserSummary> find(String filter, int offset, int limit) {
        int pageSize = Math.max(1, limit);
        var page = PageRequest.of(offset / pageSize, pageSize, Sort.by(Sort.Direction.DESC, "createdAt", "id"));
        return accounts.search(pattern(filter), page).map(UserAccount::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public long count(String filter) {
        return accounts.countSearch(pattern(filter));
    }

    @Transactional(readOnly = true)
    public Map<Role, Long> countByRole() {
        var counts = new EnumMap<Role, Long>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, accounts.countByRole(role));
        }
        return counts;
    }

    /** Creates an account with any role, e.g. for an instructor or a recruiter. */
    public UserSummary create(RegistrationCommand command, Role role) {
        long id = accountService.create(command, role).id();
        return accounts.findById(id).orElseThrow().toSummary();
    }

    public UserSummary changeRole(long userId, Role newRole) {
        UserAccount account = load(userId);
        if (account.role() == newRole) {
            return account.toSummary();
        }
        refuseOwnAccount(account, "change your own role");
        if (account.role() == Role.ADMIN && account.enabled() && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new AccountException("This is the last active administrator. Make another account an administrator first.");
        }
        account.changeRole(newRole);
        if (newRole != Role.RECRUITER) {
            account.assignOrganisation(null);
        }
        return accounts.saveAndFlush(account).toSummary();
    }

    public UserSummary setEnabled(long userId, boolean enabled) {
        UserAccount account = load(userId);
        if (account.enabled() == enabled) {
            return account.toSummary();
        }
        if (!enabled) {
            refuseOwnAccount(account, "disable your own account");
            account.disable();
        } else {
            account.enable();
        }
        return accounts.saveAndFlush(account).toSummary();
    }

    /**
     * Sets the organisation a recruiter works for (blank clears it). Candidates can share with every recruiter of an
     * organisation, so only recruiters carry one.
     */
    public UserSummary setOrganisation(long userId, String organisation) {
        UserAccount account = load(userId);
        String name = Organisations.normalise(organisation);
        if (!name.isEmpty() && account.role() != Role.RECRUITER) {
            throw new AccountException("Only recruiters belong to an organisation. Make this account a recruiter first.");
        }
        if (name.length() > AccountLimits.ORGANISATION_MAX) {
            throw new AccountException("Use at most " + AccountLimits.ORGANISATION_MAX + " characters for the organisation.");
        }
        account.assignOrganisation(name.isEmpty() ? null : name);
        return accounts.saveAndFlush(account).toSummary();
    }

    private UserAccount load(long userId) {
        return accounts.findById(userId)
                .orElseThrow(() -> new AccountException("This account no longer exists. Refresh the list."));
    }

    private void refuseOwnAccount(UserAccount account, String what) {
        if (account.id() == currentUser.require().id()) {
            throw new AccountException("You cannot " + what + ". Ask another administrator to do it.");
        }
    }

    private static String pattern(String filter) {
        String escaped = filter.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
