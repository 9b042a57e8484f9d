package dev.dlready.readiness;

import org.jspecify.annotations.Nullable;

/**
 * What one role requires in one topic.
 *
 * @param fileLevel the level in quizzes/roles.yaml, or null when the file does not require the topic
 * @param level the level in force, or null when the topic is not required
 * @param changedInApp whether the level in force comes from a change made in the app rather than from the file
 */
public record RoleRequirement(
        String role, String topic, @Nullable Double fileLevel, @Nullable Double level, boolean changedInApp) {}
