package dev.dlready.account.internal;

import dev.dlready.account.EmailAddresses;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(EmailAddresses.normalise(username))
                .map(a -> new AccountPrincipal(a.toSignedInUser(), a.passwordHash(), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
