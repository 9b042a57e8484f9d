package dev.dlready.readiness;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One adaptive readiness check: when, how many questions, and, once finished, the call with its risk of being wrong.
 *
 * @param stopReason why it ended: "confident", "max-length" or "bank-exhausted"; null while open
 */
public record ReadinessCheckSummary(
        long id,
        Instant startedAt,
        @Nullable Instant finishedAt,
        int questions,
        @Nullable String role,
        @Nullable String roleTitle,
        @Nullable Double risk,
        @Nullable String stopReason) {

    public boolean open() {
        return finishedAt == null;
    }
}
