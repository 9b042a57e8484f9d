package dev.dlready.account;

import dev.dlready.account.internal.UserAccountRepository;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as the demo administrator, for tests that need an admin action as set-up. */

class AdminFixture {
    private final UserAccountRepository accounts;

    AdminFixture(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    long idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    void asAdmin(Runnable action) {
        runAs("admin@dlready.dev", Role.ADMIN, action);
    }

    void runAs(String email, Role role, Runnable action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
