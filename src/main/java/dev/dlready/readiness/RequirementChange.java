package dev.dlready.readiness;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the history of role requirements.
 *
 * @param from the level in force before, or null when the topic was not required
 * @param to the level after, or null when the topic is no longer required
 * @param reset whether the change handed the topic back to quizzes/roles.yaml
 */
public record RequirementChange(
        long id,
        String role,
        String roleTitle,
        String topic,
        @Nullable Double from,
        @Nullable Double to,
        boolean reset,
        String changedBy,
        Instant changedAt,
        String reason) {}
