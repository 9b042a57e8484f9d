package dev.dlready.attempt.internal;

import org.jspecify.annotations.Nullable;

/** One scored answer as read for measurement across all students: who, which question version, topic, credit. */
public record AnswerRow(Long userId, Long questionVersionId, String topicId, @Nullable Double credit) {}
