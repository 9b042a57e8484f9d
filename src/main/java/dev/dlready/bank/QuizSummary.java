package dev.dlready.bank;

import org.jspecify.annotations.Nullable;

/** A quiz of the bank as lists show it. */
public record QuizSummary(
        String id, String title, String topic, String description, @Nullable Integer timeLimitMinutes, long questionCount) {}
