package dev.dlready.report;

import dev.dlready.account.CurrentUser;
import dev.dlready.report.engine.VerificationCodes;
import dev.dlready.report.internal.ApiToken;
import dev.dlready.report.internal.ApiTokenRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A recruiter's tokens for the read-only API: create (shown once), list, revoke. A recruiter reaches only their own. */
@Service
@PreAuthorize("hasRole('RECRUITER')")
@Transactional
public class ApiTokenService {

    public static final int NAME_MAX = 80;
    public static final String TOKEN_START = "dlr_";

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public CreatedApiToken create(String name) {
        String label = name.strip();
        if (label.isEmpty()) {
            throw new ReportException("Name the token after the tool that will use it, e.g. \"ATS import\".");
        }
        if (label.length() > NAME_MAX) {
            throw new ReportException("Use at most " + NAME_MAX + " characters for the name.");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_START + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var saved = tokens.save(new ApiToken(currentUser.require().id(), label, hash(token),
                token.substring(0, TOKEN_START.length() + 6), clock.instant()));
        return new CreatedApiToken(summary(saved), token);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> tokens() {
        return tokens.findByRecruiterIdOrderByCreatedAtDesc(currentUser.require().id()).stream()
                .map(ApiTokenService::summary)
                .toList();
    }

    /** Stops a token at once; the next request with it is refused. */
    public ApiTokenSummary revoke(long tokenId) {
        var token = tokens.findByIdAndRecruiterId(tokenId, currentUser.require().id())
                .orElseThrow(() -> new ReportException("This token no longer exists. Refresh the page."));
        token.revoke(clock.instant());
        return summary(tokens.saveAndFlush(token));
    }

    static String hash(String token) {
        return VerificationCodes.sha256Hex("api:" + token);
    }

    private static ApiTokenSummary summary(ApiToken token) {
        return new ApiTokenSummary(token.id(), token.name(), token.tokenPrefix(), token.createdAt(), token.lastUsedAt(),
                token.revokedAt());
    }
}
