package dev.dlready.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of a recruiter's API tokens, without the token itself. */
public record ApiTokenSummary(
        long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
