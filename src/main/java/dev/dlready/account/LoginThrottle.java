package dev.dlready.account;

import dev.dlready.account.internal.LoginAttempts;
import dev.dlready.account.internal.LoginAttemptsRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user name for a while after repeated failed sign-ins. Used by the authentication provider before any
 * password is checked, so a locked name is refused even with the right password.
 */
@Service
@Transactional
public class LoginThrottle {

    private final LoginAttemptsRepository attempts;
    private final AccountSettings settings;
    private final Clock clock;

    LoginThrottle(LoginAttemptsRepository attempts, AccountSettings settings, Clock clock) {
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return attempts.findById(EmailAddresses.normalise(username)).flatMap(a -> a.lockedAt(clock.instant()));
    }

    /** Records a failed sign-in; returns the end of the lock if this failure locked the name. */
    public Optional<Instant> recordFailure(String username) {
        Instant now = clock.instant();
        String key = EmailAddresses.normalise(username);
        LoginAttempts entry = attempts.findById(key).orElseGet(() -> new LoginAttempts(key, now));
        entry.recordFailure(now, settings.maxFailedLogins(), settings.lockDuration());
        attempts.save(entry);
        return entry.lockedAt(now);
    }

    public void recordSuccess(String username) {
        attempts.deleteById(EmailAddresses.normalise(username));
    }

    public Duration lockDuration() {
        return settings.lockDuration();
    }

    /** Forgets failures that can no longer lock anyone, so the table does not grow with guessed names. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void forgetStaleAttempts() {
        attempts.deleteStale(clock.instant().minus(settings.lockDuration()).minus(Duration.ofHours(1)));
    }
}
