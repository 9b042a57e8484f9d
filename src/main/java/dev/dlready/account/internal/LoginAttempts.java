package dev.dlready.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins for one user name. Kept per name, not per account, so that locking says nothing about whether an
 * account exists.
 */
@Entity
@Table(name = "login_attempts")
public class LoginAttempts {

    @Id
    private String username;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Version
    private long version;

    protected LoginAttempts() {
        this.username = "";
        this.lastFailureAt = Instant.EPOCH;
    }

    public LoginAttempts(String username, Instant now) {
        this.username = username;
        this.lastFailureAt = now;
    }

    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** Counts one more failure; locks the name when the limit is reached. Failures older than the window are forgotten. */
    public void recordFailure(Instant now, int maxFailures, Duration lockDuration) {
        if (lastFailureAt.plus(lockDuration).isBefore(now)) {
            consecutiveFailures = 0;
        }
        consecutiveFailures++;
        lastFailureAt = now;
        if (consecutiveFailures >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
            consecutiveFailures = 0;
        }
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }
}
