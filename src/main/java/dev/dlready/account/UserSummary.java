package dev.dlready.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One account as the administrator's user list shows it. */
public record UserSummary(
        long id,
        String email,
        String displayName,
        Role role,
        boolean enabled,
        Instant createdAt,
        long version,
        @Nullable String organisation) {}
