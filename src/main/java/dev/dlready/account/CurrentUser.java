package dev.dlready.account;

import dev.dlready.account.internal.AccountPrincipal;
import dev.dlready.account.internal.UserAccount;
import dev.dlready.account.internal.UserAccountRepository;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person, read from the security context. Services use it to decide whose data is read. */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<SignedInUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return accounts.findByEmail(EmailAddresses.normalise(authentication.getName()))
                .map(UserAccount::toSignedInUser);
    }

    /** The signed-in person; throws when nobody is signed in (a programming error behind a secured service). */
    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
