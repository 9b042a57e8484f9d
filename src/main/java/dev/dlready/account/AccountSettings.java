package dev.dlready.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings ({@code dlready.accounts.*}).
 *
 * @param demoAccounts whether the demo accounts exist and are listed on the sign-in page (off in the prod profile)
 * @param demoPassword the password of every demo account
 * @param maxFailedLogins consecutive failed sign-ins after which a user name is locked
 * @param lockDuration how long such a lock lasts
 */
@ConfigurationProperties("dlready.accounts")
public record AccountSettings(
        @DefaultValue("false") boolean demoAccounts,
        @DefaultValue("dlready-demo-2026") String demoPassword,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration) {

    public AccountSettings {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("dlready.accounts.max-failed-logins must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("dlready.accounts.lock-duration must be positive");
        }
    }
}
