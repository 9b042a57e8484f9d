package dev.dlready.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Registers a student and signs the new account in, so a visitor lands on their home page at once. It can only sign
 * in the account it has just created.
 */
@Component
public class RegistrationSignIn {

    private final AccountService accounts;
    private final UserDetailsService userDetailsService;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    RegistrationSignIn(AccountService accounts, UserDetailsService userDetailsService) {
        this.accounts = accounts;
        this.userDetailsService = userDetailsService;
    }

    /**
     * @param renewSession called between registration and sign-in to give the browser a fresh session id (prevents
     *     session fixation)
     */
    public SignedInUser registerAndSignIn(
            RegistrationCommand command,
            Runnable renewSession,
            HttpServletRequest request,
            HttpServletResponse response) {
        SignedInUser user = accounts.register(command);
        renewSession.run();
        var principal = userDetailsService.loadUserByUsername(user.email());
        var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        return user;
    }

}
