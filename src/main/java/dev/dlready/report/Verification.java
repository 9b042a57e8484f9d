package dev.dlready.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page says about a code.
 *
 * @param candidateName and {@code recommendation}: what the PDF stated; only shown while the candidate still shares
 *     the report with the recruiter who downloaded it
 */
public record Verification(
        Outcome outcome, @Nullable Instant issuedAt, @Nullable String candidateName, @Nullable String recommendation) {

    public enum Outcome {
        /** Issued by DL Ready, still shared, and the report has not changed since. */
        GENUINE_AND_CURRENT,
        /** Issued by DL Ready and still shared, but newer evidence has changed the report since. */
        GENUINE_BUT_OUTDATED,
        /** Issued by DL Ready, but the candidate no longer shares the report with the recruiter who downloaded it. */
        GENUINE_BUT_WITHDRAWN,
        /** No PDF was issued with this code (mistyped, altered, or made up). */
        UNKNOWN,
        /** The text cannot be a code at all. */
        MALFORMED
    }

    public boolean genuine() {
        return outcome == Outcome.GENUINE_AND_CURRENT || outcome == Outcome.GENUINE_BUT_OUTDATED
                || outcome == Outcome.GENUINE_BUT_WITHDRAWN;
    }
}
