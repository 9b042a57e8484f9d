package dev.dlready.report;

import dev.dlready.account.AccountDirectory;
import dev.dlready.account.Role;
import dev.dlready.account.SignedInUser;
import dev.dlready.report.internal.ApiTokenRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a bearer token into the recruiter it belongs to, for the API's security filter (which runs before anyone is
 * signed in). A revoked token, or one whose owner is disabled or no longer a recruiter, is refused.
 */
@Component
public class ApiTokenAuthenticator {

    private final ApiTokenRepository tokens;
    private final AccountDirectory accounts;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, AccountDirectory accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public Optional<SignedInUser> authenticate(String token) {
        if (!token.startsWith(ApiTokenService.TOKEN_START) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(ApiTokenService.hash(token))
                .filter(t -> t.active())
                .flatMap(t -> accounts.find(t.recruiterId())
                        .filter(a -> a.enabled() && a.role() == Role.RECRUITER)
                        .map(a -> {
                            t.used(clock.instant());
                            return new SignedInUser(a.id(), a.email(), a.displayName(), a.role());
                        }));
    }
}
