package dev.dlready.report;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the candidate's shares as their sharing page lists it.
 *
 * @param whoHasAccess the recruiters this share lets in now (for an organisation, its active recruiters; for a link,
 *     the recruiters who opened it); empty once the share has ended
 */
public record ShareSummary(
        long id,
        ShareKind kind,
        String sharedWith,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt,
        Status status,
        long openedTimes,
        List<String> whoHasAccess) {

    public ShareSummary {
        whoHasAccess = List.copyOf(whoHasAccess);
    }

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
