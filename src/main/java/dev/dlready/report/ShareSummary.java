package dev.dlready.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the candidate's shares as their sharing page lists it. */
public record ShareSummary(
        long id,
        ShareKind kind,
        String sharedWith,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt,
        Status status,
        long openedTimes) {

    public enum Status {
        ACTIVE("Active"),
        EXPIRED("Expired"),
        REVOKED("Revoked");

        private final String title;

        Status(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
